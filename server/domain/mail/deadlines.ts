import { Types } from 'mongoose';
import type { InitiativeRecord } from '../../db/models/Initiative';
import type { ObligationRecord } from '../../db/models/Obligation';
import type { Runtime } from '../../runtime';
import { queueMail } from './queue';
import type { TemplateParams } from './templates';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Reminders start 30 days ahead; a passed deadline is told up to a week late (not for old ones). */
const FIRST_NOTICE_DAYS = 30;
const SECOND_NOTICE_DAYS = 7;
const PASSED_NOTICE_DAYS = 7;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Which reminder is due for a deadline `days` away (negative: passed), if any. */
export function reminderFor(days: number): TemplateParams['deadlineReminder']['when'] | null {
  if (days < -PASSED_NOTICE_DAYS) return null;
  if (days < 0) return 'PASSED';
  if (days <= SECOND_NOTICE_DAYS) return 'D7';
  if (days <= FIRST_NOTICE_DAYS) return 'D30';
  return null;
}

async function remind(
  runtime: Runtime,
  ref: string,
  userIds: Types.ObjectId[],
  title: string,
  deadline: string,
  path: string,
) {
  const today = new Date(`${isoDay(runtime.now())}T00:00:00Z`).getTime();
  const days = Math.round((new Date(`${deadline}T00:00:00Z`).getTime() - today) / DAY_MS);
  const when = reminderFor(days);
  if (!when) return 0;
  return queueMail(runtime, userIds, {
    kind: 'DEADLINE',
    template: 'deadlineReminder',
    params: { title, date: deadline, when, days: String(days), path },
    // Once per deadline, person and reminder; a moved deadline has new reminders.
    keyFor: (userId) => `deadline:${ref}:${deadline}:${when}:${userId}`,
  });
}

async function usersOfMunicipalities(runtime: Runtime, filter: Record<string, unknown>) {
  const users = await runtime.models.User.find(filter, { _id: 1 }).lean().exec();
  return users.map((u) => u._id);
}

async function obligationUsers(runtime: Runtime, obligation: ObligationRecord) {
  if (obligation.scope === 'ALL') return usersOfMunicipalities(runtime, { municipalityId: { $ne: null } });
  if (obligation.scope === 'LIST')
    return usersOfMunicipalities(runtime, { municipalityId: { $in: obligation.municipalityIds } });
  const cooperation = await runtime.models.Cooperation.findById(obligation.cooperationId).lean().exec();
  if (!cooperation) return [];
  return usersOfMunicipalities(runtime, {
    $or: [{ municipalityId: { $in: cooperation.memberIds } }, { cooperationId: cooperation._id }],
  });
}

/**
 * Queues the deadline reminders due today: for each obligation and each open quick win whose
 * deadline is within 30 days (or passed within a week), every person of a municipality it applies
 * to. Safe to run often and from several processes: each reminder's key is unique.
 */
export async function scanDeadlines(runtime: Runtime): Promise<number> {
  const now = runtime.now();
  const from = isoDay(new Date(now.getTime() - PASSED_NOTICE_DAYS * DAY_MS));
  const to = isoDay(new Date(now.getTime() + FIRST_NOTICE_DAYS * DAY_MS));
  const { models } = runtime;
  let queued = 0;
  const obligations = await models.Obligation.find({ deadline: { $gte: from, $lte: to } })
    .lean<ObligationRecord[]>()
    .exec();
  const programmes = await models.Programme.find(
    { _id: { $in: obligations.map((o) => o.programmeId) } },
    { slug: 1, name: 1 },
  )
    .lean()
    .exec();
  const programmeById = new Map(programmes.map((p) => [String(p._id), p]));
  for (const obligation of obligations) {
    const programme = programmeById.get(String(obligation.programmeId));
    if (!programme || !obligation.deadline) continue;
    queued += await remind(
      runtime,
      `obligation:${String(obligation._id)}`,
      await obligationUsers(runtime, obligation),
      `${obligation.subject} (${programme.name})`,
      obligation.deadline,
      `/programmas/${encodeURIComponent(programme.slug)}`,
    );
  }
  const initiatives = await models.Initiative.find({
    deadline: { $gte: from, $lte: to },
    status: { $nin: ['DELIVERED', 'STOPPED'] },
  })
    .lean<InitiativeRecord[]>()
    .exec();
  for (const initiative of initiatives) {
    const municipalityIds = initiative.participants.map((p) => p.municipalityId);
    const userIds = await usersOfMunicipalities(runtime, { municipalityId: { $in: municipalityIds } });
    if (initiative.ownerUserId) userIds.push(new Types.ObjectId(String(initiative.ownerUserId)));
    queued += await remind(
      runtime,
      `quickWin:${String(initiative._id)}`,
      userIds,
      initiative.title,
      initiative.deadline,
      `/quick-wins/${String(initiative._id)}`,
    );
  }
  return queued;
}
