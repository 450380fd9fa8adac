import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Response } from 'express';
import { stringify } from 'csv-stringify';

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"), at the start
 * of the cell or right after a separator: Excel in a Dutch locale splits on `;` as well as reading
 * the file's own `,`, and some tools split without honouring quotes.
 */
const FORMULA_AFTER_SEPARATOR = /(^|[,;\t])(?=[=+\-@\t\r])/g;

/** Cells containing these are quoted: both separators, the quote and line breaks. */
const NEEDS_QUOTES = /[,;"\r\n\t]/;

/**
 * Neutralises what a spreadsheet would run as a formula by a single quote before it, at the start
 * and after every separator, so `=HYPERLINK(...)` or `Zie plan;=10*10` typed into a note stays text
 * when a manager opens the export in Excel.
 */
export function neutraliseCell(value: string): string {
  return value.replace(FORMULA_AFTER_SEPARATOR, "$1'");
}

/** One column of an export: the header text and how to read the cell from a row. */
export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | boolean | Date | null | undefined;
}

/** The separators an export offers: `,` (RFC 4180) or `;`, which Excel with Dutch settings expects. */
export type CsvSeparator = 'comma' | 'semicolon';

const DELIMITERS: Record<CsvSeparator, string> = { comma: ',', semicolon: ';' };

/** Reads the `separator` query parameter: absent is `comma`; anything but the two names is null. */
export function csvSeparatorOf(value: unknown): CsvSeparator | null {
  if (value === undefined) return 'comma';
  return value === 'comma' || value === 'semicolon' ? value : null;
}

/**
 * Streams `rows` as CSV to the response: UTF-8 with a BOM (so Excel detects UTF-8 and shows accents
 * such as in "Súdwest-Fryslân"), a header row, cells split by `separator`, RFC 4180 quoting of every
 * cell with a comma, semicolon, tab, quote or line break (so it stays one cell whichever separator a
 * spreadsheet assumes), and formula neutralisation of every text cell. Rows are pulled one at a time
 * from the source (a database cursor), so memory stays flat.
 */
export async function streamCsv<T>(
  res: Response,
  filename: string,
  columns: CsvColumn<T>[],
  rows: AsyncIterable<T>,
  separator: CsvSeparator = 'comma',
): Promise<void> {
  res.status(200);
  res.set({
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${filename}"`,
    'Cache-Control': 'no-store',
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
    delimiter: DELIMITERS[separator],
    columns: columns.map((c) => c.header),
    record_delimiter: 'windows',
    quoted_match: NEEDS_QUOTES,
    cast: {
      string: neutraliseCell,
      date: (value) => value.toISOString(),
      boolean: (value) => (value ? 'true' : 'false'),
    },
  });
  await pipeline(Readable.from(rows), toRecord, stringifier, res);
}
