import os from 'node:os';
import type { BundlePart } from './bundleSizes';
import type { CaseloadResult } from './caseload';
import type { ChurnResult } from './churn';
import type { LoadResult } from './load';
import type { ReplayResult } from './replay';
import { median } from './stats';

const ms = (value: number): string => (Number.isFinite(value) ? value.toFixed(1) : '-');
const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
const bytesAnd = (bytes: number, short: string): string => `${bytes.toLocaleString('en-US')} B (${short})`;

/** Rows of label then one cell per column, padded into a plain-text table. */
export function render(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((_, col) => Math.max(...[header, ...rows].map((row) => (row[col] ?? '').length)));
  const line = (row: readonly string[]) => row.map((cell, col) => cell.padEnd(widths[col]!)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function machineLine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.availableParallelism()} cores (${cpu}), ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

export function loadTable(results: readonly LoadResult[]): string {
  const field = (label: string, cell: (r: LoadResult) => string): string[] => [label, ...results.map(cell)];
  return render(
    ['load', ...results.map((r) => r.server)],
    [
      field('connections', (r) => String(r.connections)),
      field('connect + sync all (s)', (r) => r.connectSeconds.toFixed(1)),
      field('latency p50 (ms)', (r) => ms(r.latency.p50)),
      field('latency p95 (ms)', (r) => ms(r.latency.p95)),
      field('latency p99 (ms)', (r) => ms(r.latency.p99)),
      field('latency max (ms)', (r) => ms(r.latency.max)),
      field('edits sent', (r) => String(r.sent)),
      // Shows whether the generator kept the asked rate: a starved generator sends fewer.
      field('edits sent per second', (r) => (r.sent / r.windowSeconds).toFixed(0)),
      field('delivered / expected', (r) => `${r.delivered} / ${r.expected}`),
      field('duplicates', (r) => String(r.duplicates)),
      field('client disconnects', (r) => String(r.disconnects)),
      field('server CPU (s / window)', (r) => `${r.serverCpuSeconds.toFixed(2)} / ${r.windowSeconds.toFixed(1)}`),
      field('server CPU (% of a core)', (r) => ((r.serverCpuSeconds / r.windowSeconds) * 100).toFixed(0)),
      // Comparable between runs that delivered different amounts.
      field('server CPU per 1,000 deliveries (ms)', (r) => ((r.serverCpuSeconds * 1e6) / Math.max(1, r.delivered)).toFixed(2)),
      field('server peak RSS (MiB)', (r) => r.serverPeakRssMiB.toFixed(0)),
      // The private part: what the process itself allocated, without the binary's mapped pages.
      field('server anonymous RSS at end (MiB)', (r) => r.serverAnonRssMiB.toFixed(0)),
      field('load generator CPU (%)', (r) => r.clientCpuPercent.toFixed(0)),
      field('load generator loop p99 (ms)', (r) => ms(r.clientLoopDelayP99Ms)),
    ],
  );
}

export function replayTable(r: ReplayResult): string {
  const list = (values: readonly number[]) => values.map((v) => v.toFixed(0)).join(', ');
  return render(
    ['replay', r.trace],
    [
      ['updates', String(r.updates)],
      ['client-only apply (s)', r.localSeconds.toFixed(2)],
      ['until server has all (s)', r.seconds.toFixed(2)],
      ['throughput (updates/s)', r.updatesPerSecond.toFixed(0)],
      ['server CPU during replay (s)', r.serverCpuSeconds.toFixed(2)],
      ['final text matches', r.textMatches ? 'yes' : 'NO'],
      ['snapshot', bytesAnd(r.snapshotBytes, kib(r.snapshotBytes))],
      ['leftover update rows', String(r.leftoverUpdateRows)],
      ['database file', `${bytesAnd(r.fileBytes, mib(r.fileBytes))}, WAL ${kib(r.walBytes)}`],
      ['  of which free pages', kib(r.freeBytes)],
      ['cold connect->sync (ms, median)', ms(median(r.coldConnectToSyncMs))],
      ['cold connect->sync (ms, each)', list(r.coldConnectToSyncMs)],
      ['server room load (ms, each)', list(r.coldServerLoadMs)],
      ['Y.applyUpdate of snapshot (ms, median)', ms(median(r.parseMs))],
      ['Y.applyUpdate of snapshot (ms, each)', r.parseMs.map((v) => v.toFixed(1)).join(', ')],
    ],
  );
}

export function bundleTable(parts: readonly BundlePart[]): string {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  return render(
    ['client JavaScript', 'files', 'raw KiB', 'gzip KiB', 'brotli KiB'],
    parts.map((p) => [p.label, String(p.files), kb(p.rawBytes), kb(p.gzipBytes), kb(p.brotliBytes)]),
  );
}

export function churnTable(r: ChurnResult): string {
  const mb = (value: number) => value.toFixed(1);
  return render(
    ['churn', 'bridgeplan'],
    [
      ['documents opened, edited, left (per round)', String(r.documents)],
      ['rounds', String(r.rounds)],
      ['RSS after setup (MiB)', mb(r.rssAfterSetupMiB)],
      ['RSS warm, rooms unloaded (MiB)', mb(r.rssWarmMiB)],
      ['RSS peak during churn (MiB)', mb(r.rssPeakDuringMiB)],
      ['RSS after each round, rooms unloaded (MiB)', r.rssAfterRoundsMiB.map(mb).join(', ')],
      ['V8 heap used at the same moments (MiB)', r.heapAfterRoundsMiB.map(mb).join(', ')],
      ['V8 heap total at the same moments (MiB)', r.heapTotalAfterRoundsMiB.map(mb).join(', ')],
      ['external (Buffers) at the same moments (MiB)', r.externalAfterRoundsMiB.map(mb).join(', ')],
      ['growth, last round vs warm (%)', r.growthPercent.toFixed(1)],
      ['slope (MiB/min)', r.slopeMiBPerMinute === null ? '-' : r.slopeMiBPerMinute.toFixed(2)],
      ['duration (s)', r.seconds.toFixed(0)],
    ],
  );
}

export function caseloadTable(r: CaseloadResult): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const rows = ([
    ['every summary computed (no cache)', r.cold],
    ['nothing changed', r.warm],
    ['one plan edited before each request', r.afterOneEdit],
  ] as const).map(([label, summary]) => [label, String(summary.count), ms(summary.p50), ms(summary.p95), ms(summary.max)]);
  return render([`GET /api/caseload, ${r.students} students`, 'requests', 'p50', 'p95', 'max'], rows);
}
