import { randomBytes } from 'node:crypto';
import os from 'node:os';
import pg from 'pg';
import * as Y from 'yjs';
import { createLogger } from '../server/logger';
import { BlobCipher, parseDataKey } from '../server/store/BlobCipher';
import { PostgresDocumentStore } from '../server/store/postgres/PostgresDocumentStore';
import { openPostgres } from '../server/store/postgres/openPostgres';
import { sealStoredDocuments } from '../server/store/postgres/sealStoredDocuments';

const url = 'postgres://postgres@127.0.0.1:5432/test';
const count = Number(process.argv[2] ?? 10000);
const concurrency = Number(process.argv[3] ?? 1);

async function run(label: string, cipher: BlobCipher) {
  const schema = `bench_${label}_${process.pid}`;
  const pool = await openPostgres({ connectionString: url, schema, logger: createLogger('silent') });
  await sealStoredDocuments(pool, cipher);
  const store = new PostgresDocumentStore(pool, cipher);
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  for (let i = 0; i < count; i += 1) doc.getText('text').insert(doc.getText('text').length, 'a');
  const load = os.loadavg()[0]!.toFixed(2);
  const started = performance.now();
  let next = 0;
  const worker = async (w: number) => {
    for (;;) {
      const i = next++;
      if (i >= count) return;
      await store.appendUpdate(`ws${w}/plan`, updates[i]!);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
  const ms = performance.now() - started;
  const loaded = performance.now();
  for (let w = 0; w < concurrency; w++) await store.loadDocument(`ws${w}/plan`);
  const loadMs = performance.now() - loaded;
  console.log(`${label}: ${count} appends, concurrency ${concurrency}: ${ms.toFixed(0)} ms, ${(count / (ms / 1000)).toFixed(0)}/s, ${(ms / count * concurrency).toFixed(3)} ms each; load of ${concurrency} doc(s) ${loadMs.toFixed(0)} ms; load avg at start ${load}, at end ${os.loadavg()[0]!.toFixed(2)}`);
  await pool.query(`DROP SCHEMA ${schema} CASCADE`);
  await pool.end();
}

const key = parseDataKey(randomBytes(32).toString('hex'))!;
const order = process.argv[4] === 'sealed-first' ? ['sealed', 'plain'] : ['plain', 'sealed'];
for (const label of order) await run(label, label === 'sealed' ? new BlobCipher(key) : new BlobCipher(null));
// pure seal cost
const c = new BlobCipher(key);
const u = new Uint8Array(30);
const t = performance.now();
for (let i = 0; i < 100000; i++) c.seal(u, 'ws_x/plan');
console.log(`seal of a 30-byte update in process: ${((performance.now() - t) / 100000 * 1000).toFixed(2)} µs`);
void pg;
