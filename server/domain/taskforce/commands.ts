import { z } from 'zod';
import { MAX_SUMMARY_LENGTH, objectId, text, title } from '../../../common/validation';
import { assertCan } from '../../auth/can';
import type { TaskforceRecord } from '../../db/models/Taskforce';
import { notFound } from '../../errors';
import { recordChange } from '../change';
import type { RequestContext } from '../context';
import { parseInput } from '../validation';

const createInput = z.object({ name: title, description: text(MAX_SUMMARY_LENGTH).nullish() });
const updateInput = z.object({
  id: objectId,
  name: title.nullish(),
  description: text(MAX_SUMMARY_LENGTH).nullish(),
});

/** Admins start a taskforce (members are added one by one afterwards). */
export async function createTaskforce(ctx: RequestContext, args: z.input<typeof createInput>) {
  const viewer = assertCan(ctx.viewer, 'taskforce:manage');
  const input = parseInput(createInput, args);
  const fields = { name: input.name, description: input.description ?? '' };
  const taskforce = (await ctx.runtime.models.Taskforce.create(fields)).toObject() as TaskforceRecord;
  await recordChange(ctx, viewer, {
    action: 'taskforce:create',
    subjectType: 'Taskforce',
    subjectId: String(taskforce._id),
    after: fields,
  });
  return taskforce;
}

/** Admins rename a taskforce or change its description; only the fields given change. */
export async function updateTaskforce(ctx: RequestContext, args: z.input<typeof updateInput>) {
  const viewer = assertCan(ctx.viewer, 'taskforce:manage');
  const { id, ...input } = parseInput(updateInput, args);
  const set: Record<string, string> = {};
  if (input.name) set.name = input.name;
  if (input.description !== undefined) set.description = input.description ?? '';
  const before = await ctx.runtime.models.Taskforce.findByIdAndUpdate(id, {
    $set: set,
  }).lean<TaskforceRecord>();
  if (!before) throw notFound('Taskforce');
  await recordChange(ctx, viewer, {
    action: 'taskforce:update',
    subjectType: 'Taskforce',
    subjectId: id,
    before: { name: before.name, description: before.description },
    after: set,
  });
  return { ...before, ...set } as TaskforceRecord;
}
