import type { Viewer } from '../auth/documents';

/** One section of /beheer: its path under /beheer, its i18n key and who may use it. */
export interface AdminSection {
  path: string;
  key:
    | 'admin.sections.catalogue'
    | 'admin.sections.people'
    | 'admin.sections.taskforces'
    | 'admin.sections.cooperations'
    | 'admin.sections.audit'
    | 'admin.sections.outbox'
    | 'admin.sections.backup';
  roles: readonly ('ADMIN' | 'MANAGER')[];
}

/** The sections of /beheer; the server decides again on every call, this only hides what would fail. */
export const ADMIN_SECTIONS: readonly AdminSection[] = [
  { path: 'catalogus', key: 'admin.sections.catalogue', roles: ['ADMIN'] },
  { path: 'mensen', key: 'admin.sections.people', roles: ['ADMIN'] },
  { path: 'taskforces', key: 'admin.sections.taskforces', roles: ['ADMIN'] },
  { path: 'samenwerkingsverbanden', key: 'admin.sections.cooperations', roles: ['ADMIN'] },
  { path: 'auditlog', key: 'admin.sections.audit', roles: ['ADMIN', 'MANAGER'] },
  { path: 'outbox', key: 'admin.sections.outbox', roles: ['ADMIN'] },
  { path: 'back-up', key: 'admin.sections.backup', roles: ['ADMIN'] },
];

/** The sections `viewer` may use (none when signed out). */
export function sectionsFor(viewer: Viewer | null): AdminSection[] {
  return ADMIN_SECTIONS.filter((section) => section.roles.some((role) => viewer?.roles.includes(role)));
}
