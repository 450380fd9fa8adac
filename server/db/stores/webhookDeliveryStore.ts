import type { Models } from '../models';
import type { WebhookDeliveryRecord } from '../models/WebhookDelivery';
import { isDuplicateKey } from '../duplicateKey';

/** One try to deliver, as the delivery log keeps it. */
export interface WebhookAttempt {
  at: Date;
  responseCode: number | null;
  durationMs: number;
  error: string | null;
}

/** A delivery leased to its caller, with the claim that makes it theirs alone. */
export interface ClaimedDelivery {
  delivery: WebhookDeliveryRecord;
  claimId: string;
}

/** Statuses a delivery ends in. */
const FINAL = new Set(['DELIVERED', 'FAILED']);

/**
 * Claims of webhook deliveries across processes. The claim is a lease set by findOneAndUpdate,
 * which MongoDB applies atomically. FerretDB 1.x reads and then writes the whole document, so two
 * processes can both "win" the same lease, and the slower write can even put back a delivery the
 * other just finished. Two records settle it: a claim whose `_id` is the delivery, its attempt
 * number and the lease it replaced (only one insert of that key succeeds; the other process moves
 * on), and the final status kept on the claim, which no other process writes (a delivery that was
 * put back is repaired instead of sent again). A process that dies mid-attempt leaves a lease that
 * runs out; the next claimant's key names that lease, so it is new and the delivery is tried again.
 */
export class WebhookDeliveryStore {
  constructor(private readonly models: Models) {}

  /** The next delivery due at `now`, leased to the caller for `leaseMs`; null when none is due. */
  async claimDue(now: Date, leaseMs: number): Promise<ClaimedDelivery | null> {
    const { WebhookDelivery, WebhookClaim } = this.models;
    for (;;) {
      const leaseUntil = new Date(now.getTime() + leaseMs);
      const before = await WebhookDelivery.findOneAndUpdate(
        {
          status: 'PENDING',
          nextAttemptAt: { $lte: now },
          $or: [{ leaseUntil: null }, { leaseUntil: { $lte: now } }],
        },
        { $set: { leaseUntil } },
        { sort: { nextAttemptAt: 1, _id: 1 }, returnDocument: 'before' },
      )
        .lean<WebhookDeliveryRecord>()
        .exec();
      if (!before) return null;
      const attempt = before.attempts.length + 1;
      const claimId = `${String(before._id)}:${attempt}:${before.leaseUntil ? before.leaseUntil.getTime() : 0}`;
      try {
        await WebhookClaim.create({ _id: claimId, deliveryId: before._id, at: now });
      } catch (error) {
        if (isDuplicateKey(error)) continue;
        throw error;
      }
      const ended = await WebhookClaim.findOne({ deliveryId: before._id, final: { $ne: null } })
        .lean()
        .exec();
      if (ended?.final) {
        await WebhookDelivery.updateOne(
          { _id: before._id },
          { $set: { status: ended.final, leaseUntil: null } },
        );
        continue;
      }
      return { delivery: { ...before, leaseUntil }, claimId };
    }
  }

  /** Records an attempt's outcome on the delivery its caller claimed. */
  async finish(
    claimed: ClaimedDelivery,
    set: Partial<Pick<WebhookDeliveryRecord, 'status' | 'nextAttemptAt'>>,
    attempt?: WebhookAttempt,
  ): Promise<void> {
    if (set.status && FINAL.has(set.status))
      await this.models.WebhookClaim.updateOne({ _id: claimed.claimId }, { $set: { final: set.status } });
    await this.models.WebhookDelivery.updateOne(
      { _id: claimed.delivery._id },
      { $set: { ...set, leaseUntil: null }, ...(attempt ? { $push: { attempts: attempt } } : {}) },
    );
  }

  /** Removes the deliveries of a webhook with their claims. */
  async removeForWebhook(webhookId: WebhookDeliveryRecord['webhookId']): Promise<void> {
    const ids = (await this.models.WebhookDelivery.find({ webhookId }, { _id: 1 }).lean().exec()).map(
      (d) => d._id,
    );
    await this.models.WebhookDelivery.deleteMany({ webhookId });
    if (ids.length) await this.models.WebhookClaim.deleteMany({ deliveryId: { $in: ids } });
  }
}
