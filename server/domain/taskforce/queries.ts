import { assertCan } from '../../auth/can';
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
