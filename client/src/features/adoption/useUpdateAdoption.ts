import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { UpdateAdoptionInput } from '../../gql/graphql';

export const AdoptionFields = graphql(`
  fragment AdoptionFields on Adoption {
    id
    status
    targetDate
    adoptedVersion
    note
    needsReview
    reviewVersion
    isDemo
    updatedAt
    viewerCanEdit
    standard {
      id
      slug
      name
    }
    municipality {
      id
    }
  }
`);

const UpdateAdoptionMutation = graphql(`
  mutation UpdateAdoptionMutation($input: UpdateAdoptionInput!) {
    updateAdoption(input: $input) {
      adoption {
        ...AdoptionFields
      }
    }
  }
`);

/**
 * Reports a municipality's adoption of a standard. The record itself updates in the cache by id;
 * a new record is appended to the municipality's `adoptions`, and the aggregates that depend on it
 * (the standard's summary, per-province and over-time figures) are evicted so they are fetched again.
 */
export function useUpdateAdoption() {
  const [mutate, state] = useMutation(UpdateAdoptionMutation, {
    update(cache, { data }) {
      const adoption = data?.updateAdoption.adoption;
      if (!adoption) return;
      cache.modify({
        id: cache.identify({ __typename: 'Municipality', id: adoption.municipality.id }),
        fields: {
          adoptions(existing: readonly { __ref: string }[] = [], { toReference }) {
            const ref = toReference({ __typename: 'Adoption', id: adoption.id });
            if (!ref || existing.some((item) => item.__ref === ref.__ref)) return existing;
            return [...existing, ref];
          },
        },
      });
      cache.evict({
        id: cache.identify({ __typename: 'Standard', id: adoption.standard.id }),
        fieldName: 'adoptionSummary',
      });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'adoptionByProvince' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'adoptionOverTime' });
      // A report closes the cell's open review task.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'reviewTasks' });
      cache.gc();
    },
  });
  const updateAdoption = (input: UpdateAdoptionInput) => mutate({ variables: { input } });
  return { updateAdoption, ...state };
}
