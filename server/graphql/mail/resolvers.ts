import { listOutbox } from '../../domain/mail/outbox';
import { myMailSettings, updateMyMailSettings } from '../../domain/mail/preferences';
import type { Resolvers } from '../__generated__/resolvers-types';

/** The viewer's e-mail settings, and the admins' outbox. */
export const mailResolvers: Resolvers = {
  Query: {
    myMailSettings: (_parent, _args, ctx) => myMailSettings(ctx),
    outbox: (_parent, args, ctx) => listOutbox(ctx, args),
  },
  Mutation: {
    updateMyMailSettings: (_parent, { input }, ctx) => updateMyMailSettings(ctx, input),
  },
  OutboxMail: {
    id: (mail) => String(mail._id),
    language: (mail) => (mail.language === 'en' ? 'en' : 'nl'),
  },
};
