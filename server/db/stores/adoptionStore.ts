import { Types } from 'mongoose';
import { isDuplicateKey } from '../duplicateKey';
import { KeyedLock } from '../keyedLock';
import type { Models } from '../models';
import {
  ADOPTIONS_VERSION,
  type AdoptionCurrent,
  type AdoptionHistoryRecord,
  type AdoptionStatus,
} from '../models/Adoption';
import { bumpDataVersion, type DataVersions } from '../dataVersion';
import type { AdoptionCell, AdoptionCells, AdoptionStatusReadModel } from './adoptionStatuses';
import { AdoptionHistoryStore, type FiledEntry } from './adoptionHistory';

/** One municipality × one standard. */
export interface AdoptionCellKey {
  municipalityId: string;
  standardId: Types.ObjectId;
}

/** What a report sets. */
export interface AdoptionState {
  status: AdoptionStatus;
  targetDate: string | null;
  adoptedVersion: string | null;
  note: string | null;
  /** The cooperation through which this is reported; null when the municipality reports itself. */
  cooperationId?: string | null;
}

/** A report as written: the record before and after, and the filing of its history entry. */
export interface Report {
  before: AdoptionCurrent | null;
  after: AdoptionCurrent;
  /**
   * Settles once the history entry is filed and the version counter bumped: the answer waits for
   * it, so a reader (in any process) who saw the answer sees the report.
   */
  filed: Promise<void>;
}

/**
 * Every write of adoption records goes through here, so the domain never sees FerretDB's
 * work-arounds: writes of one cell queue in this process (FerretDB 1.x applies an update as
 * read-then-write outside a transaction, so two concurrent updates of one record could lose one —
 * MongoDB applies each atomically; across processes on FerretDB the race remains, see the README),
 * writes address a record by `_id` (the only filter FerretDB pushes down), and the status read
 * model is told about each write so it patches instead of rescanning.
 */
export class AdoptionStore {
  private readonly locks = new KeyedLock();
  /**
   * History filings per cell, queued in the order their records were written (each is queued while
   * its report holds the cell), so entries are filed in order while the cell is free for the next.
   */
  private readonly filings = new KeyedLock();
  /** The filed history of every record. */
  readonly history: AdoptionHistoryStore;

  constructor(
    private readonly models: Models,
    /** Every adoption's current status in memory, for summaries and the matrix. */
    readonly statuses: AdoptionStatusReadModel,
  ) {
    this.history = new AdoptionHistoryStore(models);
  }

  /** The current cells as of `versions` (read when the request started). */
  cells(versions: DataVersions): Promise<AdoptionCells> {
    return this.statuses.current(versions);
  }

