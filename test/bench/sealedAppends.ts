import { randomBytes } from 'node:crypto';
import os from 'node:os';
import * as Y from 'yjs';
import { createLogger } from '../../server/logger';
import { BlobCipher, parseDataKey } from '../../server/store/BlobCipher';
import { PostgresDocumentStore } from '../../server/store/postgres/PostgresDocumentStore';
import { openPostgres } from '../../server/store/postgres/openPostgres';
import { sealStoredDocuments } from '../../server/store/postgres/sealStoredDocuments';

export interface SealedAppendsRow {
  readonly variant: 'plain' | 'DATA_KEY';
  readonly appends: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** This process's CPU (sealing, encoding, the driver) per append. */
  readonly cpuMicros: number;
  readonly storedBytes: number;
  /** Loading the document back: every update opened. */
  readonly loadMs: number;
}

export interface SealedAppendsResult {
  readonly rows: readonly SealedAppendsRow[];
  readonly loadAverage: { readonly start: readonly number[]; readonly end: readonly number[] };
}

const block = 250;

/**
 * One-keystroke appends to one PostgreSQL document, plain and sealed with DATA_KEY, one at a
 * time (each waits for its commit). The two stores take turns in blocks, so a busy moment of a
 * shared machine lands on both alike.
 */
export async function runSealedAppends(databaseUrl: string, appends: number): Promise<SealedAppendsResult> {
  const typed = new Y.Doc();
  const updates: Uint8Array[] = [];
  typed.on('update', (update: Uint8Array) => updates.push(update));
  const text = 'Goal: reads 40 words a minute. ';
  for (let i = 0; i < appends; i += 1) typed.getText('text').insert(i, text.charAt(i % text.length));

  const key = parseDataKey(randomBytes(32).toString('hex'))!;
  const variants = [];
  for (const [variant, cipher] of [['plain', new BlobCipher(null)], ['DATA_KEY', new BlobCipher(key)]] as const) {
    const schema = `bench_sealed_${variant === 'plain' ? 'plain' : 'key'}_${process.pid}`;
    const pool = await openPostgres({ connectionString: databaseUrl, schema, logger: createLogger('silent') });
    await sealStoredDocuments(pool, cipher);
    variants.push({ variant, schema, pool, store: new PostgresDocumentStore(pool, cipher), wallMs: 0, cpuMicros: 0, done: 0, samples: [] as number[] });
  }
  const start = os.loadavg();
  for (let round = 0; round * block < appends; round += 1) {
    for (const v of round % 2 === 0 ? variants : [...variants].reverse()) {
      const cpu = process.cpuUsage();
      const began = performance.now();
      for (let i = 0; i < block && v.done < appends; i += 1, v.done += 1) {
        const one = performance.now();
        await v.store.appendUpdate('ws_bench/plan', updates[v.done]!);
        v.samples.push(performance.now() - one);
      }
      v.wallMs += performance.now() - began;
      const used = process.cpuUsage(cpu);
      v.cpuMicros += used.user + used.system;
    }
  }
  const end = os.loadavg();
  const rows: SealedAppendsRow[] = [];
  for (const v of variants) {
    try {
      v.samples.sort((a, b) => a - b);
      const quantile = (q: number) => v.samples[Math.floor(q * (v.samples.length - 1))]!;
      const loadStarted = performance.now();
      await v.store.loadDocument('ws_bench/plan');
      const loadMs = performance.now() - loadStarted;
      const stored = await v.pool.query<{ bytes: string }>('SELECT sum(octet_length(data)) AS bytes FROM document_updates');
      rows.push({
        variant: v.variant,
        appends,
        perSecond: appends / (v.wallMs / 1000),
        p50Ms: quantile(0.5),
        p99Ms: quantile(0.99),
        cpuMicros: v.cpuMicros / appends,
        storedBytes: Number(stored.rows[0]!.bytes),
        loadMs,
      });
    } finally {
      await v.pool.query(`DROP SCHEMA ${v.schema} CASCADE`);
      await v.pool.end();
    }
  }
  return { rows, loadAverage: { start, end } };
}

export function sealedAppendsTable(result: SealedAppendsResult): string {
  const load = (values: readonly number[]) => values.map((value) => value.toFixed(2)).join(' ');
  const lines = [
    `load average ${load(result.loadAverage.start)} at start, ${load(result.loadAverage.end)} at end`,
    '',
    '| documents | appends | appends/s | p50 ms | p99 ms | CPU µs/append (this process) | stored bytes | load back ms |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of result.rows) {
    lines.push(
      `| ${row.variant} | ${row.appends} | ${row.perSecond.toFixed(0)} | ${row.p50Ms.toFixed(3)} | ${row.p99Ms.toFixed(3)} | ${row.cpuMicros.toFixed(1)} | ${row.storedBytes} | ${row.loadMs.toFixed(0)} |`,
    );
  }
  return lines.join('\n');
}
