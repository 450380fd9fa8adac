import { createHash } from 'node:crypto';
import type { Types } from 'mongoose';
import type { Models } from '../server/db/models';
import type { AdoptionStatus } from '../server/db/models/Adoption';
import examples from './data/adoption-examples.json' with { type: 'json' };
import municipalities from './data/municipalities.json' with { type: 'json' };

/** Inserts per batch: FerretDB stalls on commands with 100 or more statements. */
const BATCH = 50;

/**
 * Standards that get a DEMO spread of adoption, with the share of municipalities that are at least
 * in progress. Invented for the demo dashboards; seeds/README.md labels them as demo.
 */
const DEMO_SPREAD: Record<string, number> = {
  'zaken-api': 0.55,
  'documenten-api': 0.5,
  'catalogi-api': 0.45,
  'notificaties-api': 0.4,
  'objecten-api': 0.3,
  'bag-bevragen-api': 0.5,
  'brp-bevragen-api': 0.45,
  'brk-bevragen-api': 0.25,
  'rest-api-design-rules': 0.35,
  'nl-gov-profile-cloudevents': 0.15,
};

/** Demo subscriptions (municipality → standards). */
const DEMO_SUBSCRIPTIONS: Record<string, string[]> = {
  GM0344: [
    'zaken-api',
    'documenten-api',
    'besluiten-api',
    'autorisaties-api',
    'catalogi-api',
    'notificaties-api',
  ],
  GM0363: ['zaken-api', 'objecten-api', 'rest-api-design-rules'],
  GM0599: ['brp-bevragen-api', 'zaken-api'],
  GM0518: ['bag-bevragen-api'],
};

const DEMO_NOTE = 'Demo-gegevens (gegenereerd), geen gemeten cijfer.';

interface HistoryEntry {
  status: AdoptionStatus;
  at: Date;
  note: string | null;
  targetDate: string | null;
  adoptedVersion: string | null;
  byUserId: null;
}

/** Deterministic bytes for a municipality × standard, so re-seeding gives the same spread. */
function bytes(code: string, slug: string): Buffer {
  return createHash('sha256').update(`${code}|${slug}`).digest();
}

function monthsAfter(date: Date, months: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate(), 10));
}

const LAST_DEMO_DATE = new Date('2026-10-31T00:00:00Z');

/** The demo status and history of one cell, or null for no record (NOT_STARTED). */
function demoAdoption(code: string, slug: string, share: number) {
  const b = bytes(code, slug);
  const r = (b[0]! * 256 + b[1]!) / 65536;
  let status: AdoptionStatus;
  if (r < share * 0.55) status = 'ADOPTED';
  else if (r < share) status = 'IN_PROGRESS';
  else if (r < share + 0.15) status = 'PLANNED';
  else if (r < share + 0.17) status = 'EXPLAINED';
  else return null;
  const path: AdoptionStatus[] =
    status === 'EXPLAINED'
      ? ['EXPLAINED']
      : (['PLANNED', 'IN_PROGRESS', 'ADOPTED'].slice(
          0,
          ['PLANNED', 'IN_PROGRESS', 'ADOPTED'].indexOf(status) + 1,
        ) as AdoptionStatus[]);
  let at = new Date(Date.UTC(2020 + (b[2]! % 5), b[3]! % 12, 1 + (b[4]! % 28), 10));
  const history: HistoryEntry[] = [];
  for (const [i, step] of path.entries()) {
    if (i > 0) at = monthsAfter(at, 3 + (b[5 + i]! % 16));
    if (at > LAST_DEMO_DATE) at = monthsAfter(LAST_DEMO_DATE, -(path.length - i));
    history.push({
      status: step,
      at,
      note:
        step === 'EXPLAINED'
          ? `${DEMO_NOTE} Leg uit: de huidige leverancier ondersteunt dit nog niet.`
          : DEMO_NOTE,
      targetDate: step === 'PLANNED' ? `${at.getUTCFullYear() + 1}-12-31` : null,
      adoptedVersion: null,
      byUserId: null,
    });
  }
  const last = history.at(-1)!;
  return {
    status,
    targetDate: history[0]!.targetDate,
    note: last.note,
    history,
    updatedAt: last.at,
    createdAt: history[0]!.at,
  };
}

