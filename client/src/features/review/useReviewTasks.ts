import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

const ReviewTasksQuery = graphql(`
  query ReviewTasksQuery($municipalityId: ID) {
    reviewTasks(municipalityId: $municipalityId) {
      id
      version
      openedAt
      viewerCanEdit
      municipality {
        id
        code
        name
      }
      standard {
        id
        slug
        name
      }
    }
  }
`);

const ConfirmAdoptionReviewMutation = graphql(`
  mutation ConfirmAdoptionReviewMutation($municipalityId: ID!, $standardId: ID!) {
    confirmAdoptionReview(municipalityId: $municipalityId, standardId: $standardId) {
      adoption {
        id
        status
        needsReview
        reviewVersion
      }
    }
  }
`);

/** Open review tasks (of one municipality, or of those the viewer reports for) and confirming one. */
export function useReviewTasks(municipalityId: string | undefined, signedIn: boolean) {
  // Review tasks are for signed-in users; a visitor's page does not ask.
  const query = useQuery(ReviewTasksQuery, {
    variables: { municipalityId: municipalityId ?? null },
    skip: !signedIn,
  });
  const [confirm] = useMutation(ConfirmAdoptionReviewMutation, {
    update: (cache) => cache.evict({ fieldName: 'reviewTasks' }),
  });
  return {
    ...query,
    tasks: query.data?.reviewTasks,
    confirm: (task: { municipality: { id: string }; standard: { id: string } }) =>
      confirm({ variables: { municipalityId: task.municipality.id, standardId: task.standard.id } }),
  };
}
