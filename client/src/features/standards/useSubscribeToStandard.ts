import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

const SubscribeToStandardMutation = graphql(`
  mutation SubscribeToStandardMutation($municipalityId: ID!, $standardId: ID!) {
    subscribeToStandard(municipalityId: $municipalityId, standardId: $standardId) {
      id
      municipality {
        id
        code
        name
      }
      standard {
        id
      }
    }
  }
`);

/** Lets a municipality follow a standard; adds it to the standard's cached `subscribers`. */
export function useSubscribeToStandard() {
  const [mutate, state] = useMutation(SubscribeToStandardMutation, {
    update(cache, { data }) {
      const subscription = data?.subscribeToStandard;
      if (!subscription) return;
      cache.modify({
        id: cache.identify({ __typename: 'Standard', id: subscription.standard.id }),
        fields: {
          subscribers(existing: readonly { __ref: string }[] = [], { toReference }) {
            const ref = toReference({ __typename: 'Municipality', id: subscription.municipality.id });
            if (!ref || existing.some((item) => item.__ref === ref.__ref)) return existing;
            return [...existing, ref];
          },
        },
      });
    },
  });
  const subscribe = (municipalityId: string, standardId: string) =>
    mutate({ variables: { municipalityId, standardId } });
  return { subscribe, ...state };
}
