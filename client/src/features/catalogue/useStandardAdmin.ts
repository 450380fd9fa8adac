import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type {
  ChangeStandardLifecycleInput,
  CreateStandardInput,
  UpdateStandardInput,
} from '../../gql/graphql';

export const StandardAdminFields = graphql(`
  fragment StandardAdminFields on Standard {
    id
    slug
    name
    category
    summary
    lifecycle
    lifecycleReason
    owner
    url
    complianceLevel
    establishedOn
    complianceDeadline
    links {
      label
      url
    }
    successor {
      id
      name
    }
    versions {
      number
      date
      changes
    }
  }
`);

const CreateStandardMutation = graphql(`
  mutation CreateStandardMutation($input: CreateStandardInput!) {
    createStandard(input: $input) {
      standard {
        ...StandardAdminFields
      }
    }
  }
`);

const UpdateStandardMutation = graphql(`
  mutation UpdateStandardMutation($input: UpdateStandardInput!) {
    updateStandard(input: $input) {
      standard {
        ...StandardAdminFields
      }
    }
  }
`);

const ChangeLifecycleMutation = graphql(`
  mutation ChangeStandardLifecycleMutation($input: ChangeStandardLifecycleInput!) {
    changeStandardLifecycle(input: $input) {
      standard {
        ...StandardAdminFields
      }
    }
  }
`);

const PublishVersionMutation = graphql(`
  mutation PublishStandardVersionMutation(
    $standardId: ID!
    $number: String!
    $date: Date!
    $changes: String!
  ) {
    publishStandardVersion(standardId: $standardId, number: $number, date: $date, changes: $changes) {
      standard {
        ...StandardAdminFields
      }
    }
  }
`);

/** The catalogue's commands for admins; the catalogue list is fetched again after a change. */
export function useStandardAdmin() {
  const refreshList = {
    update: (cache: { evict: (options: { fieldName: string }) => boolean }) => {
      cache.evict({ fieldName: 'standards' });
    },
  };
  const [create] = useMutation(CreateStandardMutation, refreshList);
  const [update] = useMutation(UpdateStandardMutation, refreshList);
  const [lifecycle] = useMutation(ChangeLifecycleMutation, refreshList);
  const [publish] = useMutation(PublishVersionMutation);
  return {
    createStandard: async (input: CreateStandardInput) =>
      (await create({ variables: { input } })).data?.createStandard.standard,
    updateStandard: async (input: UpdateStandardInput) =>
      (await update({ variables: { input } })).data?.updateStandard.standard,
    changeLifecycle: async (input: ChangeStandardLifecycleInput) =>
      (await lifecycle({ variables: { input } })).data?.changeStandardLifecycle.standard,
    publishVersion: async (variables: {
      standardId: string;
      number: string;
      date: string;
      changes: string;
    }) => (await publish({ variables })).data?.publishStandardVersion.standard,
  };
}
