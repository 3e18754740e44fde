import type * as Y from 'yjs';
import { observeDeep, type ChangeInfo, type Unsubscribe } from './collection';
import { readRichText, writePlainParagraphs, type RichTextNode } from './richText';
import type { Writer } from './writer';

/** A whole section that is one rich text (parent input, meeting notes...), bound to one editor. */
export class RichTextSection {
  constructor(
    private readonly writer: Writer,
    private readonly root: Y.XmlFragment,
  ) {}

  fragment(): Y.XmlFragment {
    return this.root;
  }

  read(): RichTextNode {
    return readRichText(this.root);
  }

  /** Replaces the content with plain paragraphs; for seeding and editor-less forms. */
  setPlain(text: string): void {
    this.writer.run(() => writePlainParagraphs(this.root, text));
  }

  observe(callback: (change: ChangeInfo) => void): Unsubscribe {
    return observeDeep(this.root, callback);
  }
}
