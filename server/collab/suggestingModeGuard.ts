import * as Y from 'yjs';
import type { Contributor } from './authorship';
import { agreedContent } from './agreedContent';

/** Whether this person, on this document, may change the plan only by suggesting. */
export type MustSuggest = (docName: string, contributor: Contributor) => boolean;

/**
 * Suggesting mode, enforced. For a role the case manager set to "suggest", the client offers
 * only suggesting; a client that writes the plan directly anyway (an old tab, a script with
 * a token) is refused here. The update is applied to a copy of the document and the plan's
 * agreed content (agreedContent.ts) must come out unchanged: suggestions change only marks
 * and suggestion records, which that content leaves out. Comments go through the API and
 * presence is awareness, neither of which is a document update.
 *
 * The copy is kept, and kept current with every update the room applies, from the first
 * update of such a person until the room unloads: building it anew per keystroke cost more
 * than everything else together. An accepted update is already in the copy when the room
 * applies it (a second apply is a no-op); after a refusal the copy is dropped and rebuilt.
 * What remains per update is one or two reads of the agreed content (docs/benchmarks.md).
 */
export class SuggestingModeGuard {
  private copy: Y.Doc | null = null;
  /** The agreed content of `copy`, while nothing has changed it. */
  private before: string | null = null;

  constructor(
    private readonly doc: Y.Doc,
    private readonly docName: string,
    private readonly mustSuggest: MustSuggest,
  ) {
    doc.on('update', this.handleUpdate);
  }

  refuses(update: Uint8Array, contributor: Contributor): boolean {
    if (!this.mustSuggest(this.docName, contributor)) return false;
    const copy = this.currentCopy();
    this.before ??= agreedContent(copy);
    Y.applyUpdate(copy, update);
    const after = agreedContent(copy);
    if (after !== this.before) {
      this.dropCopy();
      return true;
    }
    this.before = after;
    return false;
  }

  destroy(): void {
    this.doc.off('update', this.handleUpdate);
    this.dropCopy();
  }

  private currentCopy(): Y.Doc {
    if (!this.copy) {
      this.copy = new Y.Doc({ gc: this.doc.gc });
      Y.applyUpdate(this.copy, Y.encodeStateAsUpdate(this.doc));
    }
    return this.copy;
  }

  private dropCopy(): void {
    this.copy?.destroy();
    this.copy = null;
    this.before = null;
  }

  private readonly handleUpdate = (update: Uint8Array): void => {
    const copy = this.copy;
    if (!copy) return;
    // An update checked here is already in the copy and changes nothing there (Yjs then emits
    // no event); anything else may move the agreed content.
    const changed = (): void => {
      this.before = null;
    };
    copy.on('update', changed);
    try {
      Y.applyUpdate(copy, update);
    } finally {
      copy.off('update', changed);
    }
  };
}
