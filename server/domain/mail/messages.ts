import { createHash } from 'node:crypto';
import type { MailKind } from '../../../common/mail';
import type { MailItemRecord } from '../../db/models/MailItem';
import type { UserRecord } from '../../db/models/User';
import type { NewMail } from '../../db/stores/mailStore';
import type { Runtime } from '../../runtime';
import { composeDigest, composeSingle, type Composed } from './compose';
import { languageOf } from './preferences';
import { renderItem } from './templates';
import { unsubscribeUrl } from './unsubscribe';

type Recipient = Pick<UserRecord, '_id' | 'email' | 'language' | 'mailPreferences'>;

/**
 * A Message-ID fixed by the message's key: the same message sent again after a crash carries the
 * same id, so a receiving system can drop the copy.
 */
function messageIdOf(runtime: Runtime, key: string): string {
  const host = new URL(runtime.config.publicUrl).hostname || 'koers.local';
  return `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}@${host}>`;
}

function envelope(
  runtime: Runtime,
  key: string,
  user: Recipient,
  kinds: MailKind[],
  items: MailItemRecord[],
  compose: (footer: { kinds: MailKind[]; unsubscribeUrl: string; settingsUrl: string }) => Composed,
): NewMail {
  const unsubscribe = unsubscribeUrl(runtime, { userId: String(user._id), kinds });
  const composed = compose({
    kinds,
    unsubscribeUrl: unsubscribe,
    settingsUrl: `${runtime.config.publicUrl}/account`,
  });
  return {
    key,
    messageId: messageIdOf(runtime, key),
    userId: user._id,
    to: user.email,
    language: languageOf(user),
    ...composed,
    unsubscribeUrl: unsubscribe,
    itemIds: items.map((item) => item._id),
    nextAttemptAt: runtime.now(),
    createdAt: runtime.now(),
  };
}

/** The message of one item for someone who wants it immediately. */
export function singleMessage(runtime: Runtime, user: Recipient, item: MailItemRecord): NewMail {
  const language = languageOf(user);
  const rendered = renderItem(item.template, item.params, language, runtime.config.publicUrl);
  return envelope(runtime, `item:${String(item._id)}`, user, [item.kind], [item], (footer) =>
    composeSingle(rendered, language, footer),
  );
}

/** One digest of `items` for the period `periodKey` (e.g. `D2026-12-01`, `W2026-W48`). */
export function digestMessage(
  runtime: Runtime,
  user: Recipient,
  items: MailItemRecord[],
  period: { key: string; weekly: boolean; label: string },
): NewMail {
  const language = languageOf(user);
  const rendered = items.map((item) =>
    renderItem(item.template, item.params, language, runtime.config.publicUrl),
  );
  const kinds = [...new Set(items.map((item) => item.kind))];
  return envelope(runtime, `digest:${String(user._id)}:${period.key}`, user, kinds, items, (footer) =>
    composeDigest(rendered, language, period, footer),
  );
}
