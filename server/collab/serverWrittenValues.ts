import type * as Y from 'yjs';
import { meetingMetaKeys, meetingRoots } from '../../shared/schema/meetingDoc';

/**
 * Values of a document that only the server writes, each under a root map, because a record
 * outside the document must move with them. A meeting's kind, time and title are changed through its
 * API route, which updates the meeting's record (lists, reminders, calendar feeds, exports),
 * tells the team of a new time and then writes the document; a peer writing them into the
 * document itself would move the meeting on its page alone, silently.
 */
const serverWritten: ReadonlyMap<string, ReadonlySet<string>> = new Map([[meetingRoots.meta, new Set<string>([meetingMetaKeys.kind, meetingMetaKeys.startsAt, meetingMetaKeys.title])]]);

/**
 * Whether `key` of `parent` is written by the server only. `parent` is a root map named in the
 * update itself, or a type already in `doc` (looked up among the few listed roots, not all).
 */
export function isServerWritten(doc: Y.Doc, parent: { readonly name: string } | { readonly type: Y.AbstractType<unknown> }, key: string | null): boolean {
  if (key === null) return false;
  for (const [root, keys] of serverWritten) {
    if (!keys.has(key)) continue;
    if ('name' in parent ? parent.name === root : doc.share.get(root) === parent.type) return true;
  }
  return false;
}
