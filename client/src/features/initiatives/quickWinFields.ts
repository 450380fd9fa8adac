import { graphql } from '../../gql';

/** Everything the quick-win page shows; every initiative mutation returns it, so the page updates by id. */
export const QuickWinFields = graphql(`
  fragment QuickWinFields on Initiative {
    id
    title
    description
    status
    stopReason
    deadline
    overdue
    viewerCanEdit
    nextStatuses
    updatedAt
    owner {
      id
      name
    }
    ownerTaskforce {
      id
      name
    }
    standards {
      id
      slug
      name
    }
    participants {
      municipality {
        id
        code
        name
      }
      status
      startedOn
      liveOn
    }
    expectedBenefit {
      hoursPerYear
      eurosPerYear
      citizensReached
    }
    latestRealisedBenefit {
      date
      hoursPerYear
      eurosPerYear
      citizensReached
      note
    }
  }
`);
