import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { AuditLog } from '../../features/admin/AuditLog';

/** `/beheer/auditlog` (managers and admins): every change, filtered, paged and downloadable. */
export function AuditLogPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('admin.sections.audit')}>
      <AuditLog />
    </Page>
  );
}
