import { graphql } from '../../gql';
import type { ViewerFieldsFragment } from '../../gql/graphql';

/** The signed-in person as the client needs them (roles use the generated `Role` type). */
export type Viewer = ViewerFieldsFragment;

export const ViewerFields = graphql(`
  fragment ViewerFields on User {
    id
    name
    email
    roles
    municipality {
      id
      code
      name
    }
    taskforces {
      id
      name
    }
    cooperation {
      id
      name
    }
  }
`);

/** Who is signed in. */
export const MeQuery = graphql(`
  query MeQuery {
    me {
      ...ViewerFields
    }
  }
`);

/** Signs in and returns the bearer token with the person. */
export const LoginMutation = graphql(`
  mutation LoginMutation($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      user {
        ...ViewerFields
      }
    }
  }
`);

/** Ends the session on the server. */
export const LogoutMutation = graphql(`
  mutation LogoutMutation {
    logout
  }
`);