  /**
   * Writes a report on one cell and files its history entry (a report also confirms the cell:
   * needsReview clears). `known` are the cells the caller read this request, for the record's
   * `_id`. Resolves once the record is written, with the record before (without its history) and
   * the record as written, built from it without another read: two small writes per report (the
   * record, its history entry), however long the history grows. `filed` settles when the entry is
   * filed (in the order of the cell's reports) and the version counter bumped, while the caller's
   * own writes (audit, review task) go beside both instead of after them. Until it is filed the
   * entry is the record's `lastEntry`, which readers of the history take.
   */
  report(
    key: AdoptionCellKey,
    state: AdoptionState,
    by: { userId: string; at: Date; source?: string | null },
    known: AdoptionCells,
  ): Promise<Report> {
    const standardId = String(key.standardId);
    const cellKey = `${key.municipalityId}:${standardId}`;
    return this.locks.run(cellKey, async () => {
      const cell = { municipalityId: key.municipalityId, standardId: key.standardId };
      const entry: FiledEntry = {
        ...state,
        cooperationId: state.cooperationId ? new Types.ObjectId(state.cooperationId) : null,
        at: by.at,
        byUserId: new Types.ObjectId(by.userId),
        entryId: new Types.ObjectId().toHexString(),
      };
      const set = {
        ...state,
        cooperationId: entry.cooperationId,
        needsReview: false,
        reviewVersion: null,
        updatedByUserId: new Types.ObjectId(by.userId),
        demo: false,
        // Where a real record comes from: an import names itself; a report in Koers is null.
        source: by.source ?? null,
        updatedAt: by.at,
      };
      // Written with the driver, not the model: mongoose cast every report's update (the entry as a
      // subdocument, the update cloned) for fields already of their types, a few percent of the
      // server's CPU under load. So a new record gets the kept-entries default the model gave it.
      // Always addressed by `_id`, the only filter FerretDB pushes down: a cell without a record gets
      // a new id here, and the unique index on the cell refuses it if a record appeared meanwhile.
      // No projection: FerretDB 1.x refuses `fields` on findAndModify; the history is dropped below.
      // No hooks: the version counter is bumped below, beside the history filing.
      const writeCell = (id: Types.ObjectId) =>
        this.models.Adoption.collection.findOneAndUpdate(
          { _id: id },
          {
            $set: { ...set, lastEntry: entry },
            $setOnInsert: { ...cell, history: [], createdAt: by.at },
            $inc: { historyLength: 1 },
          },
          { upsert: true, returnDocument: 'before' },
        ) as Promise<AdoptionCurrent | null>;
      const knownId = known.get(standardId)?.get(key.municipalityId)?.id;
      let id = knownId ? new Types.ObjectId(knownId) : new Types.ObjectId();
      const writeRecord = async () => {
        try {
          return await writeCell(id);
        } catch (error) {
          // A record this request did not know of (written since it read the cells, here or in
          // another process): found once by the cell, then written by its `_id`.
          if (!isDuplicateKey(error)) throw error;
          const existing = await this.models.Adoption.findOne(cell, { _id: 1 }).lean().exec();
          if (!existing) throw error;
          id = existing._id;
          return writeCell(id);
        }
      };
      const written = writeRecord();
      // The counter is bumped here rather than by the model's hook, so the history entry is filed
      // (and the caller's own writes start) while it is: one database step fewer before the answer.
      // Bumped before the cell is let go, so the cell's next report takes the next version.
      const bumped = this.statuses.writing(async () => {
        await written;
        const version = await bumpDataVersion(this.models.Adoption.db, ADOPTIONS_VERSION);
        // Noted at once: the read model then patches this write in instead of rescanning.
        this.statuses.noteWrite(
          version,
          { standardId, municipalityId: key.municipalityId },
          { id: String(id), status: state.status, needsReview: false, demo: false },
        );
      });
      // A failed record write is thrown by `written` below; a failed bump reaches the caller in `filed`.
      bumped.catch(() => undefined);
      const before = await written;
      const position = before?.historyLength ?? 0;
      const filing = this.filings.run(cellKey, () =>
        this.history.file({ adoptionId: id, ...cell }, position, entry, before?.lastEntry),
      );
      const filed = Promise.all([filing, bumped]).then(() => undefined);
      // Handled here as well as by the caller, who may await something else first.
      filed.catch(() => undefined);
      // Entries kept on old records can be many: neither answer carries them (`history` reads them).
      if (before) delete before.history;
      const after: AdoptionCurrent = {
        ...(before ?? { ...cell, createdAt: by.at }),
        ...set,
        historyLength: position + 1,
        lastEntry: entry,
        _id: id,
      } as AdoptionCurrent;
      return { before, after, filed };
    });
  }

  /**
   * The whole history of each record among `cells` (one standard's cells, by municipality, from the
   * status read model), oldest entry first. Each record is read by its `_id`: FerretDB reads every
   * record of the collection for a filter on the standard.
   */
  historiesOf(
    cells: ReadonlyMap<string, AdoptionCell>,
  ): Promise<Array<{ municipalityId: string; demo: boolean; entries: AdoptionHistoryRecord[] }>> {
    const projection = { history: 1, historyLength: 1, lastEntry: 1 };
    return Promise.all(
      [...cells].map(async ([municipalityId, cell]) => {
        const record = await this.models.Adoption.findById(cell.id, projection)
          .lean<AdoptionCurrent>()
          .exec();
        return {
          municipalityId,
          demo: cell.demo,
          entries: record ? await this.history.entriesOf(record) : [],
        };
      }),
    );
  }

  /**
   * Marks the records of these municipalities on one standard as needing review against
   * `reviewVersion`, holding each cell's queue so no report in flight is overwritten. One
   * statement for all records: well clear of FerretDB's hang on 100-statement updates.
   */
  requestReview(
    standardId: Types.ObjectId,
    municipalityIds: readonly string[],
    reviewVersion: string,
  ): Promise<void> {
    if (municipalityIds.length === 0) return Promise.resolve();
    const keys = municipalityIds.map((municipalityId) => `${municipalityId}:${String(standardId)}`);
    return this.locks.runAll(keys, async () => {
      await this.models.Adoption.updateMany(
        { standardId, municipalityId: { $in: [...municipalityIds] } },
        { $set: { needsReview: true, reviewVersion } },
      ).exec();
    });
  }
}
