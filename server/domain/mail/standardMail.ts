import type { StandardRecord } from '../../db/models/Standard';
import type { UserRecord } from '../../db/models/User';
import type { Runtime } from '../../runtime';
import { subscribersOf } from '../notification/service';
import { queueMail } from './queue';

type Subscriber = Pick<UserRecord, '_id' | 'roles'>;
const ids = (users: Subscriber[]) => users.map((u) => u._id);

/**
 * A new version, to the standard's subscribers; the editors among them also hear of the review task
 * it opened for their municipality.
 */
export async function mailNewVersion(
  runtime: Runtime,
  standard: Pick<StandardRecord, '_id' | 'name' | 'slug'>,
  version: { number: string; date: string },
  subscribers: Subscriber[],
) {
  const editors = subscribers.filter((u) => u.roles.includes('MUNICIPALITY_EDITOR'));
  const others = subscribers.filter((u) => !u.roles.includes('MUNICIPALITY_EDITOR'));
  for (const [users, reviewTask] of [
    [editors, true],
    [others, false],
  ] as const) {
    await queueMail(runtime, ids(users), {
      kind: 'NEW_VERSION',
      template: 'version',
      params: { standardName: standard.name, slug: standard.slug, ...version, reviewTask },
      keyFor: (userId) => `version:${String(standard._id)}:${version.number}:${userId}`,
    });
  }
}

/** A changed compliance deadline, to the standard's subscribers. */
export async function mailStandardDeadline(
  runtime: Runtime,
  standard: Pick<StandardRecord, '_id' | 'name' | 'slug' | 'complianceDeadline'>,
  subscribers: Subscriber[],
) {
  const deadline = standard.complianceDeadline ?? null;
  const at = runtime.now().getTime();
  await queueMail(runtime, ids(subscribers), {
    kind: 'DEADLINE',
    template: 'standardDeadline',
    params: { standardName: standard.name, slug: standard.slug, deadline },
    keyFor: (userId) => `standardDeadline:${String(standard._id)}:${deadline ?? 'none'}:${at}:${userId}`,
  });
}

/** A lifecycle move, to the standard's subscribers (there is no bell notification for it). */
export async function mailLifecycle(
  runtime: Runtime,
  standard: Pick<StandardRecord, '_id' | 'name' | 'slug' | 'lifecycle'>,
) {
  const standardId = standard._id;
  const { users } = await subscribersOf(runtime.models, standardId);
  const at = runtime.now().getTime();
  await queueMail(runtime, ids(users), {
    kind: 'LIFECYCLE',
    template: 'lifecycle',
    params: { standardName: standard.name, slug: standard.slug, lifecycle: standard.lifecycle },
    keyFor: (userId) => `lifecycle:${String(standardId)}:${standard.lifecycle}:${at}:${userId}`,
  });
}
