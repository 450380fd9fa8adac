import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ReportAdoptionForCooperationInput } from '../../gql/graphql';

const ReportForCooperationMutation = graphql(`
  mutation ReportForCooperationMutation($input: ReportAdoptionForCooperationInput!) {
    reportAdoptionForCooperation(input: $input) {
      adoptions {
        id
        status
        municipality {
          id
          name
        }
        updatedBy {
          id
          name
        }
        reportedFor {
          id
          name
        }
      }
    }
  }
`);

/** Reports adoption for one member of a cooperation or for all of them; review tasks are fetched again. */
export function useReportForCooperation() {
  const [mutate] = useMutation(ReportForCooperationMutation, {
    update: (cache) => cache.evict({ fieldName: 'reviewTasks' }),
  });
  return async (input: ReportAdoptionForCooperationInput) => {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('reportAdoptionForCooperation returned no data');
    return data.reportAdoptionForCooperation.adoptions;
  };
}
