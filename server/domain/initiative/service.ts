import { Types } from 'mongoose';
import { requireViewer } from '../../auth/guards';
import { recordAudit } from '../audit/record';
import type { InitiativeRecord, ParticipantRecord } from '../../db/models/Initiative';
import { badUserInput, conflict, forbidden, notFound } from '../../errors';
import type { RequestContext } from '../context';
import { INITIATIVE_CHANGED_TOPIC, type InitiativeChangeKind, type InitiativeChangedPayload } from './events';
import { canManageInitiatives, canUpdateRollout } from './policy';
import {
  createInitiativeInput,
  recordBenefitInput,
  updateInitiativeInput,
  updateRolloutInput,
  updateStatusInput,
} from './validation';
import { parseInput } from '../validation';
import { today } from './queries';
import { checkTransition, describeTransitionError, INITIAL_STATUS } from './workflow';

function requireManager(ctx: RequestContext) {
  const viewer = requireViewer(ctx.viewer);
  if (!canManageInitiatives(viewer)) throw forbidden();
  return viewer;
}

async function assertMunicipalitiesExist(ctx: RequestContext, field: string, codes: string[]) {
  const found = await ctx.loaders.municipalityById.loadMany(codes);
  const index = found.findIndex((m) => !m || m instanceof Error);
  if (index >= 0) throw badUserInput(`${field}.${index}`, `unknown municipality ${codes[index]}`);
}

async function assertStandardsExist(ctx: RequestContext, field: string, ids: string[]) {
  const found = await ctx.loaders.standardById.loadMany(ids);
  const index = found.findIndex((s) => !s || s instanceof Error);
  if (index >= 0) throw badUserInput(`${field}.${index}`, `unknown standard ${ids[index]}`);
}

async function assertTaskforceExists(ctx: RequestContext, id: string | null | undefined) {
  if (id && !(await ctx.loaders.taskforceById.load(id))) {
    throw badUserInput('ownerTaskforceId', 'unknown taskforce');
  }
}

const unique = <T>(items: T[]) => [...new Set(items)];

function benefit(
  input:
    | { hoursPerYear?: number | null; eurosPerYear?: number | null; citizensReached?: number | null }
    | null
    | undefined,
) {
  return {
    hoursPerYear: input?.hoursPerYear ?? null,
    eurosPerYear: input?.eurosPerYear ?? null,
    citizensReached: input?.citizensReached ?? null,
  };
}

/** Appends an audit event and tells subscribers; called after every successful write. */
async function afterChange(
  ctx: RequestContext,
  action: string,
  kind: InitiativeChangeKind,
  before: InitiativeRecord | null,
  after: InitiativeRecord,
  municipalityId: string | null = null,
) {
  const { models, pubsub } = ctx.runtime;
  await recordAudit(models, {
    actorId: ctx.viewer?.id ?? null,
    action,
    subjectType: 'Initiative',
    subjectId: String(after._id),
    before,
    after,
    at: ctx.runtime.now(),
  });
  ctx.loaders.initiativeById.clear(String(after._id)).prime(String(after._id), after);
  pubsub.publish(INITIATIVE_CHANGED_TOPIC, {
    kind,
    initiativeId: String(after._id),
    municipalityId,
  } satisfies InitiativeChangedPayload);
}

/**
 * Reads, changes and writes one initiative with a compare-and-set on `updatedAt` (FerretDB has no
 * transactions): a concurrent change makes the write miss, and the change is recomputed on the
 * fresh record, a few times before giving up with CONFLICT.
 */
async function changeInitiative(
  ctx: RequestContext,
  id: string,
  change: (current: InitiativeRecord) => Promise<Partial<InitiativeRecord>> | Partial<InitiativeRecord>,
): Promise<{ before: InitiativeRecord; after: InitiativeRecord }> {
  const { Initiative } = ctx.runtime.models;
  for (let attempt = 0; attempt < 3; attempt++) {
    const before = await Initiative.findById(id).lean<InitiativeRecord>().exec();
    if (!before) throw notFound('Initiatief');
    const set = await change(before);
    const after = await Initiative.findOneAndUpdate(
      { _id: before._id, updatedAt: before.updatedAt },
      { $set: set },
      { returnDocument: 'after', runValidators: true },
    )
      .lean<InitiativeRecord>()
      .exec();
    if (after) return { before, after };
  }
  throw conflict('Het initiatief is tegelijk door iemand anders gewijzigd. Probeer het opnieuw.');
}

/** Creates an initiative as IDEA, owned by the viewer; participants start NOT_STARTED. */
export async function createInitiative(ctx: RequestContext, rawInput: unknown) {
  const viewer = requireManager(ctx);
  const input = parseInput(createInitiativeInput, rawInput);
  const municipalityIds = unique(input.municipalityIds ?? []);
  const standardIds = unique((input.standardIds ?? []).map((s) => s.toLowerCase()));
  await assertMunicipalitiesExist(ctx, 'municipalityIds', municipalityIds);
  await assertStandardsExist(ctx, 'standardIds', standardIds);
  await assertTaskforceExists(ctx, input.ownerTaskforceId);
  const now = ctx.runtime.now();
  const created = await ctx.runtime.models.Initiative.create({
    title: input.title,
    description: input.description ?? '',
    deadline: input.deadline,
    ownerUserId: new Types.ObjectId(viewer.id),
    ownerTaskforceId: input.ownerTaskforceId ? new Types.ObjectId(input.ownerTaskforceId) : null,
    standardIds: standardIds.map((s) => new Types.ObjectId(s)),
    roadmapItemIds: unique(input.roadmapItemIds ?? []),
    status: INITIAL_STATUS,
    participants: municipalityIds.map((municipalityId) => ({
      municipalityId,
      status: 'NOT_STARTED',
      startedOn: null,
      liveOn: null,
      updatedAt: now,
    })),
    expectedBenefit: benefit(input.expectedBenefit),
  });
  const record = created.toObject() as unknown as InitiativeRecord;
  await afterChange(ctx, 'initiative:create', 'CREATED', null, record);
  return { initiative: record };
}

