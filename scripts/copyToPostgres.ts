import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../server/config';
import { createLogger } from '../server/logger';
import { copyToPostgres } from '../server/store/copy/copyToPostgres';
import { formatCopyReport } from '../server/store/copy/formatCopyReport';

/**
 * `npm run copy-to-postgres -- --from <data dir> --to <postgres URL>`: copies an embedded
 * installation into an empty PostgreSQL database (see docs/operations.md, "Moving an
 * installation to PostgreSQL"). Defaults: DATA_DIR and DATABASE_URL; DATA_KEY and
 * DATA_KEY_PREVIOUS check encrypted documents (copied still encrypted), as for the server.
 */
const usage = `usage: npm run copy-to-postgres -- [--from <data folder>] [--to <postgres://...>]
  --from  the installation's data folder (default: DATA_DIR, else ./data)
  --to    an empty PostgreSQL database, ?schema=name for a schema (default: DATABASE_URL)`;

async function run(): Promise<number> {
  let args;
  try {
    args = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: false });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
    return 2;
  }
  if (args.values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  const from = args.values.from ? path.resolve(args.values.from) : config.dataDir;
  const to = args.values.to ?? config.databaseUrl;
  if (!to || !/^postgres(ql)?:\/\//.test(to)) {
    process.stderr.write(`the target must be a postgres:// URL (--to, or DATABASE_URL)\n${usage}\n`);
    return 2;
  }
  process.stdout.write(`copying ${from} into ${new URL(to).host}${new URL(to).pathname}\n`);
  const report = await copyToPostgres({
    from,
    to,
    dataKey: config.dataKey,
    dataKeyPrevious: config.dataKeyPrevious,
    logger: createLogger('warn', undefined, 'copy'),
  });
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`${formatCopyReport(report)}\npeak memory of this process: ${peakMb} MB\nstart the server with DATABASE_URL set to this database.\n`);
  return 0;
}

run().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`copy failed, nothing was copied: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
