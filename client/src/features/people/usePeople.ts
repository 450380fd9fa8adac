import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { InviteUserInput, UpdateUserAccessInput } from '../../gql/graphql';

export const PersonFields = graphql(`
  fragment PersonFields on User {
    id
    name
    email
    roles
    accountStatus
    municipality {
      id
      name
    }
    cooperation {
      id
      name
    }
  }
`);

const InviteUserMutation = graphql(`
  mutation InviteUserMutation($input: InviteUserInput!) {
    inviteUser(input: $input) {
      path
      sent
      expiresAt
      user {
        ...PersonFields
      }
    }
  }
`);

const CreateAccountLinkMutation = graphql(`
  mutation CreateAccountLinkMutation($userId: ID!) {
    createAccountLink(userId: $userId) {
      path
      sent
      expiresAt
      user {
        id
      }
    }
  }
`);

const UpdateUserAccessMutation = graphql(`
  mutation UpdateUserAccessMutation($input: UpdateUserAccessInput!) {
    updateUserAccess(input: $input) {
      ...PersonFields
    }
  }
`);

const DeactivateUserMutation = graphql(`
  mutation DeactivateUserMutation($userId: ID!) {
    deactivateUser(userId: $userId) {
      ...PersonFields
    }
  }
`);

const ReactivateUserMutation = graphql(`
  mutation ReactivateUserMutation($userId: ID!) {
    reactivateUser(userId: $userId) {
      ...PersonFields
    }
  }
`);

/** The admin's commands on people; the list is fetched again after an invitation. */
export function usePeople() {
  const [invite] = useMutation(InviteUserMutation, {
    update: (cache) => cache.evict({ fieldName: 'users' }),
  });
  const [link] = useMutation(CreateAccountLinkMutation);
  const [access] = useMutation(UpdateUserAccessMutation);
  const [deactivate] = useMutation(DeactivateUserMutation);
  const [reactivate] = useMutation(ReactivateUserMutation);
  return {
    inviteUser: async (input: InviteUserInput) => {
      const { data } = await invite({ variables: { input } });
      if (!data) throw new Error('inviteUser returned no data');
      return data.inviteUser;
    },
    createAccountLink: async (userId: string) => {
      const { data } = await link({ variables: { userId } });
      if (!data) throw new Error('createAccountLink returned no data');
      return data.createAccountLink;
    },
    updateUserAccess: (input: UpdateUserAccessInput) => access({ variables: { input } }),
    setActive: (userId: string, active: boolean) =>
      (active ? reactivate : deactivate)({ variables: { userId } }),
  };
}
