import { gql, type TypedDocumentNode } from '@apollo/client';

// TODO(issue-3-merge): switch to generated documents. The login/me schema (issue 3) is not merged
// yet, so these are the only hand-typed documents in the client; replace them with `graphql()` from
// client/src/gql and delete the types below once `npm run codegen` knows `login`, `logout` and `me`.
// The sources are plain strings passed to `gql()` because codegen plucks every tagged `gql` template
// and would fail validation against today's schema, which breaks `npm run build`.

/** The signed-in person as the client needs them. */
export interface Viewer {
  id: string;
  name: string;
  email: string;
  roles: string[];
  municipality: { code: string; name: string } | null;
}

/** Result of {@link MeQuery}: null when signed out. */
export interface MeQueryData {
  me: Viewer | null;
}

/** Result of {@link LoginMutation}. */
export interface LoginMutationData {
  login: { token: string; user: Viewer };
}

/** Variables of {@link LoginMutation}. */
export interface LoginMutationVariables {
  email: string;
  password: string;
}

/** Result of {@link LogoutMutation}. */
export interface LogoutMutationData {
  logout: boolean;
}

const viewerFields = `
  fragment ViewerFields on User {
    id
    name
    email
    roles
    municipality {
      code
      name
    }
  }
`;

/** Who is signed in. */
const meSource = `
  query MeQuery {
    me {
      ...ViewerFields
    }
  }
  ${viewerFields}
`;
export const MeQuery: TypedDocumentNode<MeQueryData, Record<string, never>> = gql(meSource);

/** Signs in and returns the bearer token with the person. */
const loginSource = `
  mutation LoginMutation($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      user {
        ...ViewerFields
      }
    }
  }
  ${viewerFields}
`;
export const LoginMutation: TypedDocumentNode<LoginMutationData, LoginMutationVariables> = gql(loginSource);

/** Ends the session on the server. */
const logoutSource = `
  mutation LogoutMutation {
    logout
  }
`;
export const LogoutMutation: TypedDocumentNode<LogoutMutationData, Record<string, never>> = gql(logoutSource);
