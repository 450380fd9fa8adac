import { Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
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

/** The routes under `/beheer`, each shown only to the roles that may use it. */
export function AdminRoutes() {
  const { t } = useTranslation();
  return (
    <Routes>
      <Route index element={<AdminHomePage />} />
      <Route
        path="catalogus"
        element={
          <AdminOnly path="catalogus" title={t('admin.sections.catalogue')}>
            <CatalogueAdminPage />
          </AdminOnly>
        }
      />
      <Route
        path="catalogus/:slug"
        element={
          <AdminOnly path="catalogus" title={t('admin.sections.catalogue')}>
            <StandardAdminPage />
          </AdminOnly>
        }
      />
      <Route
        path="mensen"
        element={
          <AdminOnly path="mensen" title={t('admin.sections.people')}>
            <PeopleAdminPage />
          </AdminOnly>
        }
      />
      <Route
        path="taskforces"
        element={
          <AdminOnly path="taskforces" title={t('admin.sections.taskforces')}>
            <TaskforcesAdminPage />
          </AdminOnly>
        }
      />
      <Route
        path="samenwerkingsverbanden"
        element={
          <AdminOnly path="samenwerkingsverbanden" title={t('admin.sections.cooperations')}>
            <CooperationsAdminPage />
          </AdminOnly>
        }
      />
      <Route
        path="auditlog"
        element={
          <AdminOnly path="auditlog" title={t('admin.sections.audit')}>
            <AuditLogPage />
          </AdminOnly>
        }
      />
      <Route
        path="back-up"
        element={
          <AdminOnly path="back-up" title={t('admin.sections.backup')}>
            <BackupPage />
          </AdminOnly>
        }
      />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
