import * as Y from 'yjs';
import type { Contributor } from './authorship';
import { agreedContent } from './agreedContent';

/** Whether this person, on this document, may change the plan only by suggesting. */
export type MustSuggest = (docName: string, contributor: Contributor) => boolean;

/**
 * Suggesting mode, enforced. For a role the case manager set to "suggest", the client offers
 * only suggesting; a client that writes the plan directly anyway (an old tab, a script with
 * a token) is refused here. The update is applied to a copy and the plan's agreed content
 * (agreedContent.ts) must come out unchanged: their suggestions change only suggestion
 * marks and records, which that content leaves out. Their comments go through the API and
 * their presence is awareness, neither of which is a document update.
 *
 * The copy costs one encode and one apply of the document plus two reads of its agreed
 * content (the one before is kept until the document changes), and only for a person whose
 * role suggests; the figure is in docs/benchmarks.md.
 */
export class SuggestingModeGuard {
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
    this.before ??= agreedContent(this.doc);
    const copy = new Y.Doc();
    try {
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(this.doc));
      Y.applyUpdate(copy, update);
      return agreedContent(copy) !== this.before;
    } finally {
      copy.destroy();
    }
  }

  destroy(): void {
    this.doc.off('update', this.handleUpdate);
  }

  private readonly handleUpdate = (): void => {
    this.before = null;
  };
}
