import type pg from 'pg';
import { copiedTables, documentTables } from './copiedTables';
import { CopyRefusedError } from './openSource';

export interface TargetTable {
  /** Columns a row may be given (generated ones are computed by PostgreSQL). */
  readonly insertable: ReadonlySet<string>;
  /** Ids PostgreSQL numbers itself: an insert keeping the source's ids must override them. */
  readonly identityAlways: boolean;
  /** Columns whose next value comes from a sequence, moved past the copied ids afterwards. */
  readonly numbered: readonly string[];
}

interface ColumnRow {
  table_name: string;
  column_name: string;
  is_generated: string;
  is_identity: string;
  identity_generation: string | null;
  column_default: string | null;
}

const allTables = [...copiedTables, ...documentTables];

/**
 * Inside the copy's transaction: locks every table against writers (a server started on the
 * target meanwhile waits instead of mixing its rows in), refuses a target that already holds
 * anything, and reads the target's columns so each table's copy can be checked against them.
 */
export async function prepareTarget(client: pg.PoolClient): Promise<ReadonlyMap<string, TargetTable>> {
  await client.query(`LOCK TABLE ${allTables.join(', ')} IN EXCLUSIVE MODE`);
  const occupied: string[] = [];
  for (const table of allTables) {
    const { rows } = await client.query<{ found: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${table}) AS found`);
    if (rows[0]!.found) occupied.push(table);
  }
  if (occupied.length > 0) {
    throw new CopyRefusedError(
      `the target database already holds data (in ${occupied.join(', ')}); the copy goes only into an empty database and never merges: point --to at a new database or schema`,
    );
  }
  const { rows } = await client.query<ColumnRow>(
    `SELECT table_name, column_name, is_generated, is_identity, identity_generation, column_default
       FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ANY($1)`,
    [allTables],
  );
  const tables = new Map<string, { insertable: Set<string>; identityAlways: boolean; numbered: string[] }>();
  for (const row of rows) {
    const table = tables.get(row.table_name) ?? { insertable: new Set<string>(), identityAlways: false, numbered: [] };
    tables.set(row.table_name, table);
    if (row.is_generated !== 'NEVER') continue;
    table.insertable.add(row.column_name);
    if (row.is_identity === 'YES') {
      table.numbered.push(row.column_name);
      if (row.identity_generation === 'ALWAYS') table.identityAlways = true;
    } else if (row.column_default?.startsWith('nextval(')) {
      table.numbered.push(row.column_name);
    }
  }
  const missing = allTables.filter((table) => !tables.has(table));
  if (missing.length > 0) throw new CopyRefusedError(`the target lacks tables after its migrations (${missing.join(', ')})`);
  return tables;
}

/** Moves each sequence past the largest id copied, so the next row PostgreSQL numbers is new. */
export async function advanceSequences(client: pg.PoolClient, tables: ReadonlyMap<string, TargetTable>): Promise<void> {
  for (const [table, target] of tables) {
    for (const column of target.numbered) {
      await client.query(
        `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT max(${column}) FROM ${table}), 0) + 1, false)`,
        [table, column],
      );
    }
  }
}
