import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type * as Y from 'yjs';

/** One edit: like `Array.prototype.splice` on the text, at `pos` remove `deleted`, insert `inserted`. */
export type Patch = readonly [pos: number, deleted: number, inserted: string];

export interface SequentialTrace {
  readonly startContent: string;
  readonly endContent: string;
  readonly txns: readonly { readonly time?: string; readonly patches: readonly Patch[] }[];
}

export const tracesDir = path.resolve(import.meta.dirname, '..', 'fixtures', 'traces');

function isSequentialTrace(value: unknown): value is SequentialTrace {
  if (typeof value !== 'object' || value === null) return false;
  const trace = value as Record<string, unknown>;
  return typeof trace.startContent === 'string' && typeof trace.endContent === 'string' && Array.isArray(trace.txns);
}

/** Reads a gzipped trace in the editing-traces sequential format. */
export function readSequentialTrace(fileName: string): SequentialTrace {
  const parsed: unknown = JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(tracesDir, fileName))).toString('utf8'));
  if (!isSequentialTrace(parsed)) throw new Error(`${fileName} is not a sequential editing trace`);
  return parsed;
}

/** Applies one recorded transaction as one Yjs transaction, so it yields exactly one update. */
export function applyTxn(doc: Y.Doc, text: Y.Text, patches: readonly Patch[]): void {
  doc.transact(() => {
    for (const [pos, deleted, inserted] of patches) {
      if (deleted > 0) text.delete(pos, deleted);
      if (inserted.length > 0) text.insert(pos, inserted);
    }
  });
}
