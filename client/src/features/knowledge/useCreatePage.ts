import { useMutation } from '@apollo/client/react';
import type { PageTemplate } from '../../../../common/pageTemplates';
import { graphql } from '../../gql';

const CreatePageMutation = graphql(`
  mutation CreatePageMutation($input: CreatePageInput!) {
    createPage(input: $input) {
      id
      title
      createdAt
      updatedAt
      viewerCanEdit
    }
  }
`);

/** Creates a knowledge page; the cached `pages` list is evicted so it is read again with the new page. */
export function useCreatePage() {
  const [mutate, state] = useMutation(CreatePageMutation, {
    update(cache, { data }) {
      if (!data?.createPage) return;
      // The list is ordered by the server; dropping it makes /kennis read it again, new page included.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'pages' });
      cache.gc();
    },
  });
  const createPage = (title: string, template: PageTemplate | null = null) =>
    mutate({ variables: { input: { title, template } } });
  return { createPage, ...state };
}
