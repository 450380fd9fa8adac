import type { Types } from 'mongoose';
import type { MailKind } from '../../../common/mail';
import type { UserRecord } from '../../db/models/User';
import type { NewMailItem } from '../../db/stores/mailStore';
import type { Runtime } from '../../runtime';
import { frequencyOf } from './preferences';
import type { TemplateName, TemplateParams } from './templates';

/** What to tell a set of people: one template, and a key per person that makes it once-only. */
export interface MailDraft<N extends TemplateName = TemplateName> {
  kind: MailKind;
  template: N;
  params: TemplateParams[N];
  /** The unique key of this draft for one person (e.g. `comment:<id>:<userId>`). */
  keyFor(userId: string): string;
}

/**
 * Stores the draft as a mail item for each of `userIds` who wants this kind (not OFF, account
 * active), with the frequency they chose; an item that exists already is left alone. Wakes the
 * mail scheduler when someone wants it immediately. Returns how many items were added.
 */
export async function queueMail(
  runtime: Runtime,
  userIds: Types.ObjectId[],
  draft: MailDraft,
): Promise<number> {
  if (userIds.length === 0) return 0;
  const users = await runtime.models.User.find(
    { _id: { $in: userIds }, deactivatedAt: null },
    { mailPreferences: 1, language: 1 },
  )
    .lean<UserRecord[]>()
    .exec();
  const items: NewMailItem[] = [];
  for (const user of users) {
    const frequency = frequencyOf(user, draft.kind);
    if (frequency === 'OFF') continue;
    items.push({
      key: draft.keyFor(String(user._id)),
      userId: user._id,
      kind: draft.kind,
      frequency,
      template: draft.template,
      params: draft.params as unknown as NewMailItem['params'],
      createdAt: runtime.now(),
    });
  }
  const added = await runtime.mail.store.addItems(items);
  if (items.some((item) => item.frequency === 'IMMEDIATELY')) runtime.mail.wake();
  return added;
}
