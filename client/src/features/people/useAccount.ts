import { useMutation } from '@apollo/client/react';
import { MeQuery } from '../auth/documents';
import { setToken } from '../auth/tokenStorage';
import { graphql } from '../../gql';

const AcceptAccountLinkMutation = graphql(`
  mutation AcceptAccountLinkMutation($token: String!, $password: String!) {
    acceptAccountLink(token: $token, password: $password) {
      token
      user {
        ...ViewerFields
      }
    }
  }
`);

const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordResetMutation($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

const UpdateMyNameMutation = graphql(`
  mutation UpdateMyNameMutation($name: String!) {
    updateMyName(name: $name) {
      id
      name
    }
  }
`);

const ChangeMyPasswordMutation = graphql(`
  mutation ChangeMyPasswordMutation($currentPassword: String!, $newPassword: String!) {
    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

/** One's own account: set a password through a link (and sign in), request a reset, change name and password. */
export function useAccount() {
  const [accept] = useMutation(AcceptAccountLinkMutation, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: MeQuery, data: { me: data.acceptAccountLink.user } });
    },
  });
  const [reset] = useMutation(RequestPasswordResetMutation);
  const [rename] = useMutation(UpdateMyNameMutation);
  const [password] = useMutation(ChangeMyPasswordMutation);
  return {
    acceptAccountLink: async (token: string, newPassword: string) => {
      const { data } = await accept({ variables: { token, password: newPassword } });
      if (!data) throw new Error('acceptAccountLink returned no data');
      setToken(data.acceptAccountLink.token);
      return data.acceptAccountLink.user;
    },
    requestPasswordReset: (email: string) => reset({ variables: { email } }),
    updateMyName: (name: string) => rename({ variables: { name } }),
    changeMyPassword: (currentPassword: string, newPassword: string) =>
      password({ variables: { currentPassword, newPassword } }),
  };
}
