/** Published when a user joins or leaves a taskforce, so live sockets re-decide their access. */
export const TASKFORCE_MEMBERSHIP_CHANGED_TOPIC = 'taskforce.membershipChanged';

/** Payload of {@link TASKFORCE_MEMBERSHIP_CHANGED_TOPIC}. */
export interface TaskforceMembershipChanged {
  taskforceId: string;
  userId: string;
}
