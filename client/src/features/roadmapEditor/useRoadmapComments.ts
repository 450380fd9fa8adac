import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { RoadmapCommentFieldsFragment } from '../../gql/graphql';
import { useViewer } from '../auth/AuthContext';

export const RoadmapCommentFields = graphql(`
  fragment RoadmapCommentFields on RoadmapComment {
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
`);

const RoadmapCommentsQuery = graphql(`
  query RoadmapCommentsQuery($roadmapId: ID!, $itemId: ID!) {
    roadmapComments(roadmapId: $roadmapId, itemId: $itemId) {
      ...RoadmapCommentFields
    }
  }
`);

const RoadmapCommentChangedSubscription = graphql(`
  subscription RoadmapCommentChangedSubscription($roadmapId: ID!) {
    roadmapCommentChanged(roadmapId: $roadmapId) {
      kind
      comment {
        ...RoadmapCommentFields
      }
    }
  }
`);

const AddRoadmapCommentMutation = graphql(`
  mutation AddRoadmapCommentMutation($input: AddRoadmapCommentInput!) {
    addRoadmapComment(input: $input) {
      ...RoadmapCommentFields
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

/** One comment as the panel shows it. */
export type RoadmapComment = RoadmapCommentFieldsFragment;

/**
 * Appends `comment` to the cached list of its item, when that list is cached and lacks it: the
 * viewer's own comment arrives twice (mutation answer and live event), others' only live.
 */
function appendToCachedList(cache: ApolloCache, roadmapId: string, comment: RoadmapComment) {
  cache.updateQuery(
    { query: RoadmapCommentsQuery, variables: { roadmapId, itemId: comment.itemId } },
    (current) =>
      current && !current.roadmapComments.some((known) => known.id === comment.id)
        ? { roadmapComments: [...current.roadmapComments, comment] }
        : undefined,
  );
}

/** Options of {@link useRoadmapComments}. */
export interface RoadmapCommentsOptions {
  /** A new comment or reply by someone else on this item, as it arrives live. */
  onArrival?: (comment: RoadmapComment) => void;
}

/**
 * The comments on one roadmap item, with adding (a thread or a reply) and resolving. Comments and
 * resolutions of everyone on the roadmap arrive live over `roadmapCommentChanged` and go straight
 * into the cache, so no list is refetched; opening an item reads its list once more.
 */
export function useRoadmapComments(roadmapId: string, itemId: string, options: RoadmapCommentsOptions = {}) {
  const { viewer } = useViewer();
  const query = useQuery(RoadmapCommentsQuery, {
    variables: { roadmapId, itemId },
    fetchPolicy: 'cache-and-network',
  });
  useSubscription(RoadmapCommentChangedSubscription, {
    variables: { roadmapId },
    ignoreResults: true,
    onData: ({ client, data }) => {
      const event = data.data?.roadmapCommentChanged;
      // A resolution needs no list change: the event's comment overwrites the cached one by id.
      if (event?.kind !== 'ADDED') return;
      appendToCachedList(client.cache, roadmapId, event.comment);
      if (event.comment.itemId === itemId && event.comment.author?.id !== viewer?.id) {
        options.onArrival?.(event.comment);
      }
    },
  });
  const [add, addState] = useMutation(AddRoadmapCommentMutation, {
    update: (cache, result) => {
      if (result.data) appendToCachedList(cache, roadmapId, result.data.addRoadmapComment);
    },
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
