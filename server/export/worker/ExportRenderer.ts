import path from 'node:path';
import { projectRoot } from '../../projectRoot';
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Logger } from '../../logger';
import { errorFields } from '../../logger';
import type { ExportFormat } from '../formatNames';
import type { MeetingExportInput, PlanExportInput } from '../ExportInput';
import type { Outline } from '../outline';
import type { RenderJob, RenderReply, RenderRequest } from './renderJob';

export interface RenderedFile {
  readonly bytes: Uint8Array;
  readonly contentType: string;
  readonly extension: string;
}

export type ExportFailureReason = 'timed_out' | 'too_large' | 'busy' | 'failed';

/** Why an export did not complete; the route turns it into a clear answer. */
export class ExportFailure extends Error {
  constructor(
    readonly reason: ExportFailureReason,
    message: string,
  ) {
    super(message);
    this.name = 'ExportFailure';
  }
}

export interface ExportRendererOptions {
  /** How long one export may render before its worker is stopped. */
  readonly timeLimitMs: number;
  /** Heap of the render worker; an export that needs more fails as too large. */
  readonly memoryLimitMb: number;
  /** Exports waiting their turn beyond this are refused as busy. */
  readonly maxQueued: number;
  readonly logger: Logger;
}

interface Pending {
  readonly request: RenderRequest;
  resolve(file: RenderedFile): void;
  reject(error: Error): void;
}

// From source (tests, development) the worker is its own .ts file beside this one; compiled
// (`npm start`), it is its own entry point of the build, dist/server/renderWorker.js, wherever
// the bundler put this code.
const workerModule = import.meta.url.endsWith('.ts')
  ? new URL('./renderWorker.ts', import.meta.url)
  : pathToFileURL(path.join(projectRoot, 'dist', 'server', 'renderWorker.js'));

/**
 * The worker's entry. Under tsx (development, tests and `npm start`) a worker thread does not
 * inherit the TypeScript loader, so it registers tsx first; compiled JavaScript loads directly.
 */
function workerSource(): string {
  const target = JSON.stringify(workerModule.href);
  if (!workerModule.pathname.endsWith('.ts')) return `import(${target});`;
  // The ESM build of tsx's API (require.resolve would find its CommonJS twin).
  const tsxRoot = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsx = JSON.stringify(pathToFileURL(path.join(tsxRoot, 'dist', 'esm', 'api', 'index.mjs')).href);
  return `import(${tsx}).then((api) => { api.register(); return import(${target}); });`;
}

/**
 * Renders exports on one warm worker thread, one at a time, so that a slow or hostile export
 * (a plan built to be expensive) costs that export alone: the event loop that answers every
 * other request never runs the PDF or DOCX code. A job that passes the time limit has its
 * worker stopped; one that passes the memory limit ends it; either way the next job gets a
 * fresh worker, and the libraries and fonts load once per worker, not per export.
 */
export class ExportRenderer {
  private worker: Worker | null = null;
  /** Resolves once the current worker has loaded its libraries and fonts. */
  private workerReady: Promise<void> = Promise.resolve();
  private running: Pending | null = null;
  private readonly queue: Pending[] = [];
  private timer: NodeJS.Timeout | null = null;
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: ExportRendererOptions) {}

  renderPlan(format: ExportFormat, input: PlanExportInput): Promise<RenderedFile> {
    return this.render({ kind: 'plan', format, input });
  }

  /** A plan given as its stored Yjs updates, read on the worker. */
  renderStoredPlan(format: ExportFormat, updates: readonly Uint8Array[], input: Omit<PlanExportInput, 'plan'>, suggestions: 'show' | 'hide' = 'hide'): Promise<RenderedFile> {
    return this.render({ kind: 'storedPlan', format, updates, input, suggestions });
  }

  renderMeeting(format: ExportFormat, input: MeetingExportInput): Promise<RenderedFile> {
    return this.render({ kind: 'meeting', format, input });
  }

  renderOutline(format: ExportFormat, outline: Outline): Promise<RenderedFile> {
    return this.render({ kind: 'outline', format, outline });
  }

  /** Stops the worker; exports still waiting fail. */
  async close(): Promise<void> {
    this.closed = true;
    const waiting = [...this.queue.splice(0), ...(this.running ? [this.running] : [])];
    this.running = null;
    for (const pending of waiting) pending.reject(new ExportFailure('busy', 'The server is shutting down. Please try again in a moment.'));
    await this.stopWorker();
  }

  private render(job: RenderJob): Promise<RenderedFile> {
    if (this.closed) return Promise.reject(new ExportFailure('busy', 'The server is shutting down. Please try again in a moment.'));
    if (this.queue.length >= this.options.maxQueued) {
      return Promise.reject(new ExportFailure('busy', 'Too many exports are being prepared right now. Please try again in a minute.'));
    }
    return new Promise<RenderedFile>((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, job }, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    if (this.running || this.closed) return;
    const pending = this.queue.shift();
    if (!pending) return;
    this.running = pending;
    const worker = this.ensureWorker();
    // The clock starts when this export starts rendering: not while it waits its turn, nor
    // while a fresh worker loads its libraries and fonts.
    void this.workerReady.then(() => {
      if (this.running !== pending || this.worker !== worker) return;
      this.start(worker, pending);
    });
  }

  private start(worker: Worker, pending: Pending): void {
    this.timer = setTimeout(() => {
      this.options.logger.warn('export timed out', { timeLimitMs: this.options.timeLimitMs, kind: pending.request.job.kind });
      // Stop the worker first, so the next export starts on a fresh one.
      void this.stopWorker().then(() => this.prewarm());
      this.finish(new ExportFailure('timed_out', 'This export took too long to prepare and was stopped. Shorten the longest fields and try again.'));
    }, this.options.timeLimitMs);
    worker.postMessage(pending.request);
  }

  private finish(outcome: RenderedFile | ExportFailure): void {
    const pending = this.running;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = null;
    if (pending) {
      if (outcome instanceof ExportFailure) pending.reject(outcome);
      else pending.resolve(outcome);
    }
    this.next();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(workerSource(), {
      eval: true,
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryLimitMb, maxYoungGenerationSizeMb: 32 },
    });
    worker.unref();
    let markReady = () => {};
    this.workerReady = new Promise<void>((resolve) => (markReady = resolve));
    worker.on('message', (message: RenderReply | { ready: true }) => {
      if (!('id' in message)) {
        markReady();
        return;
      }
      if (message.id !== this.running?.request.id) return;
      if (message.ok) this.finish({ bytes: message.bytes, contentType: message.contentType, extension: message.extension });
      else {
        this.options.logger.error('export failed', { message: message.message });
        this.finish(new ExportFailure('failed', 'This export could not be prepared.'));
      }
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (this.worker !== worker) return;
      this.worker = null;
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.options.logger.warn('export worker ended', { outOfMemory, ...errorFields(error) });
      this.finish(
        outOfMemory
          ? new ExportFailure('too_large', 'This document is too large to export. Shorten the longest fields and try again.')
          : new ExportFailure('failed', 'This export could not be prepared.'),
      );
      this.prewarm();
    });
    worker.on('exit', () => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.finish(new ExportFailure('failed', 'This export could not be prepared.'));
    });
    this.worker = worker;
    return worker;
  }

  /** After a worker was stopped, start the next one at once so the next export finds it warm. */
  private prewarm(): void {
    if (!this.closed && !this.worker) this.ensureWorker();
  }

  private async stopWorker(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}
