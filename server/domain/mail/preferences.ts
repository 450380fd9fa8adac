import { z } from 'zod';
import {
  DEFAULT_MAIL_FREQUENCY,
  MAIL_FREQUENCIES,
  MAIL_KINDS,
  MAIL_LANGUAGES,
  type MailFrequency,
  type MailKind,
  type MailLanguage,
} from '../../../common/mail';
import { assertCan } from '../../auth/can';
import type { UserRecord } from '../../db/models/User';
import { notFound } from '../../errors';
import { recordChange } from '../change';
import type { RequestContext } from '../context';
import { parseInput } from '../validation';

type MailUser = Pick<UserRecord, 'language' | 'mailPreferences'>;

/** How often `user` wants `kind`: their choice, else the default. */
export function frequencyOf(user: MailUser, kind: MailKind): MailFrequency {
  return user.mailPreferences?.[kind] ?? DEFAULT_MAIL_FREQUENCY[kind];
}

/** The language of `user`'s e-mail (Dutch unless they chose English). */
export function languageOf(user: MailUser): MailLanguage {
  return user.language ?? 'nl';
}

/** A person's e-mail settings as the account page shows them. */
export interface MailSettings {
  language: MailLanguage;
  preferences: { kind: MailKind; frequency: MailFrequency }[];
}

function settingsOf(user: MailUser): MailSettings {
  return {
    language: languageOf(user),
    preferences: MAIL_KINDS.map((kind) => ({ kind, frequency: frequencyOf(user, kind) })),
  };
}

/** The viewer's own e-mail settings. */
export async function myMailSettings(ctx: RequestContext): Promise<MailSettings> {
  const viewer = assertCan(ctx.viewer, 'mail:settings');
  const user = await ctx.runtime.models.User.findById(viewer.id).lean<UserRecord>().exec();
  if (!user) throw notFound('User');
  return settingsOf(user);
}

const settingsInput = z.object({
  language: z.enum(MAIL_LANGUAGES).nullish(),
  preferences: z
    .array(z.object({ kind: z.enum(MAIL_KINDS), frequency: z.enum(MAIL_FREQUENCIES) }))
    .max(MAIL_KINDS.length)
    .nullish(),
});

/** Changes the viewer's own e-mail language and frequencies; kinds not given keep their setting. */
export async function updateMyMailSettings(ctx: RequestContext, args: z.input<typeof settingsInput>) {
  const viewer = assertCan(ctx.viewer, 'mail:settings');
  const input = parseInput(settingsInput, args);
  const set: Record<string, string> = {};
  if (input.language) set.language = input.language;
  for (const { kind, frequency } of input.preferences ?? []) set[`mailPreferences.${kind}`] = frequency;
  const { User } = ctx.runtime.models;
  const before = await User.findById(viewer.id).lean<UserRecord>().exec();
  if (!before) throw notFound('User');
  const after =
    Object.keys(set).length === 0
      ? before
      : await User.findByIdAndUpdate(viewer.id, { $set: set }, { returnDocument: 'after' })
          .lean<UserRecord>()
          .exec();
  if (!after) throw notFound('User');
  await recordChange(ctx, viewer, {
    action: 'mail:settings',
    subjectType: 'User',
    subjectId: viewer.id,
    before: settingsOf(before),
    after: settingsOf(after),
  });
  return settingsOf(after);
}
