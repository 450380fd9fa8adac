import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

const RoadmapCommentsQuery = graphql(`
  query RoadmapCommentsQuery($roadmapId: ID!, $itemId: ID!) {
    roadmapComments(roadmapId: $roadmapId, itemId: $itemId) {
      id
      itemId
      parentId
      body
      createdAt
      resolvedAt
      author {
        id
        name
        municipality {
          id
          name
        }
      }
    }
  }
`);

const AddRoadmapCommentMutation = graphql(`
  mutation AddRoadmapCommentMutation($input: AddRoadmapCommentInput!) {
    addRoadmapComment(input: $input) {
      id
    }
  }
`);

const ResolveRoadmapCommentMutation = graphql(`
  mutation ResolveRoadmapCommentMutation($id: ID!) {
    resolveRoadmapComment(id: $id) {
      id
      resolvedAt
    }
  }
`);

/**
 * The comments on one roadmap item, with adding (a thread or a reply) and resolving. Adding
 * refetches the list, so the new comment appears in its place in its thread.
 */
export function useRoadmapComments(roadmapId: string, itemId: string) {
  const variables = { roadmapId, itemId };
  const query = useQuery(RoadmapCommentsQuery, { variables });
  const refetchQueries = [{ query: RoadmapCommentsQuery, variables }];
  const [add, addState] = useMutation(AddRoadmapCommentMutation, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const [resolve, resolveState] = useMutation(ResolveRoadmapCommentMutation);
  return {
    comments: query.data?.roadmapComments ?? [],
    loading: query.loading && !query.data,
    error: query.error ?? addState.error ?? resolveState.error,
    busy: addState.loading || resolveState.loading,
    addComment: (body: string, parentId: string | null) =>
      add({ variables: { input: { roadmapId, itemId, body, parentId } } }),
    resolveComment: (id: string) => resolve({ variables: { id } }),
  };
}
