/**
 * What the collaboration rooms need from storage. Kept small and async so a PostgreSQL store
 * can stand in for the embedded SQLite one without the room logic changing.
 *
 * A document is stored as one compacted snapshot plus the updates appended after it; loading
 * merges them. Each update is durable once `appendUpdate` resolves: rooms rely on that to
 * broadcast only what survives a crash.
 */
export interface StoredDocument {
  /** Yjs update holding everything folded into the snapshot, or null for a new document. */
  readonly snapshot: Uint8Array | null;
  /** Updates appended after the snapshot, oldest first. */
  readonly updates: readonly Uint8Array[];
  /** Sequence number of the newest update, or the snapshot's if none follow; 0 for a new document. */
  readonly lastSeq: number;
}

/** Sequence numbers `first` through `last`, both included. */
export interface SeqRange {
  readonly first: number;
  readonly last: number;
}

/**
 * What a room knows its snapshot holds, so a compaction need not read it back: stored updates
 * it loaded or appended itself, and snapshots its document has held (the one it loaded, the
 * last it wrote), by the SHA-256 of their bytes (`snapshotDigest`).
 */
export interface HeldContent {
  readonly seqs: readonly SeqRange[];
  readonly snapshotDigests: readonly string[];
}

export interface DocumentStore {
  loadDocument(name: string): Promise<StoredDocument>;
  /** Appends one update durably and returns its sequence number. */
  appendUpdate(name: string, update: Uint8Array): Promise<number>;
  /**
   * Appends several updates in order, durably and all-or-nothing, and returns the sequence
   * number of the last; they are numbered consecutively up to it. One commit for many
   * updates is what keeps fast typing cheap.
   */
  appendUpdates(name: string, updates: readonly Uint8Array[]): Promise<number>;
  /**
   * Replaces the snapshot and drops the updates it now contains (those with seq <= throughSeq).
   * Another writer may have appended an update `snapshot` lacks (another instance, its relay
   * message still in flight): whatever of the stored snapshot and those updates `snapshot`
   * does not provably hold is merged into it first, so nothing appended is lost.
   *
   * @param held what the caller knows `snapshot` holds; the store need not check that again.
   *   Omitted: the stored snapshot and every replaced update are checked.
   */
  writeSnapshot(name: string, snapshot: Uint8Array, throughSeq: number, held?: HeldContent): Promise<void>;
  close(): Promise<void>;
}

/** The database as /healthz reports it: answering, not answering, or sealed with another key. */
export type DatabaseHealth = 'up' | 'down' | 'other_data_key';
