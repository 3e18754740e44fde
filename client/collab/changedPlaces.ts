import * as Y from 'yjs';

type SharedType = Y.Transaction['changed'] extends Map<infer T, unknown> ? T : never;

/**
 * The places (fields, lists) a transaction changed, each named by a stable key: what a person
 * counts is "I changed three things", not the dozens of updates their keystrokes made.
 *
 * A key of a map is a place of its own (a goal's baseline, an action item's due date). Text
 * inside a rich-text field changes nested types (a paragraph's text), which belong to the
 * field they sit in: the walk goes up until it meets a type stored under a map key.
 */
export function changedPlaces(transaction: Y.Transaction): string[] {
  const places = new Set<string>();
  for (const [type, keys] of transaction.changed) {
    const mapKeys = [...keys].filter((key): key is string => key !== null);
    if (mapKeys.length > 0) {
      const id = typeId(type);
      for (const key of mapKeys) places.add(`${id}#${key}`);
    }
    if (keys.has(null)) places.add(typeId(fieldOf(type)));
  }
  return [...places];
}

function fieldOf(type: SharedType): SharedType {
  let current = type;
  while (current._item !== null && current._item.parentSub === null && current._item.parent instanceof Y.AbstractType) {
    current = current._item.parent;
  }
  return current;
}

function typeId(type: SharedType): string {
  if (type._item === null) return `root:${Y.findRootTypeKey(type)}`;
  return `${type._item.id.client}:${type._item.id.clock}`;
}
