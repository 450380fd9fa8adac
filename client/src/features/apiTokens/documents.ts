import { graphql } from '../../gql';

/** What the token page shows of each token. */
export const ApiTokenFields = graphql(`
  fragment ApiTokenFields on ApiToken {
    id
    name
    scopes
    municipality {
      code
      name
    }
    createdBy {
      id
      name
    }
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
    active
  }
`);
