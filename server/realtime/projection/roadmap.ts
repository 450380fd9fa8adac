import type { AnyBulkWriteOperation } from 'mongoose';
import { Types } from 'mongoose';
import type * as Y from 'yjs';
import { bulkWriteInBatches } from '../../db/bulkWrite';
import type { Models } from '../../db/models';
import type { RoadmapItemRecord } from '../../db/models/RoadmapItem';
import type { Logger } from '../../logger';
import { readRoadmap } from '../roadmapDocument';

/** Why 300 ms: a typing burst becomes one projection, and GraphQL still sees it within a second. */
export const PROJECTION_DEBOUNCE_MS = 300;

/**
 * Mirrors a roadmap document's meta, lanes, milestones (into the Roadmap record) and items (into
 * RoadmapItem records) so queries never load a Y.Doc. Debounced; writes only items that changed.
 * Malformed entries are skipped and logged; a failed write is logged and retried on the next edit.
 */
export class RoadmapProjector {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private dirty = false;
  /** What the collection holds, as JSON per item id; null until read once. */
  private projected: Map<string, string> | null = null;
  private readonly roadmapId: Types.ObjectId;

  constructor(
    private readonly models: Models,
    private readonly doc: Y.Doc,
    roadmapId: string,
    private readonly logger: Logger,
  ) {
    this.roadmapId = new Types.ObjectId(roadmapId);
  }

  /** Marks the document changed; projects after {@link PROJECTION_DEBOUNCE_MS} of quiet. */
  schedule(): void {
    this.dirty = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), PROJECTION_DEBOUNCE_MS);
  }

  /** Projects now if anything changed; resolves when the collections reflect the document. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.running) await this.running;
    if (!this.dirty) return;
    this.dirty = false;
    this.running = this.project().catch((error: Error) => {
      this.logger.error(
        { err: error.message, roadmapId: String(this.roadmapId) },
        'roadmap projection failed',
      );
    });
    try {
      await this.running;
    } finally {
      this.running = undefined;
    }
  }

  private async project(): Promise<void> {
    const content = readRoadmap(this.doc);
    if (content.problems.length > 0) {
      this.logger.warn(
        { roadmapId: String(this.roadmapId), problems: content.problems.slice(0, 20) },
        'roadmap document has malformed entries; skipped in the projection',
      );
    }
    const { title, startYear, endYear } = content.meta;
    await this.models.Roadmap.updateOne(
      { _id: this.roadmapId },
      {
        $set: {
          ...(title !== null ? { title } : {}),
          ...(startYear !== null ? { startYear } : {}),
          ...(endYear !== null ? { endYear } : {}),
          lanes: content.lanes,
          milestones: content.milestones,
          updatedAt: new Date(),
        },
      },
      { timestamps: false },
    );
    if (!this.projected) {
      const existing = await this.models.RoadmapItem.find({ roadmapId: this.roadmapId }).lean();
      this.projected = new Map(
        existing.map((r) => [r.itemId, JSON.stringify(toRecord(this.roadmapId, r, r.position))]),
      );
    }
    const next = new Map<string, string>();
    const operations: AnyBulkWriteOperation<RoadmapItemRecord>[] = [];
    content.items.forEach((item, position) => {
      const record = toRecord(this.roadmapId, { ...item, itemId: item.id }, position);
      const json = JSON.stringify(record);
      next.set(item.id, json);
      if (this.projected?.get(item.id) !== json) {
        operations.push({ replaceOne: { filter: { _id: record._id }, replacement: record, upsert: true } });
      }
    });
    for (const id of this.projected.keys()) {
      if (!next.has(id))
        operations.push({ deleteOne: { filter: { _id: `${String(this.roadmapId)}:${id}` } } });
    }
    if (operations.length > 0) await bulkWriteInBatches(this.models.RoadmapItem, operations);
    this.projected = next;
  }
}

function toRecord(
  roadmapId: Types.ObjectId,
  item: Omit<RoadmapItemRecord, '_id' | 'roadmapId' | 'position'>,
  position: number,
): RoadmapItemRecord {
  return {
    _id: `${String(roadmapId)}:${item.itemId}`,
    roadmapId,
    itemId: item.itemId,
    position,
    title: item.title,
    startYear: item.startYear,
    endYear: item.endYear,
    laneId: item.laneId ?? null,
    status: item.status ?? null,
    standardIds: [...item.standardIds],
    owner: item.owner ?? null,
  };
}
