import * as Y from 'yjs';

/**
 * Where a shared type lives, as the keys from a root down through maps: ['goals', '<id>',
 * 'baseline']. Suggestions and history name fields this way, so the server can find a field
 * in any plan without knowing the schema, and a path stays valid while items move (items are
 * keyed by id, never by position).
 */
export type DocPath = readonly string[];

/** Any shared type (Yjs types are invariant in their event type, so `unknown` would not fit). */
export type AnyType = Exclude<Y.Item['parent'], Y.ID | null>;

/** The path of a type that sits under maps only; null inside lists or rich text. */
export function pathOf(type: AnyType): string[] | null {
  const keys: string[] = [];
  let current: AnyType = type;
  while (current._item) {
    const item = current._item;
    if (item.parentSub === null) return null;
    keys.unshift(item.parentSub);
    if (!(item.parent instanceof Y.AbstractType)) return null;
    current = item.parent;
  }
  const doc = current.doc;
  if (!doc) return null;
  for (const [name, root] of doc.share) {
    if (root === current) return [name, ...keys];
  }
  return null;
}

/**
 * The field a type belongs to: a rich-text fragment for anything inside one, else the type
 * itself. The path names that field.
 */
export function fieldOf(type: AnyType): AnyType {
  let current: AnyType = type;
  while (current instanceof Y.XmlText || current instanceof Y.XmlElement) {
    const parent = current._item?.parent;
    if (!(parent instanceof Y.AbstractType)) break;
    current = parent;
  }
  return current;
}

type RootKind = 'map' | 'fragment' | 'text' | 'other';

/**
 * What a root holds, judged from its content. A document loaded on the server has untyped
 * roots until someone asks for them by type; asking with the wrong type would break the
 * document for the next reader, so the kind is read from the stored items first.
 */
export function rootKind(doc: Y.Doc, name: string): RootKind {
  const root = doc.share.get(name);
  if (!root) return 'other';
  if (root instanceof Y.Map) return 'map';
  if (root instanceof Y.XmlFragment) return 'fragment';
  if (root instanceof Y.Text) return 'text';
  if (root instanceof Y.Array) return 'other';
  if (root._map.size > 0) return 'map';
  for (let item = root._start; item !== null; item = item.right) {
    const content = item.content;
    if (content instanceof Y.ContentType) return content.type instanceof Y.XmlElement || content.type instanceof Y.XmlText ? 'fragment' : 'other';
    if (content instanceof Y.ContentString || content instanceof Y.ContentFormat || content instanceof Y.ContentEmbed) return 'text';
    if (content instanceof Y.ContentAny) return 'other';
  }
  return 'other';
}

/** Every root as its proper type (untyped roots are typed by their content; empty ones skipped). */
export function typedRoots(doc: Y.Doc): [string, AnyType][] {
  const roots: [string, AnyType][] = [];
  for (const name of [...doc.share.keys()]) {
    const kind = rootKind(doc, name);
    if (kind === 'map') roots.push([name, doc.getMap(name)]);
    else if (kind === 'fragment') roots.push([name, doc.getXmlFragment(name)]);
    else if (kind === 'text') roots.push([name, doc.getText(name)]);
  }
  return roots;
}

/** The type at a path, or null. Never creates anything. */
export function typeAtPath(doc: Y.Doc, path: DocPath): AnyType | null {
  const [rootName, ...keys] = path;
  if (rootName === undefined || !doc.share.has(rootName)) return null;
  const kind = rootKind(doc, rootName);
  let current: unknown =
    kind === 'map' ? doc.getMap(rootName) : kind === 'fragment' ? doc.getXmlFragment(rootName) : kind === 'text' ? doc.getText(rootName) : null;
  for (const key of keys) {
    if (!(current instanceof Y.Map)) return null;
    current = (current as Y.Map<unknown>).get(key);
  }
  return current instanceof Y.AbstractType ? (current as AnyType) : null;
}

/** Visits every Y.Text and rich-text fragment reachable through maps, with its path. */
export function visitFields(doc: Y.Doc, visit: (path: string[], field: Y.Text | Y.XmlFragment) => void): void {
  const walk = (path: string[], type: unknown, depth: number): void => {
    if (depth > 8) return;
    if (type instanceof Y.Text || (type instanceof Y.XmlFragment && !(type instanceof Y.XmlElement))) {
      visit(path, type);
      return;
    }
    if (type instanceof Y.Map) {
      for (const [key, value] of (type as Y.Map<unknown>).entries()) walk([...path, key], value, depth + 1);
    }
  };
  for (const [name, root] of typedRoots(doc)) walk([name], root, 0);
}

/** Calls `visit` for every Y.XmlText inside a fragment, depth first. */
export function visitXmlTexts(fragment: Y.XmlFragment, visit: (text: Y.XmlText) => void): void {
  for (const child of fragment.toArray()) {
    if (child instanceof Y.XmlText) visit(child);
    else if (child instanceof Y.XmlElement) visitXmlTexts(child, visit);
  }
}

export function samePath(a: DocPath, b: DocPath): boolean {
  return a.length === b.length && a.every((key, index) => key === b[index]);
}