/** What {@link seedAdoptions} inserted or found. */
export interface AdoptionSeedReport {
  realAdoptions: number;
  demoAdoptions: number;
  subscriptions: number;
}

/**
 * The documented adoption examples (IN_PROGRESS for the standards they name; seeds/README.md), then,
 * with `demo`, the DEMO spread and demo subscriptions. Inserts only what is missing, so re-seeding
 * never overwrites what users reported since and gives the same result.
 */
export async function seedAdoptions(
  models: Models,
  { demo }: { demo: boolean },
): Promise<AdoptionSeedReport> {
  const standards = await models.Standard.find({}, { slug: 1 }).lean().exec();
  const idBySlug = new Map(standards.map((s) => [s.slug, s._id as Types.ObjectId]));
  const existing = await models.Adoption.find({}, { municipalityId: 1, standardId: 1 }).lean().exec();
  const taken = new Set(existing.map((a) => `${a.municipalityId}|${String(a.standardId)}`));
  const toInsert: Array<Record<string, unknown>> = [];
  const claim = (code: string, standardId: Types.ObjectId) => {
    const key = `${code}|${String(standardId)}`;
    if (taken.has(key)) return false;
    taken.add(key);
    return true;
  };

  let realAdoptions = 0;
  for (const example of examples) {
    for (const slug of example.standardSlugs) {
      const standardId = idBySlug.get(slug);
      if (!standardId) continue;
      realAdoptions += 1;
      if (!claim(example.municipalityCode, standardId)) continue;
      const at = new Date(`${example.date ?? '2019-01-01'}T00:00:00Z`);
      const note = `${example.initiative}: ${example.role}. Bron: ${example.source}`;
      toInsert.push({
        municipalityId: example.municipalityCode,
        standardId,
        status: 'IN_PROGRESS',
        note,
        source: `${example.initiative} (${example.source})`,
        demo: false,
        history: [
          { status: 'IN_PROGRESS', at, note, targetDate: null, adoptedVersion: null, byUserId: null },
        ],
        createdAt: at,
        updatedAt: at,
      });
    }
  }

  let demoAdoptions = 0;
  for (const [slug, share] of Object.entries(demo ? DEMO_SPREAD : {})) {
    const standardId = idBySlug.get(slug);
    if (!standardId) continue;
    for (const m of municipalities) {
      const generated = demoAdoption(m.code, slug, share);
      if (!generated) continue;
      demoAdoptions += 1;
      if (!claim(m.code, standardId)) continue;
      toInsert.push({ municipalityId: m.code, standardId, demo: true, ...generated });
    }
  }
  for (let start = 0; start < toInsert.length; start += BATCH) {
    await models.Adoption.insertMany(toInsert.slice(start, start + BATCH));
  }

  const subscriptions = demo ? await seedSubscriptions(models, idBySlug) : 0;
  return { realAdoptions, demoAdoptions, subscriptions };
}

async function seedSubscriptions(models: Models, idBySlug: Map<string, Types.ObjectId>): Promise<number> {
  const existing = await models.Subscription.find({}, { municipalityId: 1, standardId: 1 }).lean().exec();
  const taken = new Set(existing.map((s) => `${s.municipalityId}|${String(s.standardId)}`));
  const docs = [];
  for (const [code, slugs] of Object.entries(DEMO_SUBSCRIPTIONS)) {
    for (const slug of slugs) {
      const standardId = idBySlug.get(slug);
      if (!standardId || taken.has(`${code}|${String(standardId)}`)) continue;
      docs.push({
        municipalityId: code,
        standardId,
        since: new Date('2025-01-01T00:00:00Z'),
        byUserId: null,
      });
    }
  }
  if (docs.length > 0) await models.Subscription.insertMany(docs);
  return Object.values(DEMO_SUBSCRIPTIONS).flat().length;
}
