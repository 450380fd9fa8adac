import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Response } from 'express';
import { stringify } from 'csv-stringify';

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralises a cell a spreadsheet would run as a formula by prefixing a single quote, so
 * `=HYPERLINK(...)` typed into a title stays text when a manager opens the export in Excel.
 */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One column of an export: the header text and how to read the cell from a row. */
export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | boolean | Date | null | undefined;
}

/**
 * Streams `rows` as CSV to the response: UTF-8 with a BOM (so Excel detects UTF-8), a header row,
 * RFC 4180 quoting of commas, quotes and line breaks, and formula neutralisation of every text
 * cell. Rows are pulled one at a time from the source (a database cursor), so memory stays flat.
 */
export async function streamCsv<T>(
  res: Response,
  filename: string,
  columns: CsvColumn<T>[],
  rows: AsyncIterable<T>,
): Promise<void> {
  res.status(200);
  res.set({
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${filename}"`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  const toRecord = new Transform({
    objectMode: true,
    transform(row: T, _encoding, done) {
      done(
        null,
        columns.map((column) => column.value(row) ?? ''),
      );
    },
  });
  const stringifier = stringify({
    bom: true,
    header: true,
    columns: columns.map((c) => c.header),
    record_delimiter: 'windows',
    cast: {
      string: neutraliseCell,
      date: (value) => value.toISOString(),
      boolean: (value) => (value ? 'true' : 'false'),
    },
  });
  await pipeline(Readable.from(rows), toRecord, stringifier, res);
}
