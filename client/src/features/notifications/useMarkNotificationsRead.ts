import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsReadMutation($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

/** Marks notifications read: flips `read` on each cached notification and drops the cached unread lists. */
export function useMarkNotificationsRead() {
  const [mutate, state] = useMutation(MarkNotificationsReadMutation);
  const markRead = (ids: string[]) =>
    mutate({
      variables: { ids },
      update(cache) {
        for (const id of ids) {
          cache.modify({
            id: cache.identify({ __typename: 'Notification', id }),
            fields: { read: () => true },
          });
        }
        cache.evict({ id: 'ROOT_QUERY', fieldName: 'notifications', args: { first: 1, unreadOnly: true } });
        cache.gc();
      },
      refetchQueries: ['NotificationBellQuery'],
    });
  return { markRead, ...state };
}
