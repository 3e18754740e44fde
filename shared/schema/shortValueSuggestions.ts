import * as Y from 'yjs';
import type { DocPath } from './docPaths';
import { clampText, fieldLimits } from './limits';
import { planRoots } from './planRoots';
import { studentRecordKeys } from './studentRecord';

/**
 * A short value a member held to suggesting may propose new words for: a plain string in one
 * of the plan's part maps (last writer wins, see fieldsPart.ts), addressed as [root, key].
 * Only the values listed here: a proposal is applied by the server when the case manager
 * accepts it, so a forged record naming any other key (a flag, an enum, an author) must
 * never be written through this path. Dates and choices from a list are not here: a person
 * proposes those in a comment, where the team sees why.
 */
const suggestable: Readonly<Record<string, readonly string[]>> = {
  [planRoots.student]: [studentRecordKeys.grade, studentRecordKeys.school, studentRecordKeys.homeLanguage, studentRecordKeys.interpreterLanguage],
  // The language a family needs an interpreter in is theirs to correct.
  [planRoots.parentParticipation]: ['interpreterLanguage'],
};

export interface ShortValuePlace {
  readonly map: Y.Map<unknown>;
  readonly key: string;
}

/** The place a path names, when it is a suggestable short value of this document. */
export function shortValueAt(doc: Y.Doc, path: DocPath): ShortValuePlace | null {
  if (path.length !== 2) return null;
  const [root, key] = path as [string, string];
  if (!suggestable[root]?.includes(key)) return null;
  // A part nobody has written yet has no root in this copy: its map is made on first use,
  // as every part's is. A root of that name holding something else is not a short value.
  const existing = doc.share.get(root);
  if (existing && existing.constructor !== Y.AbstractType && !(existing instanceof Y.Map)) return null;
  return { map: doc.getMap<unknown>(root), key };
}

/** The place of `key` in a part's root map, for the client's fields; null when not suggestable. */
export function shortValuePlace(doc: Y.Doc, root: string, key: string): ShortValuePlace | null {
  return suggestable[root]?.includes(key) ? { map: doc.getMap<unknown>(root), key } : null;
}

export function readShortValue(place: ShortValuePlace): string {
  const value = place.map.get(place.key);
  return typeof value === 'string' ? clampText(value, fieldLimits.shortValue) : '';
}

/** Writes an accepted proposal, clamped like every short value; call inside a transaction. */
export function writeShortValue(place: ShortValuePlace, proposed: string): void {
  const next = clampText(proposed.replace(/[\r\n]+/g, ' ').trim(), fieldLimits.shortValue);
  if (place.map.get(place.key) !== next) place.map.set(place.key, next);
}

/**
 * What a short value reads now, when that is no longer what a proposal for it started from:
 * accepting sets the value whole, so whoever decides must see the words it replaces. Null
 * when the path is no short value or nothing changed since the proposal began.
 */
export function shortValueChangedSince(doc: Y.Doc, path: DocPath, base: string): string | null {
  const place = shortValueAt(doc, path);
  if (!place) return null;
  const now = readShortValue(place);
  return now.trim() === base.trim() ? null : now;
}
