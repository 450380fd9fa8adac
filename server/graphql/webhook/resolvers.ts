import {
  deleteWebhook,
  listWebhookDeliveries,
  listWebhooks,
  pauseWebhook,
  registerWebhook,
  resumeWebhook,
  sendTestWebhookEvent,
} from '../../domain/webhook/service';
import type { Resolvers } from '../__generated__/resolvers-types';

/** Webhooks: managed by admins and a municipality's editors, with their delivery log. */
export const webhookResolvers: Resolvers = {
  Query: {
    webhooks: (_parent, args, ctx) => listWebhooks(ctx, args),
    webhookDeliveries: (_parent, { webhookId, ...args }, ctx) => listWebhookDeliveries(ctx, webhookId, args),
  },
  Mutation: {
    registerWebhook: (_parent, { input }, ctx) => registerWebhook(ctx, input),
    deleteWebhook: (_parent, { id }, ctx) => deleteWebhook(ctx, id),
    pauseWebhook: (_parent, { id }, ctx) => pauseWebhook(ctx, id),
    resumeWebhook: (_parent, { id }, ctx) => resumeWebhook(ctx, id),
    sendTestWebhookEvent: (_parent, { id }, ctx) => sendTestWebhookEvent(ctx, id),
  },
  Webhook: {
    id: (w) => String(w._id),
    municipality: async (w, _args, ctx) => {
      const municipality = await ctx.loaders.municipalityById.load(w.municipalityId);
      if (!municipality) throw new Error(`municipality ${w.municipalityId} of a webhook is missing`);
      return municipality;
    },
    owner: async (w, _args, ctx) => {
      const user = await ctx.loaders.userById.load(String(w.ownerId));
      return user ? { id: String(user._id), name: user.name } : null;
    },
    deliveries: (w, args, ctx) => listWebhookDeliveries(ctx, w, args),
  },
  WebhookDelivery: {
    id: (d) => String(d._id),
    nextAttemptAt: (d) => (d.status === 'PENDING' ? d.nextAttemptAt : null),
  },
};
