import { assertCan } from '../../auth/can';
import type { AuditEventRecord } from '../../db/models/AuditEvent';
import { pageOfQuery, type PageArgs } from '../../db/pagination';
import { badUserInput } from '../../errors';
import type { RequestContext } from '../context';

/** One subject's audit history, newest first: managers and admins. */
export function auditLog(ctx: RequestContext, args: PageArgs & { subjectId: string }) {
  assertCan(ctx.viewer, 'audit:read');
  if (args.subjectId.length > 100) throw badUserInput('subjectId', 'is too long');
  return pageOfQuery<AuditEventRecord>(
    ctx.runtime.models.AuditEvent,
    { subjectId: args.subjectId },
    { at: -1, _id: -1 },
    args,
  );
}
