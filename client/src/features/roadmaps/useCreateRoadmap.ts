import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { CreateRoadmapInput } from '../../gql/graphql';

const CreateRoadmapMutation = graphql(`
  mutation CreateRoadmapMutation($input: CreateRoadmapInput!) {
    createRoadmap(input: $input) {
      roadmap {
        id
        title
      }
    }
  }
`);

/** Starts a roadmap; the list of roadmaps is fetched again. */
export function useCreateRoadmap() {
  const [mutate] = useMutation(CreateRoadmapMutation, {
    update: (cache) => cache.evict({ fieldName: 'roadmaps' }),
  });
  return async (input: CreateRoadmapInput) => {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('createRoadmap returned no data');
    return data.createRoadmap.roadmap;
  };
}
