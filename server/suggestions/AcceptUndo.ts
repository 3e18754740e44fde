import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';

interface Entry {
  readonly docName: string;
  readonly userId: string;
  readonly doc: Y.Doc;
  readonly manager: Y.UndoManager;
  readonly expires: number;
}

/**
 * Decisions on suggestions are made by the server, so the decider's own Ctrl+Z (which only
 * tracks their own edits) cannot take one back. Each decision is therefore recorded by its
 * own Y.UndoManager on the room's document, tracking only that decision's origin; undoing it
 * restores exactly what it removed, as new Yjs items, whatever happened around it since. An
 * entry lives as long as the room's document (a reloaded document cannot be undone into) and
 * at most `ttlMs`.
 */
export class AcceptUndo {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly ttlMs = 30 * 60_000) {}

  /** Call inside the decision's transaction (Room.change's apply), before changing anything. */
  track(docName: string, userId: string, doc: Y.Doc, origin: unknown): string {
    this.prune();
    const token = randomBytes(16).toString('base64url');
    const manager = new Y.UndoManager(doc, { trackedOrigins: new Set([origin]), captureTimeout: 0 });
    this.entries.set(token, { docName, userId, doc, manager, expires: Date.now() + this.ttlMs });
    return token;
  }

  /** The entry for a token, if it is this person's, for this document, and not expired. */
  find(token: string, docName: string, userId: string): Entry | null {
    const entry = this.entries.get(token);
    if (!entry || entry.docName !== docName || entry.userId !== userId || entry.expires < Date.now()) return null;
    return entry;
  }

  /** Undoes inside Room.change; false if the document was reloaded since. */
  undo(token: string, doc: Y.Doc): boolean {
    const entry = this.entries.get(token);
    if (!entry || entry.doc !== doc) return false;
    this.entries.delete(token);
    const undone = entry.manager.undo() !== null;
    entry.manager.destroy();
    return undone;
  }

  private prune(): void {
    const now = Date.now();
    for (const [token, entry] of this.entries) {
      if (entry.expires < now) {
        entry.manager.destroy();
        this.entries.delete(token);
      }
    }
  }
}
