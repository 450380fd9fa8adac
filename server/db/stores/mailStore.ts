import type { Types } from 'mongoose';
import type { MailFrequency, MailKind } from '../../../common/mail';
import { BULK_BATCH_SIZE } from '../bulkWrite';
import { isDuplicateKey } from '../duplicateKey';
import type { Models } from '../models';
import type { MailRecord } from '../models/Mail';

/** Due messages read per claim; of these the first one no other process claimed first is taken. */
const CLAIM_CANDIDATES = 10;

/** A mail item to add; its `key` makes adding it again a no-op. */
export interface NewMailItem {
  key: string;
  userId: Types.ObjectId;
  kind: MailKind;
  frequency: MailFrequency;
  template: string;
  params: Record<string, string | boolean | null>;
  createdAt: Date;
}

/** A message to queue; its `key` makes queueing it again a no-op. */
export type NewMail = Pick<
  MailRecord,
  | 'key'
  | 'messageId'
  | 'userId'
  | 'to'
  | 'language'
  | 'subject'
  | 'text'
  | 'html'
  | 'unsubscribeUrl'
  | 'itemIds'
> & { nextAttemptAt: Date; createdAt: Date };

/**
 * The writes of the mail queue, each safe when two processes do it at once: items and messages are
 * added by unique key (upsert with `$setOnInsert`, in batches below FerretDB's bulk limit), and a
 * message is sent only by the process whose claim of that attempt was inserted first.
 */
export class MailStore {
  constructor(private readonly models: Models) {}

  /** Adds items that are not there yet; returns how many were new. */
  async addItems(items: NewMailItem[]): Promise<number> {
    let added = 0;
    for (let start = 0; start < items.length; start += BULK_BATCH_SIZE) {
      const batch = items.slice(start, start + BULK_BATCH_SIZE);
      try {
        const result = await this.models.MailItem.bulkWrite(
          batch.map((item) => ({
            updateOne: {
              filter: { key: item.key },
              update: { $setOnInsert: { ...item, status: 'PENDING', mailId: null } },
              upsert: true,
            },
          })),
          { ordered: false },
        );
        added += result.upsertedCount;
      } catch (error) {
        // Two processes upserting the same new key: one wins, the other's write is the duplicate.
        if (!isDuplicateKey(error)) throw error;
      }
    }
    return added;
  }

  /**
   * Queues a message unless one with its key exists (built by another process, or before a
   * crash); returns the id and items of the message that holds the key.
   */
  async queue(mail: NewMail): Promise<Pick<MailRecord, '_id' | 'itemIds'>> {
    try {
      const created = await this.models.Mail.create({ ...mail, status: 'QUEUED', attempts: 0 });
      return { _id: created._id, itemIds: mail.itemIds };
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      const existing = await this.models.Mail.findOne({ key: mail.key }, { _id: 1, itemIds: 1 })
        .lean<Pick<MailRecord, '_id' | 'itemIds'>>()
        .exec();
      if (!existing) throw error;
      return existing;
    }
  }

  /** Marks items as told in `mailId` (idempotent: a rebuilt digest marks the same items again). */
  async markItemsDone(itemIds: Types.ObjectId[], mailId: Types.ObjectId): Promise<void> {
    if (itemIds.length === 0) return;
    await this.models.MailItem.updateMany(
      { _id: { $in: itemIds }, status: 'PENDING' },
      { $set: { status: 'DONE', mailId } },
    ).exec();
  }

  /** Marks items that will not be sent (their kind was turned off before they went out). */
  async skipItems(itemIds: Types.ObjectId[]): Promise<void> {
    if (itemIds.length === 0) return;
    await this.models.MailItem.updateMany(
      { _id: { $in: itemIds }, status: 'PENDING' },
      { $set: { status: 'SKIPPED' } },
    ).exec();
  }

  /**
   * Claims the next due message for `owner` until `leaseUntil`: a queued one whose time has come,
   * or one whose sender's lease ran out (it crashed while sending). The claim is the insert of
   * `<mailId>:<attempt>` into the claims (see MailClaim): of two processes that read the same
   * message, one inserts it and the other gets a duplicate key and tries the next candidate.
   */
  async claimDue(now: Date, owner: string, leaseUntil: Date): Promise<MailRecord | null> {
    const candidates = await this.models.Mail.find({
      $or: [
        { status: 'QUEUED', nextAttemptAt: { $lte: now } },
        { status: 'SENDING', leaseUntil: { $lt: now } },
      ],
    })
      .sort({ nextAttemptAt: 1, _id: 1 })
      .limit(CLAIM_CANDIDATES)
      .lean<MailRecord[]>()
      .exec();
    for (const candidate of candidates) {
      const attempts = candidate.attempts + 1;
      try {
        await this.models.MailClaim.create({ _id: `${String(candidate._id)}:${attempts}`, owner, at: now });
      } catch (error) {
        if (isDuplicateKey(error)) continue;
        throw error;
      }
      const claimed = { status: 'SENDING' as const, leaseOwner: owner, leaseUntil, attempts };
      await this.models.Mail.updateOne({ _id: candidate._id }, { $set: claimed }).exec();
      return { ...candidate, ...claimed };
    }
    return null;
  }

  /** Ends `owner`'s claim with a final or a next state; false when its lease was lost meanwhile. */
  async settle(
    { _id: id, attempts }: Pick<MailRecord, '_id' | 'attempts'>,
    owner: string,
    set: Partial<Pick<MailRecord, 'status' | 'sentAt' | 'nextAttemptAt' | 'lastError'>>,
  ): Promise<boolean> {
    const result = await this.models.Mail.updateOne(
      { _id: id, status: 'SENDING', leaseOwner: owner, attempts },
      { $set: { ...set, leaseOwner: null, leaseUntil: null } },
    ).exec();
    return result.modifiedCount === 1;
  }
}
