import { Types } from 'mongoose';
import type { Models } from '../models';
import type { RoadmapRecord } from '../models/Roadmap';
import type { RoadmapItemRecord } from '../models/RoadmapItem';

/** One set of a roadmap's items and the set before it. */
interface Kept {
  stamp: string;
  items: RoadmapItemRecord[];
  previous?: { stamp: string; items: RoadmapItemRecord[] };
}

/** Roadmaps whose items stay in memory; past it the least recently used one is let go. */
const MAX_ROADMAPS = 500;

/**
 * The projected items of roadmaps, in position order, kept in memory per roadmap and tagged with
 * the roadmap's `itemsStamp`. A query on `roadmapId` makes FerretDB read and parse every item of
 * every roadmap, and the editors of a busy roadmap change its items every second; so the projection
 * writes each new set with a fresh stamp on the roadmap and hands the set to this store too, and a
 * reader who holds the roadmap record gets the items of exactly that stamp. The set before the
 * newest is kept too, for readers who read the roadmap just before its projection wrote. Another
 * process's projection changes the stamp, which sends this process to the database once.
 */
export class RoadmapItemStore {
  private readonly byRoadmap = new Map<string, Kept>();

  constructor(private readonly models: Models) {}

  /** A new stamp, unique across processes, for the next set of items of a roadmap. */
  static newStamp(): string {
    return new Types.ObjectId().toHexString();
  }

  /**
   * The items of `roadmap` in position order. Roadmaps never projected since stamps exist
   * (no `itemsStamp`) are read from the database every time. Callers must not change the records.
   */
  async itemsOf(roadmap: Pick<RoadmapRecord, '_id' | 'itemsStamp'>): Promise<RoadmapItemRecord[]> {
    const key = String(roadmap._id);
    const stamp = roadmap.itemsStamp;
    const kept = this.byRoadmap.get(key);
    const items = stamp ? [kept, kept?.previous].find((set) => set?.stamp === stamp)?.items : undefined;
    if (kept && items) {
      this.byRoadmap.delete(key);
      this.byRoadmap.set(key, kept);
      return items;
    }
    const read = await this.models.RoadmapItem.find({ roadmapId: roadmap._id })
      .sort({ position: 1 })
      .lean<RoadmapItemRecord[]>()
      .exec();
    // The items read are at least as new as the stamp read before them, so keeping them under
    // that stamp can only serve newer items, never older ones; a set the projection handed over
    // meanwhile is newer still and stays.
    if (stamp && this.byRoadmap.get(key) === kept) this.keep(key, stamp, read);
    return read;
  }

  /** Called by the projection once `items` (in position order) and the roadmap's new `stamp` are written. */
  projected(roadmapId: Types.ObjectId | string, stamp: string, items: RoadmapItemRecord[]): void {
    this.keep(String(roadmapId), stamp, items);
  }

  /** Lets go of a roadmap's items (a projection that failed half-way wrote some of a new set). */
  forget(roadmapId: Types.ObjectId | string): void {
    this.byRoadmap.delete(String(roadmapId));
  }

  private keep(key: string, stamp: string, items: RoadmapItemRecord[]): void {
    const kept = this.byRoadmap.get(key);
    this.byRoadmap.delete(key);
    this.byRoadmap.set(key, { stamp, items, previous: kept && { stamp: kept.stamp, items: kept.items } });
    if (this.byRoadmap.size > MAX_ROADMAPS) {
      const oldest = this.byRoadmap.keys().next().value;
      if (oldest !== undefined) this.byRoadmap.delete(oldest);
    }
  }
}
