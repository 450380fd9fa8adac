import { Types } from 'mongoose';
import { parseDocumentName, type DocumentName } from '../../common/collab';
import { hasRole, isAdmin, type Viewer } from '../auth/viewer';
import type { Models } from '../db/models';
import { canEditTaskforceWork } from '../graphql/taskforce/policy';

/** What a signed-in viewer may do with a document: everyone signed in reads, some write. */
export type Access = 'read' | 'write';

/** Admins and any TASKFORCE_MEMBER or MANAGER create and edit knowledge pages. */
export function canEditPages(viewer: Viewer | null): boolean {
  return isAdmin(viewer) || hasRole(viewer, 'TASKFORCE_MEMBER') || hasRole(viewer, 'MANAGER');
}

/**
 * The access of `viewer` to the document `name`, or null when the document does not exist (or the
 * name is malformed). One place decides for sockets and for the GraphQL bridge.
 */
export async function documentAccess(models: Models, viewer: Viewer, name: string): Promise<Access | null> {
  const parsed = parseDocumentName(name);
  if (!parsed) return null;
  return accessOf(models, viewer, parsed);
}

async function accessOf(models: Models, viewer: Viewer, { kind, id }: DocumentName): Promise<Access | null> {
  if (!Types.ObjectId.isValid(id) || String(new Types.ObjectId(id)) !== id) return null;
  switch (kind) {
    case 'roadmap': {
      const roadmap = await models.Roadmap.findById(id, { taskforceId: 1 }).lean();
      if (!roadmap) return null;
      return canEditTaskforceWork(viewer, String(roadmap.taskforceId)) ? 'write' : 'read';
    }
    case 'standard': {
      const standard = await models.Standard.findById(id, { _id: 1 }).lean();
      if (!standard) return null;
      return isAdmin(viewer) ? 'write' : 'read';
    }
    case 'page': {
      const page = await models.Page.findById(id, { _id: 1 }).lean();
      if (!page) return null;
      return canEditPages(viewer) ? 'write' : 'read';
    }
  }
}
