import type { mongo, Types } from 'mongoose';
import { isDuplicateKey } from '../duplicateKey';
import type { Models } from '../models';
import type { AdoptionCurrent, AdoptionHistoryRecord } from '../models/Adoption';
import { HISTORY_CHUNK, type AdoptionHistoryChunk } from '../models/AdoptionHistory';

/** What of an adoption record its history is read from. */
export type HistorySource = Pick<AdoptionCurrent, '_id' | 'history' | 'historyLength' | 'lastEntry'>;

/** An entry as filed: with the id that recognises a copy of it. */
export type FiledEntry = AdoptionHistoryRecord & { entryId: string };

/** Records whose last filed entry this process remembers; past it, it starts over. */
const MAX_REMEMBERED = 100_000;

/** Entry number `position` of a record, filed on its own. */
const entryDocumentId = (adoptionId: Types.ObjectId | string, position: number) =>
  `${String(adoptionId)}:e${position}`;
/** A chunk of entries as earlier versions filed them. */
const chunkId = (adoptionId: Types.ObjectId | string, chunk: number) => `${String(adoptionId)}:${chunk}`;

/**
 * The history of adoption records in its own collection, one document per entry addressed by
 * `_id`: a report writes the record's state (with the entry as `lastEntry`) and then files the
 * entry here with a plain insert, so the record stays small and filing costs the same whatever the
 * cell's past. (Earlier versions grew chunks of 25 entries by `$push`, which FerretDB applies by
 * reading, decoding and rewriting the whole chunk: two fifths of its CPU under the bench's mix.)
 *
 * Nothing is lost between the two writes: the entry is on the record first. Should a process stop
 * before filing it, the next report on the cell files that one too (a copy already filed is
 * refused by its `_id`), and until then readers take `lastEntry` as the newest entry.
 */
export class AdoptionHistoryStore {
  /** The entry this process last filed per record: a previous entry found here needs no filing. */
  private readonly filedHere = new Map<string, string>();

  constructor(private readonly models: Models) {}

  /**
   * Files `entry` as entry number `position` of record `adoptionId`; `previous` is the entry the
   * record held as `lastEntry` before, filed too (as number `position - 1`) if an interrupted
   * report may have left it out.
   */
  async file(
    cell: { adoptionId: Types.ObjectId; municipalityId: string; standardId: Types.ObjectId },
    position: number,
    entry: FiledEntry,
    previous: AdoptionHistoryRecord | null | undefined,
  ): Promise<void> {
    const adoptionId = String(cell.adoptionId);
    const fileAt = (at: number, filed: AdoptionHistoryRecord) =>
      // With the driver: the entry is of its schema's types already (see AdoptionStore.report).
      (this.models.AdoptionHistory.collection as unknown as mongo.Collection<AdoptionHistoryChunk>)
        .insertOne({
          _id: entryDocumentId(cell.adoptionId, at),
          adoptionId: cell.adoptionId,
          municipalityId: cell.municipalityId,
          standardId: cell.standardId,
          entries: [filed] as AdoptionHistoryChunk['entries'],
        })
        .then(
          () => undefined,
          (error: unknown) => {
            // Filed before: by an earlier report that found it left out, or by a retry.
            if (!isDuplicateKey(error)) throw error;
          },
        );
    await Promise.all([
      previous?.entryId && position > 0 && this.filedHere.get(adoptionId) !== previous.entryId
        ? fileAt(position - 1, previous)
        : undefined,
      fileAt(position, entry),
    ]);
    if (this.filedHere.size >= MAX_REMEMBERED) this.filedHere.clear();
    this.filedHere.set(adoptionId, entry.entryId);
  }

  /**
   * The whole history of a record, oldest first: the entries kept on the record from before, the
   * filed ones (on their own, or in the chunks of earlier versions), and its `lastEntry` where it
   * was not filed yet. One read by `_id` per filed entry: a cell's history is its reports, a
   * handful a year.
   */
  async entriesOf(record: HistorySource): Promise<AdoptionHistoryRecord[]> {
    const length = record.historyLength ?? 0;
    // One `_id` each: FerretDB scans the collection for `$in`.
    const read = (id: string) =>
      this.models.AdoptionHistory.findById(id, { entries: 1 })
        .lean<Pick<AdoptionHistoryChunk, 'entries'>>()
        .exec();
    const documents = await Promise.all([
      ...Array.from({ length: Math.ceil(length / HISTORY_CHUNK) }, (_, chunk) =>
        read(chunkId(record._id, chunk)),
      ),
      ...Array.from({ length }, (_, position) => read(entryDocumentId(record._id, position))),
    ]);
    // Lean reads: plain entries, whatever mongoose's document types say.
    const filed = documents.flatMap((document) => document?.entries ?? []) as AdoptionHistoryRecord[];
    const last = record.lastEntry as AdoptionHistoryRecord | null | undefined;
    if (last?.entryId && !filed.some((e) => e.entryId === last.entryId)) filed.push(last);
    const seen = new Set<string>();
    return [...(record.history ?? []), ...filed]
      .filter((e) => !e.entryId || (!seen.has(e.entryId) && seen.add(e.entryId)))
      .sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());
  }
}
