import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

const ImportAdoptionsMutation = graphql(`
  mutation ImportAdoptionsMutation($input: ImportAdoptionsInput!) {
    importAdoptions(input: $input) {
      applied
      errorCount
      rows {
        line
        municipalityCode
        standard
        status
        errors
      }
    }
  }
`);

/** Checks (apply false) or imports (apply true) a CSV of measured adoption; an import refreshes every adoption figure. */
export function useImportAdoptions() {
  const [mutate, state] = useMutation(ImportAdoptionsMutation, {
    update(cache, { data }) {
      if (!data?.importAdoptions.applied) return;
      for (const fieldName of [
        'adoptionByProvince',
        'adoptionOverTime',
        'adoptionMatrix',
        'programmeDashboard',
        'explanations',
      ]) {
        cache.evict({ id: 'ROOT_QUERY', fieldName });
      }
      cache.gc();
    },
  });
  const importAdoptions = (csv: string, apply: boolean) => mutate({ variables: { input: { csv, apply } } });
  return { importAdoptions, ...state };
}
