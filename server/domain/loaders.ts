import DataLoader from 'dataloader';
import type { Model, Types } from 'mongoose';
import type { DataVersionReader } from '../db/dataVersion';
import type { Models } from '../db/models';
import type { VersionedCache } from '../db/versionedCache';
import type { AdoptionStatusReadModel } from '../db/stores/adoptionStatuses';
import { ReviewTaskStore } from '../db/stores/reviewTaskStore';
import type { AdoptionRecord } from '../db/models/Adoption';
import type { CooperationRecord } from '../db/models/Cooperation';
import type { InitiativeRecord } from '../db/models/Initiative';
import { MUNICIPALITIES_VERSION, type MunicipalityRecord } from '../db/models/Municipality';
import { REVIEW_TASKS_VERSION } from '../db/models/ReviewTask';
import type { RoadmapRecord } from '../db/models/Roadmap';
import type { RoadmapItemRecord } from '../db/models/RoadmapItem';
import { STANDARDS_VERSION, type StandardRecord } from '../db/models/Standard';
import type { SubscriptionRecord } from '../db/models/Subscription';
import type { TaskforceRecord } from '../db/models/Taskforce';
import type { UserRecord } from '../db/models/User';

type Id = string | Types.ObjectId;

/**
 * A loader of records by `_id`: one `find({ _id: { $in } })` per tick replaces a query per row
 * (and `$lookup`, which FerretDB lacks); results come back in key order, null where missing.
 */
export function byIdLoader<T extends { _id: unknown }>(model: Model<T>): DataLoader<Id, T | null, string> {
  return new DataLoader<Id, T | null, string>(
    async (ids) => {
      // One id as `{ _id }`: the only filter FerretDB pushes down (`$in` scans the collection).
      const filter = ids.length === 1 ? { _id: ids[0] } : { _id: { $in: ids } };
      const records = (await model.find(filter as never).lean()) as T[];
      const byId = new Map(records.map((record) => [String(record._id), record]));
      return ids.map((id) => byId.get(String(id)) ?? null);
    },
    { cacheKeyFn: String },
  );
}

/**
 * A loader of all records whose `field` equals the key, grouped per key in key order: one query
 * for a whole page of parents.
 */
export function groupLoader<T extends object>(
  model: Model<T>,
  field: keyof T & string,
): DataLoader<Id, T[], string> {
  return new DataLoader<Id, T[], string>(
    async (keys) => {
      const records = (await model.find({ [field]: { $in: keys } } as never).lean()) as T[];
      const groups = new Map<string, T[]>();
      for (const record of records) {
        const values = record[field];
        for (const value of Array.isArray(values) ? values : [values]) {
          const key = String(value);
          groups.set(key, [...(groups.get(key) ?? []), record]);
        }
      }
      return keys.map((key) => groups.get(String(key)) ?? []);
    },
    { cacheKeyFn: String },
  );
}

/**
 * A loader by `_id` over a whole small collection held in memory (every municipality, every
 * standard): `all` gives the records by id as of the request's versions, so a write anywhere is seen
 * by the next request, and a request asks the database nothing for them while nothing changed.
 */
function inMemoryByIdLoader<T>(all: () => Promise<ReadonlyMap<string, T>>): DataLoader<Id, T | null, string> {
  return new DataLoader<Id, T | null, string>(
    async (ids) => {
      const byId = await all();
      return ids.map((id) => byId.get(String(id)) ?? null);
    },
    { cacheKeyFn: String },
  );
}

/** Memoises one query for the lifetime of a request. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= load());
}

/** The loaders of one request; never shared between requests, as permissions differ per viewer. */
export function createLoaders(
  models: Models,
  memory: {
    dataVersions: DataVersionReader;
    adoptionStatuses: AdoptionStatusReadModel;
    cache: VersionedCache;
  },
) {
  const { adoptionStatuses, cache } = memory;
  /** The collections' versions, read once per request: the request's view of what changed. */
  const dataVersions = once(() => memory.dataVersions.current());
  const whole = <T extends { _id: unknown }>(model: Model<T>, version: string) =>
    once(async () =>
      cache.get(await dataVersions(), [version], `all:${model.modelName}`, async () => {
        const records = (await model.find({}).lean().exec()) as T[];
        return new Map(records.map((record) => [String(record._id), record])) as ReadonlyMap<string, T>;
      }),
    );
  const municipalities = whole<MunicipalityRecord>(models.Municipality, MUNICIPALITIES_VERSION);
  return {
    dataVersions,
    /** Every municipality (ended ones too) by id, as of this request: lists filter these in memory. */
    municipalities,
    municipalityById: inMemoryByIdLoader(municipalities),
    standardById: inMemoryByIdLoader(whole<StandardRecord>(models.Standard, STANDARDS_VERSION)),
    userById: byIdLoader<UserRecord>(models.User),
    taskforceById: byIdLoader<TaskforceRecord>(models.Taskforce),
    cooperationById: byIdLoader<CooperationRecord>(models.Cooperation),
    initiativeById: byIdLoader<InitiativeRecord>(models.Initiative),
    taskforcesByMemberId: groupLoader<TaskforceRecord>(models.Taskforce, 'memberIds'),
    cooperationsByMemberId: groupLoader<CooperationRecord>(models.Cooperation, 'memberIds'),
    adoptionById: byIdLoader<AdoptionRecord>(models.Adoption),
    adoptionsByMunicipalityId: groupLoader<AdoptionRecord>(models.Adoption, 'municipalityId'),
    /** Every adoption's status, current as of this request (one version check per request). */
    adoptionCells: once(async () => adoptionStatuses.current(await dataVersions())),
    subscriptionsByStandardId: groupLoader<SubscriptionRecord>(models.Subscription, 'standardId'),
    subscriptionsByMunicipalityId: groupLoader<SubscriptionRecord>(models.Subscription, 'municipalityId'),
    /** CBS codes and provinces of the current (not ended) municipalities: the denominator of every summary. */
    currentMunicipalities: once(async () =>
      cache.get(await dataVersions(), [MUNICIPALITIES_VERSION], 'currentMunicipalities', () =>
        models.Municipality.find({ validUntil: null }, { _id: 1, provinceCode: 1, province: 1 })
          .lean<Array<{ _id: string; provinceCode: string; province: string }>>()
          .exec(),
      ),
    ),
    /** The `_id`s of the open review tasks, as of this request. */
    openReviewTaskIds: once(async () =>
      cache.get(await dataVersions(), [REVIEW_TASKS_VERSION], 'openReviewTaskIds', () =>
        new ReviewTaskStore(models).openIds(),
      ),
    ),
    roadmapById: byIdLoader<RoadmapRecord>(models.Roadmap),
    roadmapItemsByStandardId: groupLoader<RoadmapItemRecord>(models.RoadmapItem, 'standardIds'),
  };
}

/** The loaders of one request. */
export type Loaders = ReturnType<typeof createLoaders>;

/** Loads many ids and keeps the records that exist, in id order (dangling references are skipped). */
export async function loadExisting<T>(
  loader: DataLoader<Id, T | null, string>,
  ids: readonly Id[],
): Promise<T[]> {
  const results = await loader.loadMany(ids);
  return results.filter((r): r is Awaited<T> => r !== null && !(r instanceof Error)) as T[];
}
