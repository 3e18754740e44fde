import * as Y from 'yjs';
import { CloseCodes, type CloseCode } from '../../shared/closeCodes';
import type { Logger } from '../logger';
import type { Peer } from './Peer';
import { SuggestionGuard } from './suggestionGuard';
import { SuggestingModeGuard, type MustSuggest } from './suggestingModeGuard';
import { UpdateGuard, type UpdateProblem } from './updateGuard';

/** How large one document may grow; far above any real IEP (~100–300 KB). */
export interface DocumentLimits {
  /** Stored bytes: the snapshot plus the updates logged since. */
  readonly maxBytes: number;
  /** Yjs structs held in memory; each costs far more RAM than its bytes on disk. */
  readonly maxItems: number;
  /** Yjs clients (editing sessions): loading the document and each join grow with them. */
  readonly maxClients: number;
}

export const defaultDocumentLimits: DocumentLimits = { maxBytes: 16 * 1024 * 1024, maxItems: 300_000, maxClients: 20_000 };

const problemCodes: Record<UpdateProblem, CloseCode> = {
  malformed: CloseCodes.updateRejected,
  'too-many-items': CloseCodes.documentFull,
  'too-many-clients': CloseCodes.updateRejected,
  'document-clients-full': CloseCodes.documentFull,
  'content-kind': CloseCodes.updateRejected,
  'forged-author': CloseCodes.updateRejected,
  'authorship-changed': CloseCodes.updateRejected,
  'too-long': CloseCodes.tooLarge,
  'unknown-place': CloseCodes.updateRejected,
  'server-written': CloseCodes.updateRejected,
};

/** Structs in a document's store: what its memory grows with. */
function countItems(doc: Y.Doc): number {
  let items = 0;
  for (const structs of doc.store.clients.values()) items += structs.length;
  return items;
}

/**
 * Whether a peer's update may enter a room's document: what it may contain and claim
 * (UpdateGuard), whose suggestions it may decide (SuggestionGuard), whether its sender may
 * only suggest (SuggestingModeGuard), and whether the document
 * stays within its limits. Keeps the running size and item counts those limits are checked
 * against, so a refusal costs the sender one close and the room no full re-count per update.
 */
export class UpdateAdmission {
  /** Stored bytes: exact after a load or a measurement, an upper bound after updates. */
  private storedBytes: number;
  private storedBytesExact: boolean;
  /** Items in the doc: exact after a count, an upper bound after updates (Yjs merges structs). */
  private items: number;
  private readonly suggestions: SuggestionGuard;
  private readonly suggestingMode: SuggestingModeGuard | null;

  constructor(
    private readonly doc: Y.Doc,
    private readonly limits: DocumentLimits,
    stored: { readonly bytes: number; readonly exact: boolean },
    private readonly logger: Logger,
    private readonly docName: string,
    mustSuggest?: MustSuggest,
  ) {
    this.storedBytes = stored.bytes;
    this.storedBytesExact = stored.exact;
    this.items = countItems(doc);
    this.suggestions = new SuggestionGuard(doc);
    this.suggestingMode = mustSuggest ? new SuggestingModeGuard(doc, docName, mustSuggest) : null;
  }

  /** Why this peer's update may not be applied, or null if it may. Nothing is applied or stored for a refused update. */
  refusal(peer: Peer, update: Uint8Array): CloseCode | null {
    let verdict = UpdateGuard.inspect(this.doc, update, peer.contributor, this.limits.maxItems - this.items, this.limits.maxClients);
    if (!verdict.ok && verdict.problem === 'too-many-items') {
      // The running count only grows; count exactly before refusing.
      this.items = countItems(this.doc);
      verdict = UpdateGuard.inspect(this.doc, update, peer.contributor, this.limits.maxItems - this.items, this.limits.maxClients);
    }
    if (!verdict.ok) {
      this.logger.warn('update refused', { doc: this.docName, peer: peer.id, problem: verdict.problem, detail: verdict.detail });
      return problemCodes[verdict.problem];
    }
    if (!this.fitsBytes(update.byteLength)) {
      this.logger.warn('update refused', { doc: this.docName, peer: peer.id, problem: 'too-many-bytes', bytes: this.storedBytes });
      return CloseCodes.documentFull;
    }
    if (peer.contributor && this.suggestions.refuses(update, peer.contributor)) {
      this.logger.warn('update decides a suggestion it may not', { doc: this.docName, peer: peer.id });
      return CloseCodes.updateRejected;
    }
    if (peer.contributor && this.suggestingMode?.refuses(update, peer.contributor)) {
      this.logger.warn('update edits the plan directly from a role that suggests', { doc: this.docName, peer: peer.id });
      return CloseCodes.updateRejected;
    }
    this.items += verdict.structs;
    return null;
  }

  /** An update was applied and will be appended to the log. */
  noteLogged(bytes: number): void {
    this.storedBytes += bytes;
    this.storedBytesExact = false;
  }

  /**
   * The log up to `bytesBefore` was folded into a snapshot of `snapshotBytes`; updates logged
   * while the snapshot was written are not in it, so they keep counting.
   */
  noteCompacted(snapshotBytes: number, bytesBefore: number): void {
    this.storedBytes = snapshotBytes + (this.storedBytes - bytesBefore);
    this.storedBytesExact = this.storedBytes === snapshotBytes;
  }

  get loggedBytes(): number {
    return this.storedBytes;
  }

  destroy(): void {
    this.suggestions.destroy();
    this.suggestingMode?.destroy();
  }

  /** Whether `incoming` more bytes keep the document within its limit. */
  private fitsBytes(incoming: number): boolean {
    if (this.storedBytes + incoming <= this.limits.maxBytes) return true;
    if (this.storedBytesExact) return false;
    // The log since the last snapshot overstates the document (deleted text, replaced values):
    // measure what a compaction would store before refusing.
    this.storedBytes = Y.encodeStateAsUpdate(this.doc).byteLength;
    this.storedBytesExact = true;
    return this.storedBytes + incoming <= this.limits.maxBytes;
  }
}
