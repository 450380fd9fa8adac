import type { mongo, Types } from 'mongoose';
import type { Models } from '../models';
import type { AdoptionCurrent, AdoptionHistoryRecord } from '../models/Adoption';
import { HISTORY_CHUNK, type AdoptionHistoryChunk } from '../models/AdoptionHistory';

/** What of an adoption record its history is read from. */
export type HistorySource = Pick<AdoptionCurrent, '_id' | 'history' | 'historyLength' | 'lastEntry'>;

/** An entry as filed: with the id that recognises a copy of it. */
export type FiledEntry = AdoptionHistoryRecord & { entryId: string };

/** Records whose last filed entry this process remembers; past it, it starts over. */
const MAX_REMEMBERED = 100_000;

const chunkId = (adoptionId: Types.ObjectId | string, chunk: number) => `${String(adoptionId)}:${chunk}`;

/**
 * The history of adoption records in its own collection, in chunks addressed by `_id`: a report
 * writes the record's state (with the entry as `lastEntry`) and then files the entry here, so the
 * record stays small and every write touches a few kB whatever the cell's past.
 *
 * Nothing is lost between the two writes: the entry is on the record first. Should a process stop
 * before filing it, the next report on the cell files that one too (it reads the chunk first), and
 * until then readers take `lastEntry` as the newest entry.
 */
export class AdoptionHistoryStore {
  /** The entry this process last filed per record: a previous entry found here needs no check. */
  private readonly filedHere = new Map<string, string>();

  constructor(private readonly models: Models) {}

  /**
   * Files `entry` as entry number `position` of record `adoptionId`; `previous` is the entry the
   * record held as `lastEntry` before, filed too if an interrupted report left it out.
   */
  async file(
    cell: { adoptionId: Types.ObjectId; municipalityId: string; standardId: Types.ObjectId },
    position: number,
    entry: FiledEntry,
    previous: AdoptionHistoryRecord | null | undefined,
  ): Promise<void> {
    const entries: AdoptionHistoryRecord[] = [entry];
    const adoptionId = String(cell.adoptionId);
    if (previous?.entryId && position > 0 && this.filedHere.get(adoptionId) !== previous.entryId) {
      const held = await this.models.AdoptionHistory.findById(
        chunkId(cell.adoptionId, Math.floor((position - 1) / HISTORY_CHUNK)),
        {
          entries: 1,
        },
      )
        .lean<Pick<AdoptionHistoryChunk, 'entries'>>()
        .exec();
      if (!held?.entries.some((e) => e.entryId === previous.entryId)) entries.unshift(previous);
    }
    // With the driver: the entries are of their schema's types already (see AdoptionStore.report).
    await (
      this.models.AdoptionHistory.collection as unknown as mongo.Collection<AdoptionHistoryChunk>
    ).updateOne(
      { _id: chunkId(cell.adoptionId, Math.floor(position / HISTORY_CHUNK)) },
      {
        $setOnInsert: {
          adoptionId: cell.adoptionId,
          municipalityId: cell.municipalityId,
          standardId: cell.standardId,
        },
        $push: { entries: { $each: entries as AdoptionHistoryChunk['entries'] } },
      },
      { upsert: true },
    );
    if (this.filedHere.size >= MAX_REMEMBERED) this.filedHere.clear();
    this.filedHere.set(adoptionId, entry.entryId);
  }

  /**
   * The whole history of a record, oldest first: the entries kept on the record from before, the
   * filed ones, and its `lastEntry` where it was not filed yet.
   */
  async entriesOf(record: HistorySource): Promise<AdoptionHistoryRecord[]> {
    const length = record.historyLength ?? 0;
    const chunks = await Promise.all(
      Array.from({ length: Math.ceil(length / HISTORY_CHUNK) }, (_, chunk) =>
        // One `_id` each: FerretDB scans the collection for `$in`.
        this.models.AdoptionHistory.findById(chunkId(record._id, chunk), { entries: 1 })
          .lean<Pick<AdoptionHistoryChunk, 'entries'>>()
          .exec(),
      ),
    );
    // Lean reads: plain entries, whatever mongoose's document types say.
    const filed = chunks.flatMap((chunk) => chunk?.entries ?? []) as AdoptionHistoryRecord[];
    const last = record.lastEntry as AdoptionHistoryRecord | null | undefined;
    if (last?.entryId && !filed.some((e) => e.entryId === last.entryId)) filed.push(last);
    const seen = new Set<string>();
    return [...(record.history ?? []), ...filed]
      .filter((e) => !e.entryId || (!seen.has(e.entryId) && seen.add(e.entryId)))
      .sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());
  }
}
