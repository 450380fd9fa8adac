import { assertCan } from '../../auth/can';
import type { TaskforceRecord } from '../../db/models/Taskforce';
import { pageOfQuery, type PageArgs } from '../../db/pagination';
import type { RequestContext } from '../context';
import { parseObjectId } from '../validation';

/** Every taskforce by name; readable by everyone signed in. */
export function listTaskforces(ctx: RequestContext) {
  assertCan(ctx.viewer, 'taskforce:read');
  return ctx.runtime.models.Taskforce.find().sort({ name: 1 }).lean().exec();
}

/** One taskforce, or null. */
export function getTaskforce(ctx: RequestContext, id: string) {
  assertCan(ctx.viewer, 'taskforce:read');
  return ctx.loaders.taskforceById.load(parseObjectId('id', id));
}

/** Taskforces by name, a page at a time: the admin list. */
export function taskforcePage(ctx: RequestContext, args: PageArgs) {
  assertCan(ctx.viewer, 'taskforce:read');
  return pageOfQuery<TaskforceRecord>(ctx.runtime.models.Taskforce, {}, { name: 1, _id: 1 }, args);
}
