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

/** The name of a document's root type, or null for a type nested inside another. */
export function rootNameOf(doc: Y.Doc, type: Y.AbstractType<unknown>): string | null {
  if (type._item !== null) return null;
  for (const [name, root] of doc.share) if (root === type) return name;
  return null;
}

/** Whether `key` of the root map `root` is written by the server only. */
export function isServerWritten(root: string | null, key: string | null): boolean {
  return root !== null && key !== null && (serverWritten.get(root)?.has(key) ?? false);
}
