import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const CooperationAdminFields = graphql(`
  fragment CooperationAdminFields on Cooperation {
    id
    name
    members {
      id
      name
    }
  }
`);

const CreateCooperationMutation = graphql(`
  mutation CreateCooperationMutation($input: CreateCooperationInput!) {
    createCooperation(input: $input) {
      ...CooperationAdminFields
    }
  }
`);

const UpdateCooperationMutation = graphql(`
  mutation UpdateCooperationMutation($input: UpdateCooperationInput!) {
    updateCooperation(input: $input) {
      ...CooperationAdminFields
    }
  }
`);

const AddCooperationMemberMutation = graphql(`
  mutation AddCooperationMemberMutation($cooperationId: ID!, $municipalityId: ID!) {
    addCooperationMember(cooperationId: $cooperationId, municipalityId: $municipalityId) {
      ...CooperationAdminFields
    }
  }
`);

const RemoveCooperationMemberMutation = graphql(`
  mutation RemoveCooperationMemberMutation($cooperationId: ID!, $municipalityId: ID!) {
    removeCooperationMember(cooperationId: $cooperationId, municipalityId: $municipalityId) {
      ...CooperationAdminFields
    }
  }
`);

/** The admin's commands on cooperations; members update in the cache by the cooperation's id. */
export function useCooperationAdmin() {
  const [create] = useMutation(CreateCooperationMutation, {
    update: (cache) => {
      cache.evict({ fieldName: 'cooperations' });
      cache.evict({ fieldName: 'cooperationPage' });
    },
  });
  const [update] = useMutation(UpdateCooperationMutation);
  const [add] = useMutation(AddCooperationMemberMutation);
  const [remove] = useMutation(RemoveCooperationMemberMutation);
  return {
    createCooperation: async (name: string) =>
      (await create({ variables: { input: { name } } })).data?.createCooperation,
    renameCooperation: (id: string, name: string) => update({ variables: { input: { id, name } } }),
    addMember: (cooperationId: string, municipalityId: string) =>
      add({ variables: { cooperationId, municipalityId } }),
    removeMember: (cooperationId: string, municipalityId: string) =>
      remove({ variables: { cooperationId, municipalityId } }),
  };
}
