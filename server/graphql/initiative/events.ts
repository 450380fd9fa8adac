/** Topic of initiative changes on the PubSub. */
export const INITIATIVE_CHANGED_TOPIC = 'initiative.changed';

/** What changed about an initiative. */
export type InitiativeChangeKind = 'CREATED' | 'UPDATED' | 'STATUS' | 'ROLLOUT' | 'BENEFIT';

/**
 * The JSON payload published on {@link INITIATIVE_CHANGED_TOPIC}: ids only, so it crosses Redis
 * unchanged; subscribers resolve the initiative through their own loaders (and permissions).
 */
export interface InitiativeChangedPayload {
  kind: InitiativeChangeKind;
  initiativeId: string;
  municipalityId: string | null;
}
