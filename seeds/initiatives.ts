import { createHash } from 'node:crypto';
import type { Models } from '../server/db/models';
import type {
  InitiativeRecord,
  InitiativeStatus,
  ParticipantRecord,
  RealisedBenefitRecord,
  RolloutStatus,
} from '../server/db/models/Initiative';
import municipalities from './data/municipalities.json' with { type: 'json' };
import quickWins from './data/quick-wins.json' with { type: 'json' };

/** The demo manager who owns the seeded initiatives (see demoAccounts.ts). */
const OWNER_EMAIL = 'manager@koers.example';

/** Says on every seeded initiative which of its values are invented. */
export const DEMO_NOTE =
  'Titel, beschrijving en bronnen zijn echt (VNG Samen Organiseren); status, deadline, deelnemende gemeenten, rollout en baten zijn demowaarden.';

/** The fixed date the demo values are generated around, so every run writes the same data. */
const DEMO_BASE = '2026-07-01';
const STATUSES: InitiativeStatus[] = [
  'DELIVERED',
  'IN_PROGRESS',
  'PLANNED',
  'IN_PROGRESS',
  'IDEA',
  'DELIVERED',
];

/** A deterministic pseudo-random generator (mulberry32) seeded from a text. */
function randomFrom(seed: string): () => number {
  let state = createHash('sha256').update(seed).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Demo rollout for one initiative: which real municipalities take part and how far they are. */
function demoParticipants(slug: string, status: InitiativeStatus, random: () => number): ParticipantRecord[] {
  const count = 6 + Math.floor(random() * 30);
  const picked = new Set<string>();
  while (picked.size < count) picked.add(municipalities[Math.floor(random() * municipalities.length)]!.code);
  const liveShare = { IDEA: 0, PLANNED: 0, IN_PROGRESS: 0.4, DELIVERED: 0.85, STOPPED: 0.1 }[status];
  return [...picked].sort().map((municipalityId, index) => {
    const roll = random();
    let rollout: RolloutStatus = 'NOT_STARTED';
    if (status !== 'IDEA' && roll < liveShare) rollout = 'LIVE';
    else if (status !== 'IDEA' && status !== 'PLANNED' && roll < liveShare + 0.3) rollout = 'PREPARING';
    else if (status === 'DELIVERED' && roll > 0.95) rollout = 'WITHDRAWN';
    const startedOn = rollout === 'NOT_STARTED' ? null : addDays(DEMO_BASE, -200 + index * 3);
    return {
      municipalityId,
      status: rollout,
      startedOn,
      liveOn: rollout === 'LIVE' ? addDays(DEMO_BASE, -60 + index * 2) : null,
      updatedAt: new Date(`${addDays(DEMO_BASE, index)}T09:00:00Z`),
    };
  });
}

/** Builds the demo half of one seeded quick win; the same slug always gives the same values. */
export function demoInitiativeValues(slug: string, index: number) {
  const random = randomFrom(`koers-demo:${slug}`);
  const status = STATUSES[index % STATUSES.length]!;
  const deadline = addDays(DEMO_BASE, Math.floor(random() * 540) - 120);
  const participants = demoParticipants(slug, status, random);
  const hours = 500 + Math.round(random() * 40) * 100;
  const euros = hours * 45;
  const citizens = 1000 + Math.round(random() * 200) * 1000;
  const realisedBenefits: RealisedBenefitRecord[] =
    status === 'DELIVERED' || status === 'IN_PROGRESS'
      ? [0.3, 0.6].map((share, i) => ({
          date: addDays(DEMO_BASE, -180 + i * 120),
          hoursPerYear: Math.round(hours * share),
          eurosPerYear: Math.round(euros * share),
          citizensReached: Math.round(citizens * share),
          note: 'Demowaarde',
          byUserId: null,
          at: new Date(`${addDays(DEMO_BASE, -180 + i * 120)}T12:00:00Z`),
        }))
      : [];
  return {
    status,
    deadline,
    participants,
    expectedBenefit: { hoursPerYear: hours, eurosPerYear: euros, citizensReached: citizens },
    realisedBenefits,
  } satisfies Partial<InitiativeRecord>;
}

/**
 * Upserts the six real quick wins (seeds/data/quick-wins.json) as initiatives owned by the demo
 * manager, keyed by `seedKey`. Facts (title, description, sources) are refreshed on every run; the
 * demo workflow state is written only when the initiative is new, so what a manager changed during
 * a demo survives a re-seed. One write per quick win rather than a bulk upsert: FerretDB 1.24
 * refuses an upsert whose `$setOnInsert` carries these nested arrays, and mongoose's unordered
 * bulkWrite reported that as zero upserts instead of an error.
 */
export async function seedInitiatives(models: Models): Promise<number> {
  const owner = await models.User.findOne({ email: OWNER_EMAIL }, { _id: 1 }).lean();
  for (const [index, win] of quickWins.entries()) {
    const seedKey = `quick-win:${win.slug}`;
    const facts = {
      title: win.title,
      description: win.description,
      sources: [
        { url: win.source, title: win.sourceTitle, date: win.date },
        ...win.relatedSources.map((s) => ({ url: s.url, title: s.title, date: s.date })),
      ],
      demoNote: DEMO_NOTE,
      ownerUserId: owner?._id ?? null,
    };
    const existing = await models.Initiative.findOne({ seedKey }, { _id: 1 }).lean();
    if (existing) {
      await models.Initiative.updateOne({ _id: existing._id }, { $set: facts });
    } else {
      await models.Initiative.create({ ...facts, ...demoInitiativeValues(win.slug, index), seedKey });
    }
  }
  return quickWins.length;
}
