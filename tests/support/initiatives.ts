import type { Models } from '../../server/db/models';
import { standardSearchText } from '../../server/db/models/Standard';

/** Inserts a standard for initiative tests (the catalogue's own factory lives with that domain). */
export async function buildTestStandard(models: Models, slug: string, name = slug) {
  const standard = await models.Standard.create({
    slug,
    name,
    category: 'API_STANDARD',
    lifecycle: 'ESTABLISHED',
    searchText: standardSearchText({ name, slug }),
  });
  return { id: String(standard._id), slug, name };
}

/**
 * Parses RFC 4180 CSV (quoted fields with separators, quotes and line breaks) into rows of cells.
 * A quote opens a quoted field only at the start of a field, as in spreadsheets, so `separator`
 * `;` reads a comma file as Excel in a Dutch locale does.
 */
export function parseCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === separator) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      // CRLF ends the record; the \n is consumed by the next branch.
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

/** The CSV as objects keyed by the header row. */
export function csvRecords(text: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries((header ?? []).map((name, i) => [name, row[i] ?? ''])));
}
