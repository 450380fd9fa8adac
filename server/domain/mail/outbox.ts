import { assertCan } from '../../auth/can';
import type { MailRecord } from '../../db/models/Mail';
import { pageOfQuery, type PageArgs } from '../../db/pagination';
import type { RequestContext } from '../context';

/** Every outgoing message, newest first, for admins; without the HTML part, which the page never shows. */
export function listOutbox(ctx: RequestContext, args: PageArgs) {
  assertCan(ctx.viewer, 'mail:outbox');
  return pageOfQuery<MailRecord>(ctx.runtime.models.Mail, {}, { createdAt: -1, _id: -1 }, args, { html: 0 });
}
