import { Types } from 'mongoose';
import { parseDocumentName } from '../../common/collab';
import { can } from '../auth/can';
import type { Viewer } from '../auth/viewer';
import type { Models } from '../db/models';

/** What a signed-in viewer may do with a document: everyone signed in reads, some write. */
export type Access = 'read' | 'write';

/** The record a document belongs to, as far as access needs it. */
export type DocumentOwner =
  { kind: 'roadmap'; taskforceId: string } | { kind: 'standard' } | { kind: 'page' };

/**
 * The access of `viewer` to the document `name`, or null when the document does not exist (or the
 * name is malformed). One place decides for sockets and for the GraphQL bridge.
 */
export async function documentAccess(models: Models, viewer: Viewer, name: string): Promise<Access | null> {
  const owner = await documentOwner(models, name);
  return owner && accessTo(viewer, owner);
}

/**
 * The owner of the document `name`, or null when it does not exist (or the name is malformed).
 * Needs no viewer, so it can be read while the viewer is still being signed in.
 */
export async function documentOwner(models: Models, name: string): Promise<DocumentOwner | null> {
  const parsed = parseDocumentName(name);
  if (!parsed) return null;
  const { kind, id } = parsed;
  if (!Types.ObjectId.isValid(id) || String(new Types.ObjectId(id)) !== id) return null;
  switch (kind) {
    case 'roadmap': {
      const roadmap = await models.Roadmap.findById(id, { taskforceId: 1 }).lean();
      return roadmap && { kind, taskforceId: String(roadmap.taskforceId) };
    }
    case 'standard': {
      const standard = await models.Standard.findById(id, { _id: 1 }).lean();
      return standard && { kind };
    }
    case 'page': {
      const page = await models.Page.findById(id, { _id: 1 }).lean();
      return page && { kind };
    }
  }
}

/** What `viewer` may do with a document of `owner`: everyone signed in reads, some write. */
export function accessTo(viewer: Viewer, owner: DocumentOwner): Access {
  switch (owner.kind) {
    case 'roadmap':
      return can(viewer, 'roadmap:edit', { taskforceId: owner.taskforceId }) ? 'write' : 'read';
    case 'standard':
      return can(viewer, 'standard:edit') ? 'write' : 'read';
    case 'page':
      return can(viewer, 'page:edit') ? 'write' : 'read';
  }
}
