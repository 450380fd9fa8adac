import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { RegisterWebhookInput } from '../../gql/graphql';
import { WebhookDeliveriesQuery, WebhooksQuery } from './documents';

const RegisterWebhookMutation = graphql(`
  mutation RegisterWebhookMutation($input: RegisterWebhookInput!) {
    registerWebhook(input: $input) {
      secret
      webhook {
        ...WebhookFields
      }
    }
  }
`);

const DeleteWebhookMutation = graphql(`
  mutation DeleteWebhookMutation($id: ID!) {
    deleteWebhook(id: $id)
  }
`);

const PauseWebhookMutation = graphql(`
  mutation PauseWebhookMutation($id: ID!) {
    pauseWebhook(id: $id) {
      ...WebhookFields
    }
  }
`);

const ResumeWebhookMutation = graphql(`
  mutation ResumeWebhookMutation($id: ID!) {
    resumeWebhook(id: $id) {
      ...WebhookFields
    }
  }
`);

const SendTestWebhookEventMutation = graphql(`
  mutation SendTestWebhookEventMutation($id: ID!) {
    sendTestWebhookEvent(id: $id) {
      ...WebhookDeliveryFields
    }
  }
`);

/** Registers a webhook; the list is read again, the secret comes back once. */
export function useRegisterWebhook() {
  const [mutate, state] = useMutation(RegisterWebhookMutation, { refetchQueries: [WebhooksQuery] });
  const registerWebhook = async (input: RegisterWebhookInput) => {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('registerWebhook returned no data');
    return data.registerWebhook;
  };
  return { registerWebhook, ...state };
}

/** Delete, pause, resume and "send a test event" for one webhook. */
export function useWebhookActions(id: string) {
  const variables = { id };
  const [remove, removing] = useMutation(DeleteWebhookMutation, {
    variables,
    refetchQueries: [WebhooksQuery],
  });
  const [pause, pausing] = useMutation(PauseWebhookMutation, { variables });
  const [resume, resuming] = useMutation(ResumeWebhookMutation, {
    variables,
    refetchQueries: [WebhookDeliveriesQuery],
  });
  const [sendTest, testing] = useMutation(SendTestWebhookEventMutation, {
    variables,
    refetchQueries: [WebhookDeliveriesQuery],
  });
  const error = removing.error ?? pausing.error ?? resuming.error ?? testing.error;
  return {
    remove: () => remove(),
    pause: () => pause(),
    resume: () => resume(),
    sendTest: () => sendTest(),
    busy: removing.loading || pausing.loading || resuming.loading || testing.loading,
    error,
  };
}
