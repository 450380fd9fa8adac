import { assertCan } from '../../auth/can';
import { Types, type QueryFilter } from 'mongoose';
import type { InitiativeRecord, InitiativeStatus } from '../../db/models/Initiative';
import { badUserInput } from '../../errors';
import type { Runtime } from '../../runtime';
import type { RequestContext } from '../context';
import { pageOfQuery, type PageArgs } from '../../db/pagination';
import { cbsCode, objectId } from '../../../common/validation';
import { FINAL_STATUSES } from './workflow';

/** Today's date in the Netherlands as YYYY-MM-DD, from the runtime clock (pinned in tests). */
export function today(runtime: Runtime): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(runtime.now());
}

/** One initiative by id, for every signed-in user. */
export function getInitiative(ctx: RequestContext, id: string) {
  assertCan(ctx.viewer, 'initiative:read');
  if (!objectId.safeParse(id).success) throw badUserInput('id', 'is not a valid initiative id');
  return ctx.loaders.initiativeById.load(id);
}

/** Filters shared by the list and the dashboard. */
export interface InitiativeFilterArgs {
  status?: InitiativeStatus | null;
  standardId?: string | null;
  municipalityId?: string | null;
  overdue?: boolean | null;
}

/** Builds the database filter; ids are validated and named on failure. */
export function initiativeFilter(
  runtime: Runtime,
  args: InitiativeFilterArgs,
): QueryFilter<InitiativeRecord> {
  const filter: QueryFilter<InitiativeRecord> = {};
  const and: QueryFilter<InitiativeRecord>[] = [];
  if (args.standardId) {
    if (!objectId.safeParse(args.standardId).success) throw badUserInput('standardId', 'is not a valid id');
    and.push({ standardIds: new Types.ObjectId(args.standardId) });
  }
  if (args.municipalityId) {
    and.push({ 'participants.municipalityId': parseFieldOr('municipalityId', args.municipalityId) });
  }
  if (args.status) and.push({ status: args.status });
  if (args.overdue === true) {
    and.push({ deadline: { $lt: today(runtime) }, status: { $nin: FINAL_STATUSES } });
  } else if (args.overdue === false) {
    and.push({ $or: [{ deadline: { $gte: today(runtime) } }, { status: { $in: FINAL_STATUSES } }] });
  }
  if (and.length) filter.$and = and;
  return filter;
}

function parseFieldOr(field: string, value: string): string {
  const parsed = cbsCode.safeParse(value);
  if (!parsed.success) throw badUserInput(field, 'must be a CBS code like GM0344');
  return parsed.data;
}

/** A page of initiatives by deadline, soonest first. */
export function listInitiatives(ctx: RequestContext, args: InitiativeFilterArgs & PageArgs) {
  assertCan(ctx.viewer, 'initiative:read');
  return pageOfQuery(
    ctx.runtime.models.Initiative,
    initiativeFilter(ctx.runtime, args),
    { deadline: 1, _id: 1 },
    args,
  );
}
