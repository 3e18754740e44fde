import { deliveredAll, type ClusterRun } from './clusterLoad';
import { render } from './table';

const ms = (value: number): string => (Number.isFinite(value) ? value.toFixed(1) : '-');
const percent = (seconds: number, window: number): string => `${((seconds / window) * 100).toFixed(0)} %`;

/** One column per run (instances × rate), then the highest complete rate per instance count. */
export function clusterTable(runs: readonly ClusterRun[]): string {
  const field = (label: string, cell: (run: ClusterRun) => string): string[] => [label, ...runs.map(cell)];
  const cpuOf = (run: ClusterRun, label: string) => run.result.processCpuSeconds.find((entry) => entry.label === label);
  const instanceCpu = (run: ClusterRun) =>
    run.result.processCpuSeconds
      .filter((entry) => entry.label.startsWith('instance'))
      .map((entry) => percent(entry.seconds, run.result.windowSeconds))
      .join(' + ');
  const table = render(
    ['cluster', ...runs.map((run) => `${run.instances}x @ ${run.rate}/s`)],
    [
      field('connections', (run) => String(run.result.connections)),
      field('edits sent per second', (run) => (run.result.sent / run.result.windowSeconds).toFixed(0)),
      field('deliveries per second', (run) => (run.result.delivered / run.result.windowSeconds).toFixed(0)),
      field('latency p50 (ms)', (run) => ms(run.result.latency.p50)),
      field('latency p99 (ms)', (run) => ms(run.result.latency.p99)),
      field('delivered / expected', (run) => `${run.result.delivered} / ${run.result.expected}`),
      field('duplicates, disconnects', (run) => `${run.result.duplicates}, ${run.result.disconnects}`),
      field('CPU per instance (% of a core)', instanceCpu),
      field('HAProxy CPU (% of a core)', (run) => {
        const proxy = cpuOf(run, 'HAProxy');
        return proxy ? percent(proxy.seconds, run.result.windowSeconds) : '-';
      }),
      field('load generator CPU (%)', (run) => run.result.clientCpuPercent.toFixed(0)),
    ],
  );
  const summary = [...new Set(runs.map((run) => run.instances))].map((instances) => {
    const complete = runs.filter((run) => run.instances === instances && deliveredAll(run.result));
    const best = complete.at(-1);
    if (!best) return `${instances} instance(s): no rate delivered everything`;
    const window = best.result.windowSeconds;
    return (
      `${instances} instance(s): 100 % delivery up to ${best.rate} edits/s per writer = ` +
      `${(best.result.sent / window).toFixed(0)} edits/s in, ${(best.result.delivered / window).toFixed(0)} deliveries/s out ` +
      `(p50 ${ms(best.result.latency.p50)} ms, p99 ${ms(best.result.latency.p99)} ms)`
    );
  });
  return `${table}\n\n${summary.join('\n')}`;
}
