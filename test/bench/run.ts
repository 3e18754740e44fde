import { loadOptionsFromEnv, runLoadComparison } from './loadMain';
import { runReplay } from './replay';
import { bundleTable, loadTable, machineLine, replayTable } from './table';
import { measureBundle } from './bundleSizes';

/**
 * `npm run bench [-- load|replay|bundle]`: load and replay by default; bundle reports the
 * client's JavaScript sizes from the last build. Scale the load run with
 * BENCH_CONNECTIONS, BENCH_ROOMS, BENCH_WRITERS, BENCH_RATE, BENCH_WARMUP and BENCH_SECONDS.
 */
async function main(): Promise<void> {
  const which = process.argv[2] ?? 'all';
  if (!['all', 'load', 'replay', 'bundle'].includes(which)) throw new Error(`unknown benchmark "${which}": use load, replay, bundle or all`);
  if (which === 'bundle') {
    process.stdout.write(`${bundleTable(measureBundle())}\n`);
    return;
  }
  process.stdout.write(`${machineLine()}\n\n`);

  if (which !== 'replay') {
    const options = loadOptionsFromEnv();
    process.stdout.write(
      `load: ${options.connections} connections in ${options.rooms} rooms, ${options.writersPerRoom} writers per room at ` +
        `${options.updatesPerSecond} edits/s, ${options.warmupSeconds} s warm-up + ${options.seconds} s measured, ${options.workers} load processes, ${options.rawReaders ? 'raw-frame' : 'stock provider'} readers\n`,
    );
    process.stdout.write(`${loadTable(await runLoadComparison(options))}\n\n`);
  }
  if (which !== 'load') {
    process.stdout.write(`${replayTable(await runReplay(process.env.BENCH_TRACE ?? 'automerge-paper.json.gz'))}\n`);
  }
}

main().then(
  // Providers and timers may linger; the figures are printed, so end here.
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
