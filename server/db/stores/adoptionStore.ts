import type { Types } from 'mongoose';
import { isDuplicateKey } from '../duplicateKey';
import { KeyedLock } from '../keyedLock';
import type { Models } from '../models';
import type { AdoptionRecord, AdoptionStatus } from '../models/Adoption';
import type { DataVersions } from '../dataVersion';
import type { AdoptionCells, AdoptionStatusReadModel } from './adoptionStatuses';

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

/**
 * Every write of adoption records goes through here, so the domain never sees FerretDB's
 * work-arounds: writes of one cell queue in this process (FerretDB 1.x applies an update as
 * read-then-write outside a transaction, so two concurrent updates of one record could lose one —
 * MongoDB applies each atomically; across processes on FerretDB the race remains, see the README),
 * writes address a record by `_id` when the read model knows it (the only filter FerretDB pushes
 * down), and the status read model is told about each write so it patches instead of rescanning.
 */
export class AdoptionStore {
  private readonly locks = new KeyedLock();

  constructor(
    private readonly models: Models,
    /** Every adoption's current status in memory, for summaries and the matrix. */
    readonly statuses: AdoptionStatusReadModel,
  ) {}

  /** The current cells as of `versions` (read when the request started). */
  cells(versions: DataVersions): Promise<AdoptionCells> {
    return this.statuses.current(versions);
  }

  /**
   * Writes a report on one cell with a new history entry (which also confirms it: needsReview
   * clears). `known` are the cells the caller read this request, for the record's `_id`. Returns the
   * record before and after.
   */
  report(
    key: AdoptionCellKey,
    state: AdoptionState,
    by: { userId: string; at: Date; source?: string | null },
    known: AdoptionCells,
  ): Promise<{ before: AdoptionRecord | null; after: AdoptionRecord | null }> {
    const standardId = String(key.standardId);
    return this.locks.run(`${key.municipalityId}:${standardId}`, async () => {
      const knownId = known.get(standardId)?.get(key.municipalityId)?.id;
      const cell = { municipalityId: key.municipalityId, standardId: key.standardId };
      const writeCell = () =>
        this.models.Adoption.findOneAndUpdate(
          knownId ? { _id: knownId } : cell,
          {
            $set: {
              ...state,
              needsReview: false,
              reviewVersion: null,
              updatedByUserId: by.userId,
              demo: false,
              // Where a real record comes from: an import names itself; a report in Koers is null.
              source: by.source ?? null,
            },
            // Only with an `_id` filter: the fields filter already puts these on an inserted record.
            ...(knownId ? { $setOnInsert: cell } : {}),
            $push: { history: { ...state, at: by.at, byUserId: by.userId } },
          },
          { upsert: true, returnDocument: 'before' },
        );
      let write = writeCell();
      let before: AdoptionRecord | null;
      try {
        before = await write.lean<AdoptionRecord | null>().exec();
      } catch (error) {
        // Two first reports on one cell race to insert it; the loser's retry finds it and updates it.
        if (!isDuplicateKey(error)) throw error;
        write = writeCell();
        before = await write.lean<AdoptionRecord | null>().exec();
      }
      // Noted at once, before anything else can read the bumped version: the read model then patches
      // this write in instead of rescanning (a new record's _id is learnt on the next rescan).
      this.statuses.noteWrite(
        write,
        { standardId, municipalityId: key.municipalityId },
        { ...(knownId ? { id: knownId } : {}), status: state.status, needsReview: false, demo: false },
      );
      const after = await (
        knownId ? this.models.Adoption.findById(knownId) : this.models.Adoption.findOne(cell)
      )
        .lean<AdoptionRecord>()
        .exec();
      return { before, after };
    });
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
