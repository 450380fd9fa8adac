import { graphql } from '../../gql';

/** What the webhook page shows of each webhook. */
export const WebhookFields = graphql(`
  fragment WebhookFields on Webhook {
    id
    url
    description
    kinds
    status
    pausedReason
    pausedAt
    consecutiveFailures
    municipality {
      code
      name
    }
    owner {
      id
      name
    }
    createdAt
  }
`);

/** One row of the delivery log. */
export const WebhookDeliveryFields = graphql(`
  fragment WebhookDeliveryFields on WebhookDelivery {
    id
    eventId
    kind
    status
    queuedAt
    nextAttemptAt
    attempts {
      at
      responseCode
      durationMs
      error
    }
  }
`);

/** The webhooks the viewer manages. */
export const WebhooksQuery = graphql(`
  query WebhooksQuery {
    webhooks {
      ...WebhookFields
    }
  }
`);

/** A page of one webhook's delivery log. */
export const WebhookDeliveriesQuery = graphql(`
  query WebhookDeliveriesQuery($webhookId: ID!, $first: Int, $after: String) {
    webhookDeliveries(webhookId: $webhookId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...WebhookDeliveryFields
      }
    }
  }
`);
