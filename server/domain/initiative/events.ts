import { assertCan } from '../../auth/can';
import { notFound } from '../../errors';
import { filterEvents } from '../../events/filterEvents';
import { INITIATIVE_CHANGED, type InitiativeChangedPayload } from '../../events/topics';
import type { RequestContext } from '../context';

/** Changes of one initiative (or of all), live, for everyone signed in. */
export function subscribeToInitiativeChanges(ctx: RequestContext, id: string | null | undefined) {
  assertCan(ctx.viewer, 'initiative:read');
  return filterEvents(
    ctx.runtime.pubsub.subscribe(INITIATIVE_CHANGED),
    (event) => !id || event.initiativeId === id,
    (event) => ({ initiativeChanged: event }),
  );
}

/**
 * The initiative an event names, as it is now: one context serves a whole subscription, so the
 * loader's cached record would be stale by the next event.
 */
export async function initiativeOfEvent(ctx: RequestContext, event: InitiativeChangedPayload) {
  const record = await ctx.loaders.initiativeById.clear(event.initiativeId).load(event.initiativeId);
  if (!record) throw notFound('Initiative');
  return record;
}
