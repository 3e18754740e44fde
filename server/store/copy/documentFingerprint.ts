import { createHash } from 'node:crypto';
import * as Y from 'yjs';

/**
 * What a document holds, as the server would load it (snapshot, then updates in order), in a
 * few bytes: the copy's document check compares the source's with the target's. A document
 * whose rows do not apply is fingerprinted as such: it is copied as stored, and must be
 * equally unloadable on the target.
 */
export class DocumentFingerprint {
  private readonly doc = new Y.Doc();
  private failure: string | null = null;

  apply(update: Uint8Array): void {
    if (this.failure) return;
    try {
      Y.applyUpdate(this.doc, update);
    } catch (error) {
      this.failure = error instanceof Error ? error.message : String(error);
    }
  }

  /** Ends the fingerprint and frees the document. */
  finish(): string {
    try {
      if (this.failure) return 'unloadable';
      return createHash('sha256').update(Y.encodeStateAsUpdate(this.doc)).digest('hex');
    } finally {
      this.doc.destroy();
    }
  }
}
