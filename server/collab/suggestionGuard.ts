import * as Y from 'yjs';
import { suggestionFingerprint } from '../../shared/schema/suggestions';
import type { Contributor } from './authorship';

const suggestionBytes = Buffer.from('suggest', 'utf8');

/**
 * Only the case manager decides on a suggestion; its author may change or withdraw it.
 * Suggestions live in the plan as ordinary Yjs content (marks, records), so any member's
 * client could technically strip a mark (an accept) or delete the words (a reject). The room
 * therefore checks a member's update before applying it: the update is applied to a copy and
 * every suggestion of someone else must come out with the same author, field and words, and
 * no new suggestion may name anyone but the sender. Accepting and rejecting go through the
 * API (suggestionRoutes.ts), which checks the role and changes the room itself.
 *
 * The copy costs one encode and two applies of the document, so it is made only when the
 * update could touch a suggestion: the document holds someone else's, or the update spells
 * a suggestion key.
 */
export class SuggestionGuard {
  private fingerprint: ReturnType<typeof suggestionFingerprint> | null = null;

  constructor(private readonly doc: Y.Doc) {
    doc.on('update', this.handleUpdate);
  }

  refuses(update: Uint8Array, contributor: Contributor): boolean {
    if (contributor.role === 'case_manager') return false;
    const before = this.current();
    const othersBefore = [...before.values()].some((entry) => entry.userId !== contributor.userId);
    const bytes = Buffer.from(update.buffer, update.byteOffset, update.byteLength);
    if (!othersBefore && !bytes.includes(suggestionBytes)) return false;
    const copy = new Y.Doc();
    try {
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(this.doc));
      Y.applyUpdate(copy, update);
      const after = suggestionFingerprint(copy);
      for (const [id, entry] of before) {
        if (entry.userId === contributor.userId) continue;
        if (after.get(id)?.value !== entry.value) return true;
      }
      for (const [id, entry] of after) {
        if (entry.userId !== contributor.userId && !before.has(id)) return true;
      }
      return false;
    } finally {
      copy.destroy();
    }
  }

  destroy(): void {
    this.doc.off('update', this.handleUpdate);
  }

  private current(): ReturnType<typeof suggestionFingerprint> {
    this.fingerprint ??= suggestionFingerprint(this.doc);
    return this.fingerprint;
  }

  private readonly handleUpdate = (): void => {
    this.fingerprint = null;
  };
}
