import type { DataVersions } from '../dataVersion';
import type { Models } from '../models';
import { ADOPTIONS_VERSION, type AdoptionStatus } from '../models/Adoption';

/** The current status of one municipality on one standard, without the record's history. */
export interface AdoptionCell {
  /** The record's `_id`, for reads and writes that FerretDB can push down. */
  id: string;
  status: AdoptionStatus;
  needsReview: boolean;
  /** Generated demo data (seeds), never a measured figure: summaries count and can hide it. */
  demo: boolean;
}

/** Cells per standard id, then per municipality code; read-only for callers. */
export type AdoptionCells = ReadonlyMap<string, ReadonlyMap<string, AdoptionCell>>;

/** A write this process made, known cell by cell, at the version its write bumped the counter to. */
interface Note {
  standardId: string;
  municipalityId: string;
  cell: AdoptionCell;
}

/** Beyond this many unread notes the next read rebuilds anyway; bounds memory without readers. */
const MAX_NOTES = 10_000;
/** How often a reader waits for this process's writes in flight before it rescans instead. */
const MAX_WAITS = 3;

/**
 * Every adoption record's status in memory, so summaries and the matrix never scan the adoption
 * collection (FerretDB reads each record whole, history and all, for any filter but `_id`).
 *
 * Coherence comes from the `adoptions` version counter (server/db/dataVersion.ts), which every
 * write through the Adoption model bumps — in any process, including seeds, test factories and
 * the backup import. Each request reads the counters once (one small query, shared by concurrent requests): unchanged, the cells are
 * current; changed only by this process's own noted writes, those are patched in; otherwise the
 * cells are rebuilt with one scan, shared by the requests waiting for it. No time-to-live: a
 * stale answer would need a write that skips the counter, and every writer path bumps it.
 */
export class AdoptionStatusReadModel {
  private cells = new Map<string, Map<string, AdoptionCell>>();
  /** The counter value the cells reflect; -1 before the first build. */
  private version = -1;
  private building: Promise<void> | undefined;
  private readonly notes = new Map<number, Note>();
  /** Rebuilds so far: a rebuild may change any standard's cells. */
  private generation = 0;
  /** Patches per standard since the last rebuild. */
  private readonly patches = new Map<string, number>();
  /** This process's writes between their version bump and their note. */
  private inFlight = 0;
  private waiting: Array<() => void> = [];

  constructor(private readonly models: Models) {}

  /** The cells as of `versions` (read when the request started: every write returned before is in). */
  async current(versions: DataVersions): Promise<AdoptionCells> {
    const version = versions.get(ADOPTIONS_VERSION) ?? 0;
    let waits = 0;
    // A rebuild already running may have read an older counter: wait for one that covers `version`.
    while (this.version < version && !this.patchTo(version)) {
      // A version missing its note is most likely this process's own write, bumped but not yet
      // noted (under 50 writes a second, often): its note is moments away, a rescan is not.
      if (this.inFlight > 0 && waits++ < MAX_WAITS) {
        await new Promise<void>((resolve) => this.waiting.push(resolve));
        continue;
      }
      await this.rebuild(version);
    }
    return this.cells;
  }

  /**
   * The cells of one standard as they are now, with a stamp that changes whenever they do (a patch
   * of the standard, or a rebuild), unlike the adoptions counter, which every write moves: a
   * figure computed from one standard's cells is reused while its stamp holds. Read both at once,
   * after {@link current}, with nothing awaited in between.
   */
  standardCells(standardId: string): { stamp: string; cells: ReadonlyMap<string, AdoptionCell> | undefined } {
    return {
      stamp: `${this.generation}:${this.patches.get(standardId) ?? 0}`,
      cells: this.cells.get(standardId),
    };
  }

  /**
   * Runs an own write of adoption records that ends with {@link noteWrite}: readers that meet its
   * version before its note wait for it instead of rescanning.
   */
  async writing<T>(write: () => Promise<T>): Promise<T> {
    this.inFlight += 1;
    try {
      return await write();
    } finally {
      this.inFlight -= 1;
      const waiting = this.waiting;
      this.waiting = [];
      for (const resolve of waiting) resolve();
    }
  }

  /** Records a write of this process: `version` is the one its bump took, `cell` the state it wrote. */
  noteWrite(
    version: number,
    where: { standardId: string; municipalityId: string },
    cell: AdoptionCell,
  ): void {
    if (version <= this.version) return;
    if (this.notes.size >= MAX_NOTES) this.notes.clear();
    this.notes.set(version, { ...where, cell });
  }

  /** Applies the noted writes up to `version` when every step in between is one of them. */
  private patchTo(version: number): boolean {
    if (this.version < 0) return false;
    for (let v = this.version + 1; v <= version; v++) if (!this.notes.has(v)) return false;
    for (let v = this.version + 1; v <= version; v++) {
      const { standardId, municipalityId, cell } = this.notes.get(v)!;
      this.cellsOf(standardId).set(municipalityId, cell);
      this.patches.set(standardId, (this.patches.get(standardId) ?? 0) + 1);
      this.notes.delete(v);
    }
    this.version = version;
    return true;
  }

  /** One scan at a time; `version` was read before it starts, so writes during it show as newer. */
  private rebuild(version: number): Promise<void> {
    this.building ??= this.scan(version).finally(() => (this.building = undefined));
    return this.building;
  }

  private async scan(version: number): Promise<void> {
    const rows = await this.models.Adoption.find(
      {},
      { _id: 1, municipalityId: 1, standardId: 1, status: 1, needsReview: 1, demo: 1 },
    )
      .lean<
        Array<{
          _id: unknown;
          municipalityId: string;
          standardId: unknown;
          status: AdoptionStatus;
          needsReview?: boolean;
          demo?: boolean;
        }>
      >()
      .exec();
    const cells = new Map<string, Map<string, AdoptionCell>>();
    for (const row of rows) {
      const key = String(row.standardId);
      let perStandard = cells.get(key);
      if (!perStandard) cells.set(key, (perStandard = new Map()));
      perStandard.set(row.municipalityId, {
        id: String(row._id),
        status: row.status,
        needsReview: row.needsReview ?? false,
        demo: row.demo ?? false,
      });
    }
    if (version < this.version) return;
    this.cells = cells;
    this.version = version;
    this.generation += 1;
    this.patches.clear();
    for (const v of this.notes.keys()) if (v <= version) this.notes.delete(v);
  }

  private cellsOf(standardId: string): Map<string, AdoptionCell> {
    let perStandard = this.cells.get(standardId);
    if (!perStandard) {
      perStandard = new Map();
      this.cells.set(standardId, perStandard);
    }
    return perStandard;
  }
}
