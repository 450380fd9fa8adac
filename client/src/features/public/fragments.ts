import { graphql } from '../../gql';

/** What the public roadmap page and the printable export show: the redacted public projection. */
export const PublicRoadmapFields = graphql(`
  fragment PublicRoadmapFields on PublicRoadmap {
    slug
    title
    description
    startYear
    endYear
    vision
    taskforceName
    versionName
    publishedAt
    updatedAt
    isDemo
    lanes {
      id
      title
    }
    items {
      id
      title
      laneId
      startYear
      endYear
      status
      standards {
        slug
        name
      }
    }
    milestones {
      id
      title
      date
    }
  }
`);
