import type { Types } from 'mongoose';
import type { MailFrequency, MailLanguage } from '../../../common/mail';
import type { MailItemRecord } from '../../db/models/MailItem';
import type { UserRecord } from '../../db/models/User';
import type { Runtime } from '../../runtime';
import { digestMessage, singleMessage } from './messages';
import { frequencyOf, languageOf } from './preferences';
import { formatDate } from './templates';

/** Items handled per run and frequency; the next run takes the rest. */
const BATCH = 500;
const DAY_MS = 24 * 60 * 60 * 1000;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The start (UTC midnight) of `now`'s day, or of its ISO week (Monday). */
function periodStart(now: Date, weekly: boolean): Date {
  const day = new Date(`${isoDay(now)}T00:00:00Z`);
  if (!weekly) return day;
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * DAY_MS);
}

/** ISO 8601 week of a date, e.g. `2026-W49`. */
function isoWeek(date: Date): string {
  const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * DAY_MS);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((thursday.getTime() - yearStart) / DAY_MS + 1) / 7);
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

async function pendingItems(runtime: Runtime, frequency: MailFrequency, before?: Date) {
  const filter: Record<string, unknown> = { status: 'PENDING', frequency };
  if (before) filter.createdAt = { $lt: before };
  const items = await runtime.models.MailItem.find(filter)
    .sort({ createdAt: 1, _id: 1 })
    .limit(BATCH)
    .lean<MailItemRecord[]>()
    .exec();
  const users = await runtime.models.User.find(
    { _id: { $in: [...new Set(items.map((i) => String(i.userId)))] } },
    { email: 1, language: 1, mailPreferences: 1, deactivatedAt: 1 },
  )
    .lean<UserRecord[]>()
    .exec();
  const byId = new Map(users.map((u) => [String(u._id), u]));
  return { items, byId };
}

/** Items whose person is gone, deactivated or has since turned the kind off. */
function unwanted(item: MailItemRecord, user: UserRecord | undefined): boolean {
  return !user || user.deactivatedAt !== null || frequencyOf(user, item.kind) === 'OFF';
}

/**
 * Turns pending immediate items into messages: one per item, keyed by the item, so a second
 * process or a rerun after a crash finds the message already queued and only marks the item.
 */
export async function queueImmediate(runtime: Runtime): Promise<number> {
  const { items, byId } = await pendingItems(runtime, 'IMMEDIATELY');
  const store = runtime.mail.store;
  let queued = 0;
  for (const item of items) {
    const user = byId.get(String(item.userId));
    if (!user || unwanted(item, user)) {
      await store.skipItems([item._id]);
      continue;
    }
    const mail = await store.queue(singleMessage(runtime, user, item));
    await store.markItemsDone([item._id], mail._id);
    queued += 1;
  }
  return queued;
}

/**
 * Builds the digests of the last complete day (or ISO week) from the items queued before it ended.
 * The message's key is `digest:<user>:<period>` and unique, so with several processes (or a rerun)
 * each person gets one digest per period: whoever loses the insert marks the winner's items.
 * Items left out of a period's digest (they arrived while it was built) go in the next one.
 */
export async function buildDigests(runtime: Runtime, weekly: boolean): Promise<number> {
  const now = runtime.now();
  const end = periodStart(now, weekly);
  const lastDay = new Date(end.getTime() - DAY_MS);
  const week = isoWeek(lastDay);
  const key = weekly ? `W${week}` : `D${isoDay(lastDay)}`;
  // "2 december 2026", or "week 49 van 2026" / "week 49 of 2026".
  const labelIn = (language: MailLanguage) => {
    if (!weekly) return formatDate(isoDay(lastDay), language);
    const [year, number] = week.split('-W');
    return `week ${Number(number)} ${language === 'en' ? 'of' : 'van'} ${year}`;
  };
  const { items, byId } = await pendingItems(runtime, weekly ? 'WEEKLY' : 'DAILY', end);
  const store = runtime.mail.store;
  const perUser = new Map<string, MailItemRecord[]>();
  const skipped: Types.ObjectId[] = [];
  for (const item of items) {
    if (unwanted(item, byId.get(String(item.userId)))) skipped.push(item._id);
    else perUser.set(String(item.userId), [...(perUser.get(String(item.userId)) ?? []), item]);
  }
  await store.skipItems(skipped);
  let built = 0;
  for (const [userId, own] of perUser) {
    const user = byId.get(userId);
    if (!user) continue;
    const period = { key, weekly, label: labelIn(languageOf(user)) };
    const mail = await store.queue(digestMessage(runtime, user, own, period));
    await store.markItemsDone(mail.itemIds, mail._id);
    built += 1;
  }
  return built;
}
