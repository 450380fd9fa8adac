import { Types } from 'mongoose';
import { requireViewer } from '../../auth/guards';
import { assertCan } from '../../auth/can';
import { recordChange } from '../change';
import type { InitiativeRecord, ParticipantRecord } from '../../db/models/Initiative';
import { badUserInput, conflict, notFound } from '../../errors';
import type { RequestContext } from '../context';
import { INITIATIVE_CHANGED, type InitiativeChangeKind } from '../../events/topics';
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
  return assertCan(ctx.viewer, 'initiative:manage');
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

/** Audits and publishes a written change (see recordChange), and primes this request's loader. */
async function afterChange(
  ctx: RequestContext,
  action: string,
  kind: InitiativeChangeKind,
  before: InitiativeRecord | null,
  after: InitiativeRecord,
  municipalityId: string | null = null,
) {
  ctx.loaders.initiativeById.clear(String(after._id)).prime(String(after._id), after);
  await recordChange(ctx, ctx.viewer, {
    action,
    subjectType: 'Initiative',
    subjectId: String(after._id),
    before,
    after,
    events: [
      { topic: INITIATIVE_CHANGED, payload: { kind, initiativeId: String(after._id), municipalityId } },
    ],
  });
}

/**
 * Reads, changes and writes one initiative through its store (a compare-and-set retried on a
 * concurrent change); NOT_FOUND or, when it keeps changing underneath, CONFLICT.
 */
async function changeInitiative(
  ctx: RequestContext,
  id: string,
  change: (current: InitiativeRecord) => Promise<Partial<InitiativeRecord>> | Partial<InitiativeRecord>,
): Promise<{ before: InitiativeRecord; after: InitiativeRecord }> {
  const outcome = await ctx.runtime.stores.initiatives.change(id, async (current) => ({
    $set: await change(current),
  }));
  if (outcome.status === 'notFound') throw notFound('Initiative');
  if (outcome.status === 'conflict')
    throw conflict('The initiative was changed at the same time; try again.');
  return outcome;
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
  requireViewer(ctx.viewer);
  const input = parseInput(updateRolloutInput, rawInput);
  assertCan(ctx.viewer, 'rollout:update', { municipalityId: input.municipalityId });
  if (!(await ctx.loaders.municipalityById.load(input.municipalityId))) {
    throw badUserInput('municipalityId', `unknown municipality ${input.municipalityId}`);
  }
  const date = today(ctx.runtime);
  const { before, after } = await changeInitiative(ctx, input.initiativeId, (current) => {
    if (current.status === 'STOPPED') {
      throw badUserInput('initiativeId', 'the initiative has stopped');
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