/** Edits the fields given; participants can be added and removed. */
export async function updateInitiative(ctx: RequestContext, rawInput: unknown) {
  requireManager(ctx);
  const input = parseInput(updateInitiativeInput, rawInput);
  if (input.standardIds) await assertStandardsExist(ctx, 'standardIds', unique(input.standardIds));
  if (input.addMunicipalityIds)
    await assertMunicipalitiesExist(ctx, 'addMunicipalityIds', input.addMunicipalityIds);
  await assertTaskforceExists(ctx, input.ownerTaskforceId);
  const { before, after } = await changeInitiative(ctx, input.id, (current) => {
    const set: Partial<InitiativeRecord> = {};
    if (input.title != null) set.title = input.title;
    if (input.description != null) set.description = input.description;
    if (input.deadline != null) set.deadline = input.deadline;
    if (input.standardIds)
      set.standardIds = unique(input.standardIds.map((s) => s.toLowerCase())).map(
        (s) => new Types.ObjectId(s),
      );
    if (input.roadmapItemIds) set.roadmapItemIds = unique(input.roadmapItemIds);
    if (input.ownerTaskforceId) set.ownerTaskforceId = new Types.ObjectId(input.ownerTaskforceId);
    if (input.expectedBenefit)
      set.expectedBenefit = { ...benefit(current.expectedBenefit), ...input.expectedBenefit };
    if (input.addMunicipalityIds || input.removeMunicipalityIds) {
      const removed = new Set(input.removeMunicipalityIds ?? []);
      const participants = current.participants.filter((p) => !removed.has(p.municipalityId));
      const present = new Set(participants.map((p) => p.municipalityId));
      for (const municipalityId of unique(input.addMunicipalityIds ?? [])) {
        if (present.has(municipalityId)) continue;
        participants.push({
          municipalityId,
          status: 'NOT_STARTED',
          startedOn: null,
          liveOn: null,
          updatedAt: ctx.runtime.now(),
        });
      }
      set.participants = participants;
    }
    return set;
  });
  await afterChange(ctx, 'initiative:update', 'UPDATED', before, after);
  return { initiative: after };
}

/** Moves the workflow; illegal transitions are BAD_USER_INPUT on `status` (or `reason`). */
export async function updateInitiativeStatus(ctx: RequestContext, rawInput: unknown) {
  requireManager(ctx);
  const input = parseInput(updateStatusInput, rawInput);
  const { before, after } = await changeInitiative(ctx, input.id, (current) => {
    const error = checkTransition(current.status, input.status, input.reason);
    if (error) {
      throw badUserInput(
        error === 'REASON_REQUIRED' ? 'reason' : 'status',
        describeTransitionError(error, current.status),
      );
    }
    return { status: input.status, stopReason: input.status === 'STOPPED' ? (input.reason ?? null) : null };
  });
  await afterChange(ctx, 'initiative:status', 'STATUS', before, after);
  return { initiative: after };
}

/** Sets one municipality's rollout; adds the municipality as participant when it is new. */
export async function updateRollout(ctx: RequestContext, rawInput: unknown) {
  const viewer = requireViewer(ctx.viewer);
  const input = parseInput(updateRolloutInput, rawInput);
  if (!canUpdateRollout(viewer, input.municipalityId)) throw forbidden();
  if (!(await ctx.loaders.municipalityById.load(input.municipalityId))) {
    throw badUserInput('municipalityId', `unknown municipality ${input.municipalityId}`);
  }
  const date = today(ctx.runtime);
  const { before, after } = await changeInitiative(ctx, input.initiativeId, (current) => {
    if (current.status === 'STOPPED') {
      throw badUserInput('initiativeId', 'het initiatief is gestopt');
    }
    const existing = current.participants.find((p) => p.municipalityId === input.municipalityId);
    const started = input.status === 'PREPARING' || input.status === 'LIVE';
    const next: ParticipantRecord = {
      municipalityId: input.municipalityId,
      status: input.status,
      startedOn: input.startedOn ?? existing?.startedOn ?? (started ? date : null),
      liveOn: input.liveOn ?? existing?.liveOn ?? (input.status === 'LIVE' ? date : null),
      updatedAt: ctx.runtime.now(),
    };
    const participants = existing
      ? current.participants.map((p) => (p.municipalityId === input.municipalityId ? next : p))
      : [...current.participants, next];
    return { participants };
  });
  await afterChange(ctx, 'initiative:rollout', 'ROLLOUT', before, after, input.municipalityId);
  return { initiative: after };
}

/** Appends a measurement to the realised-benefit log. */
export async function recordRealisedBenefit(ctx: RequestContext, rawInput: unknown) {
  const viewer = requireManager(ctx);
  const input = parseInput(recordBenefitInput, rawInput);
  const { before, after } = await changeInitiative(ctx, input.initiativeId, (current) => ({
    realisedBenefits: [
      ...current.realisedBenefits,
      {
        date: input.date ?? today(ctx.runtime),
        ...benefit(input),
        note: input.note ?? null,
        byUserId: new Types.ObjectId(viewer.id),
        at: ctx.runtime.now(),
      },
    ],
  }));
  await afterChange(ctx, 'initiative:benefit', 'BENEFIT', before, after);
  return { initiative: after };
}
