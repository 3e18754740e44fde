import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { FromWorker, ToWorker, WorkerReport } from './loadProtocol';

/** A load-generator process and the one request it may have outstanding. */
export class LoadWorker {
  private readonly child: ChildProcess;
  private readonly exited: Promise<void>;

  constructor() {
    this.child = fork(path.join(import.meta.dirname, 'loadWorker.ts'), [], {
      execArgv: ['--import', 'tsx'],
      // Structured clone carries the latency arrays as typed arrays rather than JSON text.
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.exited = new Promise((resolve) => this.child.once('exit', () => resolve()));
  }

  /** Sends one request and waits for its answer; rejects if the worker fails or exits. */
  request(message: ToWorker, timeoutMs: number): Promise<FromWorker> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => finish(new Error(`load worker: ${message.type} took over ${timeoutMs} ms`)), timeoutMs);
      const onMessage = (answer: FromWorker) => {
        if (answer.type === 'failed') finish(new Error(`load worker: ${answer.message}`));
        else finish(null, answer);
      };
      const onExit = () => finish(new Error(`load worker exited during ${message.type}`));
      const finish = (error: Error | null, answer?: FromWorker) => {
        clearTimeout(timer);
        this.child.off('message', onMessage);
        this.child.off('exit', onExit);
        if (error) reject(error);
        else resolve(answer!);
      };
      this.child.on('message', onMessage);
      this.child.once('exit', onExit);
      this.child.send(message);
    });
  }

  async report(timeoutMs: number): Promise<WorkerReport> {
    const answer = await this.request({ type: 'drain', timeoutMs }, timeoutMs + 30_000);
    if (answer.type !== 'report') throw new Error('load worker: expected a report');
    return answer.report;
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.send({ type: 'close' } satisfies ToWorker);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await this.exited;
    clearTimeout(timer);
  }
}
