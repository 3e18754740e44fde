/** How much one INSERT carries: few enough rows and bytes that memory stays flat whatever the installation's size. */
export const batchLimits = { rows: 500, bytes: 4 * 1024 * 1024 } as const;

// PostgreSQL numbers parameters with 16 bits.
const maxParameters = 65_535;

export type CellValue = string | number | bigint | Buffer | null;

export const cellBytes = (value: CellValue): number =>
  value === null ? 1 : typeof value === 'string' ? value.length : Buffer.isBuffer(value) ? value.byteLength : 8;

export const quoteName = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** One multi-row INSERT: `rows` share `columns`' order; ids the target would number itself are kept. */
export function insertStatement(table: string, columns: readonly string[], rows: readonly (readonly CellValue[])[], overrideIdentity: boolean): { text: string; values: CellValue[] } {
  const values: CellValue[] = [];
  const tuples = rows.map((row) => {
    const placeholders = row.map((value) => {
      values.push(value);
      return `$${values.length}`;
    });
    return `(${placeholders.join(', ')})`;
  });
  const text = `INSERT INTO ${quoteName(table)} (${columns.map(quoteName).join(', ')})${overrideIdentity ? ' OVERRIDING SYSTEM VALUE' : ''} VALUES ${tuples.join(', ')}`;
  return { text, values };
}

/** Rows per INSERT for a table this wide, within PostgreSQL's parameter limit. */
export const rowsPerBatch = (columnCount: number): number => Math.max(1, Math.min(batchLimits.rows, Math.floor(maxParameters / columnCount)));
