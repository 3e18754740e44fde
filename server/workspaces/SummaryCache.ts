/**
 * What the caseload shows of each workspace (due dates, completeness, meeting coverage, the
 * comment threads), kept between requests so a caseload of hundreds of students does not load
 * every plan each time it is opened.
 *
 * An entry belongs to one document kind of one workspace (`plan`, `meeting`, `comments`) and
 * is dropped when the store says a document of that kind changed (`documentChanged`, called
 * after an append is durable). It is also dropped when its key changes (today's date, the list
 * of meetings, who covers whom: things kept in tables rather than documents) and after `ttlMs`,
 * which bounds how stale an entry can be when another instance wrote the document. An answer
 * computed while a change landed is given but not kept.
 */
export class SummaryCache {
  private readonly generations = new Map<string, number>();
  private readonly entries = new Map<string, { key: string; generation: number; at: number; value: unknown }>();
  private readonly pending = new Map<string, Promise<unknown>>();
  private readonly now: () => number;

  constructor(private readonly options: { ttlMs: number; now?: () => number } = { ttlMs: 60_000 }) {
    this.now = options.now ?? Date.now;
  }

  /** A document was appended to: forget what was computed from its kind in its workspace. */
  documentChanged(docName: string): void {
    const [workspaceId, kind] = docName.split('/');
    if (!workspaceId || !kind) return;
    const slot = `${workspaceId}/${kind}`;
    this.generations.set(slot, (this.generations.get(slot) ?? 0) + 1);
    this.entries.delete(slot);
  }

  async get<T>(workspaceId: string, kind: string, key: string, compute: () => Promise<T>): Promise<T> {
    const slot = `${workspaceId}/${kind}`;
    const generation = this.generations.get(slot) ?? 0;
    const entry = this.entries.get(slot);
    if (entry && entry.generation === generation && entry.key === key && this.now() - entry.at < this.options.ttlMs) return entry.value as T;
    // Two requests at once compute it once.
    const pendingKey = `${slot}\u0000${generation}\u0000${key}`;
    const running = this.pending.get(pendingKey);
    if (running) return running as Promise<T>;
    const computing = compute().then((value) => {
      if ((this.generations.get(slot) ?? 0) === generation) this.entries.set(slot, { key, generation, at: this.now(), value });
      return value;
    });
    this.pending.set(pendingKey, computing);
    try {
      return await computing;
    } finally {
      this.pending.delete(pendingKey);
    }
  }

  /** How many entries are kept (for the bench). */
  get size(): number {
    return this.entries.size;
  }
}
