import type { AnyBulkWriteOperation } from 'mongoose';
import { Types } from 'mongoose';
import type * as Y from 'yjs';
import { bulkWriteInBatches } from '../../db/bulkWrite';
import type { Models } from '../../db/models';
import type { RoadmapRecord } from '../../db/models/Roadmap';
import type { RoadmapItemRecord } from '../../db/models/RoadmapItem';
import { RoadmapItemStore } from '../../db/stores/roadmapItems';
import type { Logger } from '../../logger';
import { RichTextField } from '../../../common/collab';
import { readRoadmap } from '../../../common/roadmapDocument';
import { PROJECTED_TEXT_MAX_LENGTH, richTextOf } from '../../../common/richText';
import { withinLimits } from '../../../common/roadmapLimits';
import { ProjectionScheduler } from './scheduler';
import type { RoadmapProjected } from '../../domain/roadmap/events';

/**
 * Mirrors a roadmap document's meta, lanes, milestones (into the Roadmap record) and items (into
 * RoadmapItem records) so queries never load a Y.Doc. Debounced; writes only items that changed.
 * Malformed entries are skipped and logged, and the mutations' limits applied (common/roadmapLimits.ts:
 * long titles cut, unknown statuses dropped, items with impossible years left out); a failed write
 * is logged and retried on the next edit.
 */
export class RoadmapProjector {
  private readonly scheduler: ProjectionScheduler;
  /** What the collection holds, per item id; null until read once. */
  private projected: Map<string, RoadmapItemRecord> | null = null;
  /** The Roadmap record's projected fields as JSON; null until read once. */
  private projectedMeta: string | null = null;
  /** The record's `visionText`; undefined until read once, null when never projected. */
  private projectedVision: string | null | undefined = undefined;
  private fallback = { title: '', startYear: 0, endYear: 0 };
  private readonly roadmapId: Types.ObjectId;
  /** `roadmapId` as text, the prefix of every item record's `_id`. */
  private readonly roadmapKey: string;
  private listener: (change: RoadmapProjected) => void = () => undefined;

  constructor(
    private readonly models: Models,
    /** Told each new set of items, so readers in this process need not query them. */
    private readonly items: RoadmapItemStore,
    /** The document, read when projecting (the owner applies its stored state on first read). */
    private readonly doc: () => Y.Doc,
    roadmapId: string,
    private readonly logger: Logger,
  ) {
    this.roadmapId = new Types.ObjectId(roadmapId);
    this.roadmapKey = String(this.roadmapId);
    this.scheduler = new ProjectionScheduler(
      () => this.project(),
      (error) =>
        this.logger.error(
          { err: error.message, roadmapId: String(this.roadmapId) },
          'roadmap projection failed',
        ),
    );
  }

  /** Tells `listener` after each run that wrote something (the search index follows the projection). */
  onProjected(listener: (change: RoadmapProjected) => void): void {
    this.listener = listener;
  }

  /** Marks the document changed; projects debounced (see {@link ProjectionScheduler}). */
  schedule(): void {
    this.scheduler.schedule();
  }

  /** Projects now if anything changed; resolves when the collections reflect the document. */
  flush(): Promise<void> {
    return this.scheduler.flush();
  }

