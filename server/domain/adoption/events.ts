import type { AdoptionCurrent } from '../../db/models/Adoption';
import { notFound } from '../../errors';
import { filterEvents } from '../../events/filterEvents';
import { oncePerEvent } from '../../events/oncePerEvent';
import { ADOPTION_CHANGED, type AdoptionChangedEvent } from '../../events/topics';
import type { RequestContext } from '../context';
import { parseCbsCode, parseObjectId } from '../validation';
import { assertCanReadPublic } from '../../auth/can';

/** The live adoption changes of one standard and/or municipality (public, like the figures). */
export function subscribeToAdoptionChanges(
  ctx: RequestContext,
  args: { standardId?: string | null; municipalityId?: string | null },
): AsyncIterableIterator<AdoptionChangedEvent> {
  assertCanReadPublic(ctx.viewer, 'adoption:read');
  const standardId = args.standardId ? String(parseObjectId('standardId', args.standardId)) : null;
  const municipalityId = args.municipalityId ? parseCbsCode('municipalityId', args.municipalityId) : null;
  return filterEvents(
    ctx.runtime.pubsub.subscribe(ADOPTION_CHANGED),
    (e) =>
      (!standardId || e.standardId === standardId) &&
      (!municipalityId || e.municipalityId === municipalityId),
  );
}

// Without the history, which grows with every report: the `history` field loads it when asked.
const readAdoption = oncePerEvent((event: AdoptionChangedEvent, ctx: RequestContext) =>
  ctx.runtime.models.Adoption.findById(event.adoptionId, { history: 0 }).lean<AdoptionCurrent>().exec(),
);

/** The adoption record an event names, as it is now (one read per event, however many subscribers). */
export async function adoptionOfEvent(
  ctx: RequestContext,
  event: AdoptionChangedEvent,
): Promise<AdoptionCurrent> {
  const adoption = await readAdoption(event, ctx);
  if (!adoption) throw notFound('Adoption');
  return adoption;
}
