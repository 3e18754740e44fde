import { createLogger } from '../../server/logger';
import { ExportRenderer } from '../../server/export/worker/ExportRenderer';
import { thirtyGoalPlan } from './exportPlanInput';
import { median } from './stats';

/**
 * The PDF export of a 30-goal plan, in the export worker as the server runs it: the first
 * export on a fresh worker (fonts already loaded, code not yet optimised), warm exports of the
 * same plan, and warm exports of plans whose every word the worker has not drawn before.
 */

export interface ExportResult {
  readonly bytes: number;
  readonly firstMs: number;
  readonly warmMs: readonly number[];
  readonly freshWordsMs: readonly number[];
  /** CPU time of the whole process (the worker's, the main thread waits) for each warm export. */
  readonly warmCpuMs: readonly number[];
  readonly freshWordsCpuMs: readonly number[];
}

export async function runExportBench(rounds = Number(process.env.BENCH_EXPORT_ROUNDS ?? 10)): Promise<ExportResult> {
  const renderer = new ExportRenderer({ timeLimitMs: 60_000, memoryLimitMb: 512, maxQueued: 4, logger: createLogger('warn') });
  const timed = async (input: ReturnType<typeof thirtyGoalPlan>) => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const file = await renderer.renderPlan('pdf', input);
    const used = process.cpuUsage(cpu);
    return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, bytes: file.bytes.byteLength };
  };
  try {
    const plan = thirtyGoalPlan();
    // The worker loads its libraries and fonts before its first export's clock starts (as in
    // the server); this first export pays for cold code only.
    const first = await timed(plan);
    const warm: { ms: number; cpuMs: number }[] = [];
    const freshWords: { ms: number; cpuMs: number }[] = [];
    for (let round = 0; round < rounds; round += 1) warm.push(await timed(plan));
    for (let round = 1; round <= rounds; round += 1) freshWords.push(await timed(thirtyGoalPlan(round)));
    return {
      bytes: first.bytes,
      firstMs: first.ms,
      warmMs: warm.map((run) => run.ms),
      freshWordsMs: freshWords.map((run) => run.ms),
      warmCpuMs: warm.map((run) => run.cpuMs),
      freshWordsCpuMs: freshWords.map((run) => run.cpuMs),
    };
  } finally {
    await renderer.close();
  }
}

export function exportTable(result: ExportResult): string {
  const list = (values: readonly number[]) => `median ${median(values).toFixed(0)} ms (${values.map((value) => value.toFixed(0)).join(', ')})`;
  return [
    `export: 30-goal plan to PDF in the export worker (${(result.bytes / 1024).toFixed(0)} KiB)`,
    `  first export on a fresh worker   ${result.firstMs.toFixed(0)} ms`,
    `  warm, same plan                  ${list(result.warmMs)}`,
    `    CPU                            ${list(result.warmCpuMs)}`,
    `  warm, every word new             ${list(result.freshWordsMs)}`,
    `    CPU                            ${list(result.freshWordsCpuMs)}`,
  ].join('\n');
}
