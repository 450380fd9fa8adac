import { Types } from 'mongoose';
import { parse } from 'csv-parse/sync';
import { isExplanation } from '../../../common/explanation';
import { isCbsCode, isIsoDate, MAX_NOTE_LENGTH } from '../../../common/validation';
import { assertCan, can } from '../../auth/can';
import { ADOPTION_STATUSES, type AdoptionStatus } from '../../db/models/Adoption';
import type { AdoptionState } from '../../db/stores/adoptionStore';
import { badUserInput } from '../../errors';
import { ADOPTION_CHANGED } from '../../events/topics';
import { recordChange, type DomainEvent } from '../change';
import type { RequestContext } from '../context';
import { mandatoryObligation } from '../programme/queries';

/** Largest CSV accepted (about 10,000 rows of the export). */
export const MAX_IMPORT_BYTES = 2_000_000;
/** Most rows in one import. */
export const MAX_IMPORT_ROWS = 10_000;
/** Columns an import must have; the others of the export (municipality, province, bron, updatedAt) are read past. */
export const REQUIRED_COLUMNS = ['municipalityCode', 'standard', 'status'] as const;

/** One row as read, with its problems. */
export interface ImportRow {
  line: number;
  municipalityCode: string | null;
  standard: string | null;
  status: string | null;
  errors: string[];
}

interface CheckedRow extends ImportRow {
  standardId?: Types.ObjectId;
  state?: AdoptionState;
}

const cell = (record: Record<string, string>, column: string) => (record[column] ?? '').trim();

/** Parses the CSV text; a file that is not CSV, lacks a required column or is too big is BAD_USER_INPUT. */
function readCsv(csv: string): Record<string, string>[] {
  if (csv.length > MAX_IMPORT_BYTES)
    throw badUserInput('csv', `must be at most ${MAX_IMPORT_BYTES} characters`);
  let records: Record<string, string>[];
  try {
    records = parse(csv, {
      columns: true,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: false,
    });
  } catch (error) {
    throw badUserInput('csv', `is not valid CSV (${(error as Error).message.split('\n')[0]})`);
  }
  if (records.length === 0) throw badUserInput('csv', 'has no rows');
  if (records.length > MAX_IMPORT_ROWS)
    throw badUserInput('csv', `must have at most ${MAX_IMPORT_ROWS} rows`);
  const missing = REQUIRED_COLUMNS.filter((column) => !(column in records[0]!));
  if (missing.length > 0) throw badUserInput('csv', `misses the column(s) ${missing.join(', ')}`);
  return records;
}

