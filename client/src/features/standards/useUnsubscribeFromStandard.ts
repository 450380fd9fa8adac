import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

const UnsubscribeFromStandardMutation = graphql(`
  mutation UnsubscribeFromStandardMutation($municipalityId: ID!, $standardId: ID!) {
    unsubscribeFromStandard(municipalityId: $municipalityId, standardId: $standardId)
  }
`);

/** Stops a municipality following a standard; removes it from the standard's cached `subscribers`. */
export function useUnsubscribeFromStandard() {
  const [mutate, state] = useMutation(UnsubscribeFromStandardMutation);
  const unsubscribe = (municipalityId: string, standardId: string) =>
    mutate({
      variables: { municipalityId, standardId },
      update(cache) {
        const ref = cache.identify({ __typename: 'Municipality', id: municipalityId });
        cache.modify({
          id: cache.identify({ __typename: 'Standard', id: standardId }),
          fields: {
            subscribers: (existing: readonly { __ref: string }[] = []) =>
              existing.filter((item) => item.__ref !== ref),
          },
        });
      },
    });
  return { unsubscribe, ...state };
}
