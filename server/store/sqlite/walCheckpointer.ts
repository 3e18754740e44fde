import fs from 'node:fs/promises';
import Database from 'better-sqlite3';
import { errorFields, type Logger } from '../../logger';

/**
 * Copies the write-ahead log into the database file without making the rooms wait for a disk.
 *
 * A checkpoint makes the log durable (fsync), copies its pages into the database file, and
 * makes the file durable (fsync). SQLite does all three on the connection that commits once the
 * log passes 1,000 pages, and its two fsyncs stalled every room for 2 to 17 ms about once a
 * second under a steady stream of edits. A worker thread with a second connection then did it
 * instead, but a second V8 isolate held about 10 MiB for as long as the server ran.
 *
 * Now the fsyncs run on libuv's thread pool and only the copy (page writes into the operating
 * system's cache, well under a millisecond for a few seconds of edits) runs on this thread:
 *
 *  1. A second connection opens a read transaction. Its snapshot marks the pages this round
 *     copies (a checkpoint never copies past a reader's snapshot), and while it is open SQLite
 *     cannot start the log over.
 *  2. The log is fsynced: every page of the snapshot is on disk.
 *  3. `wal_checkpoint(PASSIVE)` copies them, with this connection's syncs off for that
 *     statement alone (step 2 did the first; step 4 does the second).
 *  4. The database file is fsynced: what was copied is on disk.
 *  5. The read transaction ends, and the next commit may start the log over.
 *
 * A power loss at any step finds the copied pages still in the log, which SQLite replays on
 * opening; a crash of the process loses nothing the operating system was given. Commits never
 * wait: they append behind the snapshot meanwhile. If a step fails, SQLite takes the
 * checkpoints back (one now, with its own syncs, then at its default threshold).
 *
 * Rounds start on the first write (an idle server does nothing) and run at most once per
 * interval after writes. SQLite starts the log over only when every page in it has been
 * copied, at the first commit after a round that no commit ran beside. Between meetings' bursts
 * of edits that is most rounds, and the log stays a few megabytes; under a stream of edits that
 * never pauses (the load benchmark) the log grows until the main connection's own checkpoint
 * at `fallbackPages` (80 MiB) copies the last few pages, syncs and lets it start over, as it did
 * when a worker thread ran the rounds. Starting over syncs the log's header on the main
 * connection, which is why the interval is a few seconds rather than one.
 */

/** The main connection's own threshold while rounds keep up: only a safety net. */
const fallbackPages = 20_000;
const sqliteDefaultPages = 1_000;

/** A second connection whose open read transaction pins the log's pages a round copies. */
interface SnapshotHolder {
  begin(): void;
  end(): void;
  close(): void;
}

interface HeldFiles {
  readonly log: fs.FileHandle;
  readonly database: fs.FileHandle;
}

export class WalCheckpointer {
  private snapshotHolder: SnapshotHolder | null = null;
  private files: HeldFiles | null = null;
  private round: Promise<void> | null = null;
  private failed = false;
  private closed = false;
  private dirty = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Database.Database,
    private readonly logger: Logger,
    private readonly intervalMs = 2000,
  ) {}

  /** The database was written: a round follows within the interval. */
  noteWrite(): void {
    if (this.failed || this.closed) return;
    this.dirty = true;
    if (this.timer || this.round) return;
    this.timer = setTimeout(this.startRound, this.intervalMs);
    this.timer.unref();
  }

  /** Lets a round in progress finish and stops; the main connection's close copies what is left. */
  async stop(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.round;
    this.snapshotHolder?.close();
    this.snapshotHolder = null;
  }

  /**
   * Closes the files held for fsync, after the main connection has closed: closing any
   * descriptor of the database file drops every lock this process holds on it (POSIX), so
   * doing it while SQLite still uses the file would leave its locks unheld.
   */
  async releaseFiles(): Promise<void> {
    const files = this.files;
    this.files = null;
    await Promise.all([files?.log.close(), files?.database.close()]);
  }

  private readonly startRound = (): void => {
    this.timer = null;
    if (this.closed || this.failed || !this.dirty) return;
    this.dirty = false;
    this.round = this.copyLog()
      .catch((error: unknown) => this.fail(error))
      .finally(() => {
        this.round = null;
        // Writes that came in during the round are left for the next one.
        if (this.dirty) this.noteWrite();
      });
  };

  private async copyLog(): Promise<void> {
    const files = this.files ?? (this.files = await this.openFiles());
    const holder = this.snapshotHolder ?? (this.snapshotHolder = this.openSnapshotHolder());
    try {
      holder.begin();
      await files.log.sync();
      if (this.closed || !this.db.open) return;
      this.copyWithoutSyncs();
      await files.database.sync();
    } catch (error) {
      // While the snapshot is held the log is kept whole, so SQLite can still make the
      // file durable with a checkpoint of its own.
      this.checkpointWithSqliteSyncs();
      throw error;
    } finally {
      holder.end();
    }
  }

  private copyWithoutSyncs(): void {
    const level = this.db.pragma('synchronous', { simple: true }) as number;
    this.db.pragma('synchronous = OFF');
    try {
      this.db.pragma('wal_checkpoint(PASSIVE)');
    } finally {
      this.db.pragma(`synchronous = ${level}`);
    }
  }

  private checkpointWithSqliteSyncs(): void {
    try {
      if (this.db.open) this.db.pragma('wal_checkpoint(PASSIVE)');
    } catch (error) {
      this.logger.error('checkpoint with SQLite syncs failed', errorFields(error));
    }
  }

  private async openFiles(): Promise<HeldFiles> {
    const log = await fs.open(`${this.db.name}-wal`, 'r');
    try {
      const database = await fs.open(this.db.name, 'r');
      this.db.pragma(`wal_autocheckpoint = ${fallbackPages}`);
      return { log, database };
    } catch (error) {
      await log.close();
      throw error;
    }
  }

  private openSnapshotHolder(): SnapshotHolder {
    const connection = new Database(this.db.name, { fileMustExist: true });
    connection.pragma('busy_timeout = 5000');
    connection.pragma('cache_size = -64');
    // A read transaction takes its snapshot at its first read, not at BEGIN.
    const firstRead = connection.prepare('SELECT 1 FROM sqlite_schema LIMIT 1');
    return {
      begin: () => {
        connection.exec('BEGIN');
        firstRead.get();
      },
      end: () => {
        if (connection.inTransaction) connection.exec('COMMIT');
      },
      close: () => connection.close(),
    };
  }

  private fail(error: unknown): void {
    if (this.failed || this.closed) return;
    this.failed = true;
    this.logger.error('checkpoint round failed; SQLite checkpoints on the main connection', errorFields(error));
    try {
      if (this.db.open) this.db.pragma(`wal_autocheckpoint = ${sqliteDefaultPages}`);
    } catch (pragmaError) {
      this.logger.error('could not restore checkpoints', errorFields(pragmaError));
    }
  }
}
