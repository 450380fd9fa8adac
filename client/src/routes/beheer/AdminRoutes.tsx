import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ADMIN_SECTIONS, type AdminSection } from '../../features/admin/adminSections';
import { NotFoundPage } from '../NotFoundPage';
import { AdminHomePage } from './AdminHomePage';
import { AdminOnly } from './AdminOnly';
import { AuditLogPage } from './AuditLogPage';
import { BackupPage } from './BackupPage';
import { CatalogueAdminPage } from './CatalogueAdminPage';
import { CooperationsAdminPage } from './CooperationsAdminPage';
import { PeopleAdminPage } from './PeopleAdminPage';
import { TaskforcesAdminPage } from './TaskforcesAdminPage';
import { StandardAdminPage } from './StandardAdminPage';
import { WebhooksPage } from '../account/WebhooksPage';
import { OutboxPage } from './OutboxPage';

/** Each route under `/beheer` with the section whose roles may use it. */
const PAGES: readonly { route: string; section: AdminSection['path']; page: ReactNode }[] = [
  { route: 'catalogus', section: 'catalogus', page: <CatalogueAdminPage /> },
  { route: 'catalogus/:slug', section: 'catalogus', page: <StandardAdminPage /> },
  { route: 'mensen', section: 'mensen', page: <PeopleAdminPage /> },
  { route: 'taskforces', section: 'taskforces', page: <TaskforcesAdminPage /> },
  { route: 'samenwerkingsverbanden', section: 'samenwerkingsverbanden', page: <CooperationsAdminPage /> },
  { route: 'auditlog', section: 'auditlog', page: <AuditLogPage /> },
  { route: 'webhooks', section: 'webhooks', page: <WebhooksPage /> },
  { route: 'outbox', section: 'outbox', page: <OutboxPage /> },
  { route: 'back-up', section: 'back-up', page: <BackupPage /> },
];

/** The routes under `/beheer`, each shown only to the roles that may use it. */
export function AdminRoutes() {
  const { t } = useTranslation();
  return (
    <Routes>
      <Route index element={<AdminHomePage />} />
      {PAGES.map(({ route, section, page }) => {
        const key = ADMIN_SECTIONS.find((s) => s.path === section)?.key ?? 'admin.title';
        return (
          <Route
            key={route}
            path={route}
            element={
              <AdminOnly path={section} title={t(key)}>
                {page}
              </AdminOnly>
            }
          />
        );
      })}
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
