import { loadOptionsFromEnv, runLoadComparison } from './loadMain';
import { runReplay } from './replay';
import { bundleTable, churnTable, loadTable, machineLine, replayTable } from './table';
import { runChurn } from './churn';
import { measureBundle } from './bundleSizes';
import { runCaseload } from './caseload';
import { caseloadTable } from './table';
import { runSuggestingCost } from './suggestingCost';
import { exportTable, runExportBench } from './exportPdf';
import { clusterOptionsFromEnv, runClusterLoad } from './clusterLoad';
import { clusterMissing } from './clusterServers';
import { clusterTable } from './clusterTable';
import { runSealedAppends, sealedAppendsTable } from './sealedAppends';
import { compactionTable, runCompaction } from './compaction';
import { runPageLoad } from './pageLoad';
import { pageLoadTable } from './pageLoadTable';

/**
 * `npm run bench [-- load|replay|cluster|bundle|pageload|churn|caseload|suggesting|export|sealed|compaction]`: load, replay and
 * cluster by default; cluster runs the load through HAProxy on 1 and on 2 instances (PostgreSQL,
 * Redis) over a sweep of typing rates (BENCH_CLUSTER_CONNECTIONS, BENCH_CLUSTER_ROOMS,
 * BENCH_CLUSTER_RATES, BENCH_CLUSTER_INSTANCES, BENCH_CLUSTER_WARMUP, BENCH_CLUSTER_SECONDS); export times a 30-goal plan to PDF in the export worker; bundle reports
 * the client's JavaScript sizes from the last build; pageload opens the first pages in Chromium on a
 * slow 4G link, uncached and cached (BENCH_PAGELOAD_SAMPLES); churn measures memory after documents
 * come and go (BENCH_CHURN_DOCS, BENCH_CHURN_CONCURRENCY, BENCH_SOAK_MINUTES); caseload times
 * GET /api/caseload for one case manager (BENCH_CASELOAD_STUDENTS, BENCH_CASELOAD_REQUESTS). Scale the load run with
 * BENCH_CONNECTIONS, BENCH_ROOMS, BENCH_WRITERS, BENCH_RATE, BENCH_WARMUP and BENCH_SECONDS. sealed
 * times PostgreSQL appends plain and with DATA_KEY (BENCH_SEALED_APPENDS, DATABASE_URL). compaction
 * times one PostgreSQL writeSnapshot over a log of one-keystroke updates and the event loop's
 * longest stall meanwhile (BENCH_COMPACTION_UPDATES, BENCH_COMPACTION_PRIOR,
 * BENCH_COMPACTION_RUNS, DATABASE_URL), on PostgreSQL and on SQLite.
 */
async function main(): Promise<void> {
  const which = process.argv[2] ?? 'all';
  if (!['all', 'load', 'replay', 'cluster', 'bundle', 'pageload', 'churn', 'caseload', 'suggesting', 'export', 'sealed', 'compaction'].includes(which)) throw new Error(`unknown benchmark "${which}": use load, replay, cluster, bundle, pageload, churn, caseload, suggesting, export, sealed, compaction or all`);
  if (which === 'compaction') {
    const updates = Number(process.env.BENCH_COMPACTION_UPDATES ?? 2_000);
    const prior = Number(process.env.BENCH_COMPACTION_PRIOR ?? 5_000);
    const runs = Number(process.env.BENCH_COMPACTION_RUNS ?? 7);
    process.stdout.write(`${machineLine()}\n\ncompaction: a snapshot of ${prior} keystrokes, ${updates} one-keystroke updates after it, then one writeSnapshot, ${runs} runs\n`);
    const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
    process.stdout.write(`${compactionTable(await runCompaction(databaseUrl, updates, prior, runs))}\n`);
    return;
  }
  if (which === 'sealed') {
    const appends = Number(process.env.BENCH_SEALED_APPENDS ?? 10_000);
    const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
    process.stdout.write(`${machineLine()}

sealed: ${appends} one-keystroke appends to one PostgreSQL document, one at a time, plain and with DATA_KEY
`);
    process.stdout.write(`${sealedAppendsTable(await runSealedAppends(databaseUrl, appends))}
`);
    return;
  }
  if (which === 'caseload') {
    const options = { students: Number(process.env.BENCH_CASELOAD_STUDENTS ?? 200), requests: Number(process.env.BENCH_CASELOAD_REQUESTS ?? 20) };
    process.stdout.write(`${machineLine()}\n\ncaseload: ${options.students} students, ${options.requests} requests per case\n`);
    process.stdout.write(`${caseloadTable(await runCaseload(options))}\n`);
    return;
  }
  if (which === 'suggesting') {
    // The room's check of an update from a person held to suggesting (suggestingModeGuard.ts).
    process.stdout.write(`${machineLine()}\n\n| goals | plan bytes | p50 ms | p95 ms | max ms |\n| --- | --- | --- | --- | --- |\n`);
    for (const row of runSuggestingCost()) {
      const { p50, p95, max } = row.suggesting;
      process.stdout.write(`| ${row.goals} | ${row.documentBytes} | ${p50.toFixed(2)} | ${p95.toFixed(2)} | ${max.toFixed(2)} |\n`);
    }
    return;
  }
  if (which === 'churn') {
    const options = {
      documents: Number(process.env.BENCH_CHURN_DOCS ?? 3000),
      concurrency: Number(process.env.BENCH_CHURN_CONCURRENCY ?? 25),
      soakMinutes: Number(process.env.BENCH_SOAK_MINUTES ?? 0),
    };
    process.stdout.write(`churn: ${options.documents} documents, ${options.concurrency} at a time, soak ${options.soakMinutes} min\n`);
    process.stdout.write(`${churnTable(await runChurn(options))}\n`);
    return;
  }
  if (which === 'export') {
    process.stdout.write(`${machineLine()}\n${exportTable(await runExportBench())}\n`);
    return;
  }
  if (which === 'pageload') {
    const samples = Number(process.env.BENCH_PAGELOAD_SAMPLES ?? 3);
    process.stdout.write(`${machineLine()}\n\npageload: ${samples} fresh browser profiles per page, Chromium with DevTools' Slow 4G (1.6 Mbit/s, 150 ms round trips)\n`);
    process.stdout.write(`${pageLoadTable(await runPageLoad(samples))}\n`);
    return;
  }
  if (which === 'bundle') {
    process.stdout.write(`${bundleTable(measureBundle())}\n`);
    return;
  }
  process.stdout.write(`${machineLine()}\n\n`);

  if (which === 'cluster') return runCluster();

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
  if (which === 'all') await runCluster();
}

async function runCluster(): Promise<void> {
  const missing = await clusterMissing();
  if (missing) {
    process.stdout.write(`\ncluster: not run (${missing})\n`);
    return;
  }
  const options = clusterOptionsFromEnv();
  process.stdout.write(
    `\ncluster: ${options.connections} connections in ${options.rooms} rooms through HAProxy, ${options.writersPerRoom} writers per room at ` +
      `${options.rates.join(', ')} edits/s (until delivery drops below 100 %), on ${options.instanceCounts.join(' and ')} instance(s); ` +
      `${options.warmupSeconds} s warm-up + ${options.seconds} s measured per rate\n`,
  );
  const runs = await runClusterLoad(options, (line) => process.stdout.write(`  ${line}\n`));
  process.stdout.write(`${clusterTable(runs)}\n`);
}

main().then(
  // Providers and timers may linger; the figures are printed, so end here.
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
