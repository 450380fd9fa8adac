import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { UpdateRoadmapInput } from '../../gql/graphql';

const UpdateRoadmapMutation = graphql(`
  mutation UpdateRoadmapMutation($input: UpdateRoadmapInput!) {
    updateRoadmap(input: $input) {
      roadmap {
        id
        title
        startYear
        endYear
        description
      }
      itemsOutsidePeriod {
        id
        title
        startYear
        endYear
      }
    }
  }
`);

const ArchiveRoadmapMutation = graphql(`
  mutation ArchiveRoadmapMutation($id: ID!) {
    archiveRoadmap(id: $id) {
      id
      archivedAt
    }
  }
`);

const UnarchiveRoadmapMutation = graphql(`
  mutation UnarchiveRoadmapMutation($id: ID!) {
    unarchiveRoadmap(id: $id) {
      id
      archivedAt
    }
  }
`);

/** Changes a roadmap's title, period or description, and archives or brings it back. */
export function useRoadmapSettings() {
  const evictList = {
    update: (cache: { evict: (o: { fieldName: string }) => boolean }) =>
      cache.evict({ fieldName: 'roadmaps' }),
  };
  const [update] = useMutation(UpdateRoadmapMutation, evictList);
  const [archive] = useMutation(ArchiveRoadmapMutation, evictList);
  const [unarchive] = useMutation(UnarchiveRoadmapMutation, evictList);
  return {
    updateRoadmap: async (input: UpdateRoadmapInput) => {
      const { data } = await update({ variables: { input } });
      if (!data) throw new Error('updateRoadmap returned no data');
      return data.updateRoadmap;
    },
    setArchived: async (id: string, archived: boolean) => {
      await (archived ? archive : unarchive)({ variables: { id } });
    },
  };
}
