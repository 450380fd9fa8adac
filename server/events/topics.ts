import type { SearchKind } from '../../common/searchKinds';

/**
 * Every topic of the PubSub, with its payload: one registry, so a publisher and its subscribers
 * cannot disagree on a name or a shape. Payloads are ids and small facts only (JSON: they cross
 * processes through Redis); subscribers read the records themselves, with their own permissions.
 */
export interface TopicPayloads {
  /** An adoption record was written. */
  adoptionChanged: { adoptionId: string; municipalityId: string; standardId: string };
  /** A notification was added; only its addressee's subscription delivers it. */
  notificationAdded: { notificationId: string; userId: string };
  /** An initiative (quick win) changed. */
  'initiative.changed': {
    kind: 'CREATED' | 'UPDATED' | 'STATUS' | 'ROLLOUT' | 'BENEFIT';
    initiativeId: string;
    municipalityId: string | null;
  };
  /** A projection run of a roadmap document wrote something: its items or meta changed. */
  'roadmap.projected': { roadmapId: string };
  /** A roadmap comment was added (a thread or a reply) or resolved. */
  'roadmap.commentChanged': { kind: 'ADDED' | 'RESOLVED'; roadmapId: string; commentId: string };
  /**
   * A user joined or left a taskforce, so live sockets re-decide their access; `taskforceId` is `*`
   * when their roles changed (which can change access to any document).
   */
  'taskforce.membershipChanged': { taskforceId: string; userId: string };
  /**
   * Sessions ended early, so WebSocket servers close the sockets that use them: one session
   * (logout), or without `sessionId` every session of `userId` (deactivating an account).
   */
  'session.revoked': { sessionId?: string; userId: string };
  /** Records of `kind` changed in a way search sees; without `ids` the whole kind is rebuilt. */
  searchIndexChanged: { kind: SearchKind; ids?: string[] };
}

/** The name of a topic. */
export type Topic = keyof TopicPayloads;

/** The payload of topic `T`. */
export type TopicPayload<T extends Topic> = TopicPayloads[T];

export const ADOPTION_CHANGED = 'adoptionChanged' satisfies Topic;
export const NOTIFICATION_ADDED = 'notificationAdded' satisfies Topic;
export const INITIATIVE_CHANGED = 'initiative.changed' satisfies Topic;
export const ROADMAP_PROJECTED = 'roadmap.projected' satisfies Topic;
export const ROADMAP_COMMENT_CHANGED = 'roadmap.commentChanged' satisfies Topic;
export const TASKFORCE_MEMBERSHIP_CHANGED = 'taskforce.membershipChanged' satisfies Topic;
export const SESSION_REVOKED = 'session.revoked' satisfies Topic;
export const SEARCH_INDEX_CHANGED = 'searchIndexChanged' satisfies Topic;

/** Payload of {@link ADOPTION_CHANGED}. */
export type AdoptionChangedEvent = TopicPayload<typeof ADOPTION_CHANGED>;
/** Payload of {@link NOTIFICATION_ADDED}. */
export type NotificationAddedEvent = TopicPayload<typeof NOTIFICATION_ADDED>;
/** Payload of {@link INITIATIVE_CHANGED}. */
export type InitiativeChangedPayload = TopicPayload<typeof INITIATIVE_CHANGED>;
/** What changed about an initiative. */
export type InitiativeChangeKind = InitiativeChangedPayload['kind'];
/** Payload of {@link ROADMAP_COMMENT_CHANGED}. */
export type RoadmapCommentChangedPayload = TopicPayload<typeof ROADMAP_COMMENT_CHANGED>;
/** Payload of {@link SEARCH_INDEX_CHANGED}. */
export type SearchIndexChangedEvent = TopicPayload<typeof SEARCH_INDEX_CHANGED>;
