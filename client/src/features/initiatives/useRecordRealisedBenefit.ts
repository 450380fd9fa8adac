import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { RecordRealisedBenefitInput } from '../../gql/graphql';
import { evictInitiativeAggregates } from './cache';

const RecordRealisedBenefitMutation = graphql(`
  mutation RecordRealisedBenefitMutation($input: RecordRealisedBenefitInput!) {
    recordRealisedBenefit(input: $input) {
      initiative {
        ...QuickWinFields
      }
    }
  }
`);

/** Records a measurement of a quick win's realised benefit. The initiative updates in the cache by id; lists and dashboard are fetched again. */
export function useRecordRealisedBenefit() {
  const [mutate, state] = useMutation(RecordRealisedBenefitMutation, {
    update: (cache) => evictInitiativeAggregates(cache),
  });
  const recordRealisedBenefit = (input: RecordRealisedBenefitInput) => mutate({ variables: { input } });
  return { recordRealisedBenefit, ...state };
}
