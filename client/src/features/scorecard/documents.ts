import { graphql } from '../../gql';

/** One scorecard row as the page shows it, with the record's history. */
export const ScorecardRowFields = graphql(`
  fragment ScorecardRowFields on ScorecardRow {
    status
    state
    followed
    standard {
      id
      slug
      name
    }
    obligation {
      id
      bindingLevel
      deadline
    }
    adoption {
      ...AdoptionFields
      source
      history {
        status
        note
        at
        by {
          id
          name
        }
      }
    }
  }
`);
