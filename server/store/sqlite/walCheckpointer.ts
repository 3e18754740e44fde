import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { errorFields, type Logger } from '../../logger';

/**
 * Copies the write-ahead log into the database file from a thread of its own.
 *
 * SQLite checkpoints on the connection that commits once the log passes 1,000 pages, and a
 * checkpoint fsyncs the log and the database file: on the server's one thread that stalled
 * every room for 2 to 17 ms about once a second under a steady stream of edits (each edit's
 * commit adds a page or two to the log). A second connection in a worker thread checkpoints
 * instead (PASSIVE: it never blocks the writer), so the event loop never waits for a disk.
 * The durability is unchanged: commits are in the log before anyone sees them either way.
 *
 * The thread starts on the first write (an idle server carries no second isolate), runs a
 * checkpoint at most once per interval after writes, and if it fails the main connection
 * takes checkpoints back at SQLite's default threshold. One fsync stays on the main
 * connection: SQLite syncs the log's header when a commit starts reusing a checkpointed log,
 * so the interval is a few seconds rather than one, which keeps that to a short sync now and
 * then while the log stays a few megabytes.
 */

/** The main connection's own threshold while the thread keeps up: only a safety net. */
const fallbackPages = 20_000;
const sqliteDefaultPages = 1_000;

// Plain CommonJS run by the worker: it only needs the driver and the file.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
db.pragma('synchronous = NORMAL');
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ ok: true });
  } catch (error) {
    parentPort.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
`;

type CheckpointReply = { readonly ok: true } | { readonly ok: false; readonly message: string };

export class WalCheckpointer {
  private worker: Worker | null = null;
  private failed = false;
  private closed = false;
  private inFlight = false;
  private dirty = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Database.Database,
    private readonly logger: Logger,
    private readonly intervalMs = 2000,
  ) {}

  /** The database was written: a checkpoint follows within the interval. */
  noteWrite(): void {
    if (this.failed || this.closed) return;
    this.dirty = true;
    if (this.timer) return;
    this.timer = setTimeout(this.checkpoint, this.intervalMs);
    this.timer.unref();
  }

  /** Stops the thread; the main connection's close then checkpoints what is left. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const worker = this.worker;
    this.worker = null;
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.postMessage('close');
    await exited;
  }

  private readonly checkpoint = (): void => {
    this.timer = null;
    try {
      if (this.closed || this.failed || this.inFlight || !this.dirty) return;
      const worker = this.worker ?? this.start();
      this.dirty = false;
      this.inFlight = true;
      worker.postMessage('checkpoint');
    } catch (error) {
      this.fail(error);
    }
  };

  private start(): Worker {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    const worker = new Worker(workerSource, { eval: true, workerData: { driver, file: this.db.name } });
    worker.unref();
    worker.on('message', (reply: CheckpointReply) => {
      this.inFlight = false;
      if (!reply.ok) this.logger.warn('checkpoint failed', { message: reply.message });
      // Writes that came in during the checkpoint are left for the next one.
      if (this.dirty) this.noteWrite();
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', () => {
      if (!this.closed) this.fail(new Error('checkpoint thread exited'));
    });
    this.worker = worker;
    this.db.pragma(`wal_autocheckpoint = ${fallbackPages}`);
    return worker;
  }

  private fail(error: unknown): void {
    if (this.failed || this.closed) return;
    this.failed = true;
    this.logger.error('checkpoint thread failed; checkpointing on the main connection', errorFields(error));
    void this.worker?.terminate();
    this.worker = null;
    try {
      if (this.db.open) this.db.pragma(`wal_autocheckpoint = ${sqliteDefaultPages}`);
    } catch (pragmaError) {
      this.logger.error('could not restore checkpoints', errorFields(pragmaError));
    }
  }
}
