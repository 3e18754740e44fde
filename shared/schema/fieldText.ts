import * as Y from 'yjs';
import { isSuggestionMarkName } from './suggestions';
import type { AnyType } from './docPaths';

type Alive = (item: Y.Item) => boolean;

/** Alive now. */
export const aliveNow: Alive = (item) => !item.deleted;

/** Alive before `transaction`: existed then, and not deleted before it. */
export function aliveBefore(transaction: Y.Transaction): Alive {
  return (item) => {
    if (item.id.clock >= (transaction.beforeState.get(item.id.client) ?? 0)) return false;
    return !item.deleted || Y.isDeleted(transaction.deleteSet, item.id);
  };
}

function items(type: AnyType): Y.Item[] {
  const out: Y.Item[] = [];
  for (let item = type._start; item !== null; item = item.right) out.push(item);
  return out;
}

/**
 * A field's words as the team has agreed them: words someone only proposed to insert are
 * left out and words proposed for deletion kept, so history shows decisions, not typing in
 * suggesting mode. Reads Yjs items directly so the text before a transaction can be rebuilt
 * from the same document (items that existed and were not yet deleted).
 */
export function fieldText(type: AnyType, alive: Alive): string {
  if (type instanceof Y.XmlText || type instanceof Y.Text) return runText(type, alive);
  if (type instanceof Y.XmlFragment) return blockText(type, alive);
  return '';
}

function runText(type: AnyType, alive: Alive): string {
  let out = '';
  const proposed = new Set<string>();
  for (const item of items(type)) {
    if (!alive(item)) continue;
    const content = item.content;
    if (content instanceof Y.ContentFormat) {
      if (isSuggestionMarkName(content.key) !== 'insert') continue;
      if (content.value === null) proposed.delete(content.key);
      else proposed.add(content.key);
    } else if (content instanceof Y.ContentString && proposed.size === 0) {
      out += content.str;
    }
  }
  return out;
}

function blockText(fragment: AnyType, alive: Alive): string {
  const blocks: string[] = [];
  for (const item of items(fragment)) {
    if (!alive(item) || !(item.content instanceof Y.ContentType)) continue;
    const child = item.content.type;
    if (child instanceof Y.XmlText) blocks.push(runText(child, alive));
    else if (child instanceof Y.XmlElement) blocks.push(blockText(child, alive));
  }
  return blocks.join('\n');
}

/** A map key's value before `transaction`, as text ('' when it had none or held a type). */
export function mapValueBefore(map: Y.Map<unknown>, key: string, transaction: Y.Transaction): string {
  const wasAlive = aliveBefore(transaction);
  for (let item = map._map.get(key) ?? null; item !== null; item = item.left) {
    if (wasAlive(item)) return valueText(item.content.getContent()[0]);
  }
  return '';
}

export function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}