  private async project(): Promise<void> {
    const read = readRoadmap(this.doc());
    if (read.problems.length > 0) {
      this.logger.warn(
        { roadmapId: String(this.roadmapId), problems: read.problems.slice(0, 20) },
        'roadmap document has malformed entries; skipped in the projection',
      );
    }
    // A writer on the socket is held to the mutations' limits here; the editor shows what gave.
    const { content, problems } = withinLimits(read);
    if (problems.length > 0) {
      this.logger.warn(
        { roadmapId: String(this.roadmapId), problems: problems.slice(0, 20) },
        'roadmap document exceeds the limits; clamped or skipped in the projection',
      );
    }
    let stored: RoadmapRecord | null = null;
    if (this.projectedMeta === null) {
      stored = await this.models.Roadmap.findById(this.roadmapId).lean();
      if (stored)
        this.fallback = { title: stored.title, startYear: stored.startYear, endYear: stored.endYear };
      this.projectedMeta = stored ? JSON.stringify(metaOf(stored)) : '';
      this.projectedVision = stored?.visionText ?? null;
    }
    const vision = richTextOf(this.doc().getXmlFragment(RichTextField.roadmap), PROJECTED_TEXT_MAX_LENGTH);
    const visionChanged = vision !== this.projectedVision;
    // A malformed meta key keeps the last good value rather than blanking the record.
    const meta = metaOf({
      title: content.meta.title ?? this.fallback.title,
      startYear: content.meta.startYear ?? this.fallback.startYear,
      endYear: content.meta.endYear ?? this.fallback.endYear,
      lanes: content.lanes,
      milestones: content.milestones,
    });
    const metaJson = JSON.stringify(meta);
    const metaChanged = metaJson !== this.projectedMeta;
    if (!this.projected) {
      const existing = await this.items.itemsOf(stored ?? { _id: this.roadmapId });
      this.projected = new Map(existing.map((r) => [r.itemId, this.toRecord(r, r.position)]));
    }
    const next = new Map<string, RoadmapItemRecord>();
    const records: RoadmapItemRecord[] = [];
    const operations: AnyBulkWriteOperation<RoadmapItemRecord>[] = [];
    const changedIds: string[] = [];
    content.items.forEach((item, position) => {
      const record = this.toRecord({ ...item, itemId: item.id }, position);
      next.set(item.id, record);
      records.push(record);
      const projected = this.projected?.get(item.id);
      if (!projected || !sameItem(projected, record)) {
        operations.push({ replaceOne: { filter: { _id: record._id }, replacement: record, upsert: true } });
        changedIds.push(record._id);
      }
    });
    for (const id of this.projected.keys()) {
      if (next.has(id)) continue;
      operations.push({ deleteOne: { filter: { _id: `${this.roadmapKey}:${id}` } } });
      changedIds.push(`${this.roadmapKey}:${id}`);
    }
    const itemsStamp = operations.length > 0 ? RoadmapItemStore.newStamp() : null;
    if (metaChanged || visionChanged || itemsStamp) {
      try {
        if (operations.length > 0) await bulkWriteInBatches(this.models.RoadmapItem, operations);
        // `updatedAt` is the roadmap's most recent activity.
        await this.models.Roadmap.updateOne(
          { _id: this.roadmapId },
          {
            $set: {
              ...(metaChanged ? meta : {}),
              ...(visionChanged ? { visionText: vision } : {}),
              ...(itemsStamp ? { itemsStamp } : {}),
              updatedAt: new Date(),
            },
          },
          { timestamps: false },
        );
      } catch (error) {
        // Items written under the old stamp: no one may serve that stamp's set from memory, and
        // the next run (the items still differ from `projected`) writes them with a new stamp.
        this.items.forget(this.roadmapId);
        throw error;
      }
      this.projected = next;
      if (itemsStamp) this.items.projected(this.roadmapId, itemsStamp, records);
      this.projectedMeta = metaJson;
      this.projectedVision = vision;
      this.fallback = { title: meta.title, startYear: meta.startYear, endYear: meta.endYear };
      const roadmapId = String(this.roadmapId);
      this.listener({
        roadmapId,
        // The vision is searched with the roadmap's record, not with its items.
        metaChanged: metaChanged || visionChanged,
        // Items show their roadmap's title, so a new title refreshes them all.
        itemIds: metaChanged
          ? [...new Set([...changedIds, ...[...next.keys()].map((id) => `${roadmapId}:${id}`)])]
          : changedIds,
      });
    }
  }

  /** The record of `item` at `position`. */
  private toRecord(
    item: Omit<RoadmapItemRecord, '_id' | 'roadmapId' | 'position'>,
    position: number,
  ): RoadmapItemRecord {
    return {
      _id: `${this.roadmapKey}:${item.itemId}`,
      roadmapId: this.roadmapId,
      itemId: item.itemId,
      position,
      title: item.title,
      startYear: item.startYear,
      endYear: item.endYear,
      laneId: item.laneId ?? null,
      status: item.status ?? null,
      standardIds: [...item.standardIds],
      initiativeIds: [...(item.initiativeIds ?? [])],
      owner: item.owner ?? null,
    };
  }
}

interface ProjectedMeta {
  title: string;
  startYear: number;
  endYear: number;
  lanes: Array<{ id: string; title: string }>;
  milestones: Array<{ id: string; title: string; date: string }>;
}

function metaOf(source: ProjectedMeta): ProjectedMeta {
  return {
    title: source.title,
    startYear: source.startYear,
    endYear: source.endYear,
    lanes: source.lanes.map((l) => ({ id: l.id, title: l.title })),
    milestones: source.milestones.map((m) => ({ id: m.id, title: m.title, date: m.date })),
  };
}

/**
 * Whether two records of one roadmap's item are equal, field by field: every run compares every
 * item (1,200 in the soak, twice a second per document), so this is kept cheaper than
 * serializing them.
 */
function sameItem(a: RoadmapItemRecord, b: RoadmapItemRecord): boolean {
  return (
    a.position === b.position &&
    a.title === b.title &&
    a.startYear === b.startYear &&
    a.endYear === b.endYear &&
    a.laneId === b.laneId &&
    a.status === b.status &&
    a.owner === b.owner &&
    sameList(a.standardIds, b.standardIds) &&
    sameList(a.initiativeIds ?? [], b.initiativeIds ?? [])
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