/** Checks every row against the catalogue, the municipalities, the viewer's rights and the report rules. */
async function checkRows(ctx: RequestContext, records: Record<string, string>[]): Promise<CheckedRow[]> {
  const { models } = ctx.runtime;
  const [municipalities, standards] = await Promise.all([
    models.Municipality.find({}, { _id: 1, validUntil: 1 }).lean().exec(),
    models.Standard.find({}, { _id: 1, slug: 1 }).lean().exec(),
  ]);
  const municipalityEnded = new Map(municipalities.map((m) => [m._id, Boolean(m.validUntil)]));
  const standardBySlug = new Map(standards.map((s) => [s.slug, s._id]));
  const seen = new Map<string, number>();
  const rows: CheckedRow[] = [];
  for (const [index, record] of records.entries()) {
    const line = index + 2;
    const code = cell(record, 'municipalityCode');
    const slug = cell(record, 'standard');
    const status = cell(record, 'status');
    const targetDate = cell(record, 'targetDate');
    const note = cell(record, 'note');
    const row: CheckedRow = {
      line,
      municipalityCode: code || null,
      standard: slug || null,
      status: status || null,
      errors: [],
    };
    if (!isCbsCode(code) || !municipalityEnded.has(code)) row.errors.push(`onbekende gemeentecode "${code}"`);
    else if (municipalityEnded.get(code))
      row.errors.push(`gemeente ${code} is opgeheven en neemt geen meldingen meer aan`);
    else if (!can(ctx.viewer, 'adoption:update', { municipalityId: code }))
      row.errors.push(`je mag niet rapporteren voor ${code}`);
    const standardId = standardBySlug.get(slug);
    if (!standardId) row.errors.push(`onbekende standaard "${slug}"`);
    if (!(ADOPTION_STATUSES as readonly string[]).includes(status))
      row.errors.push(`onbekende status "${status}"`);
    if (targetDate && !isIsoDate(targetDate))
      row.errors.push(`streefdatum "${targetDate}" is geen datum (JJJJ-MM-DD)`);
    if (note.length > MAX_NOTE_LENGTH) row.errors.push(`toelichting is langer dan ${MAX_NOTE_LENGTH} tekens`);
    if (status === 'EXPLAINED' && !isExplanation(note))
      row.errors.push('EXPLAINED zonder toelichting van ten minste een zin');
    const key = `${code}|${slug}`;
    if (seen.has(key)) row.errors.push(`dubbel: dezelfde gemeente en standaard als regel ${seen.get(key)}`);
    else seen.set(key, line);
    if (status === 'EXPLAINED' && standardId && row.errors.length === 0) {
      const mandatory = await mandatoryObligation(ctx, code, String(standardId));
      if (mandatory)
        row.errors.push(`${mandatory.obligation.subject} is VERPLICHT: uitleggen is niet toegestaan`);
    }
    if (row.errors.length === 0 && standardId) {
      row.standardId = standardId;
      row.state = {
        status: status as AdoptionStatus,
        targetDate: targetDate || null,
        adoptedVersion: cell(record, 'adoptedVersion') || null,
        note: note || null,
      };
    }
    rows.push(row);
  }
  return rows;
}

/**
 * Imports measured adoption from CSV (the columns of the adoption export). Every row is checked
 * first; with `apply` and no row in error, every row is written (history, `source` = the import)
 * and the import is one audit event. While any row is wrong nothing is written.
 */
export async function importAdoptions(ctx: RequestContext, input: { csv: string; apply: boolean }) {
  const viewer = assertCan(ctx.viewer, 'adoption:import');
  const rows = await checkRows(ctx, readCsv(input.csv));
  const errorCount = rows.filter((row) => row.errors.length > 0).length;
  const present = (row: CheckedRow): ImportRow => ({
    line: row.line,
    municipalityCode: row.municipalityCode,
    standard: row.standard,
    status: row.status,
    errors: row.errors,
  });
  if (!input.apply || errorCount > 0) return { rows: rows.map(present), errorCount, applied: false };

  const at = ctx.runtime.now();
  const source = `CSV-import van ${at.toISOString().slice(0, 10)} door ${viewer.name}`;
  const events: DomainEvent[] = [];
  const filings: Promise<void>[] = [];
  for (const row of rows) {
    const { after, filed } = await ctx.runtime.adoptions.report(
      { municipalityId: row.municipalityCode!, standardId: row.standardId! },
      row.state!,
      { userId: viewer.id, at, source },
      await ctx.loaders.adoptionCells(),
    );
    filings.push(filed);
    events.push({
      topic: ADOPTION_CHANGED,
      payload: {
        adoptionId: String(after._id),
        municipalityId: after.municipalityId,
        standardId: String(after.standardId),
      },
    });
  }
  await recordChange(ctx, viewer, {
    action: 'adoption:import',
    subjectType: 'AdoptionImport',
    subjectId: new Types.ObjectId().toHexString(),
    before: null,
    after: {
      rows: rows.length,
      source,
      cells: rows.map((row) => ({
        municipalityId: row.municipalityCode,
        standard: row.standard,
        status: row.status,
      })),
    },
    events,
    alongside: filings,
  });
  return { rows: rows.map(present), errorCount: 0, applied: true };
}
