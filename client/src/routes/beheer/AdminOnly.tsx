import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { Page } from '../../components/Page';
import { useViewer } from '../../features/auth/AuthContext';
import { sectionsFor } from '../../features/admin/adminSections';

/** Shows `children` only to viewers who may use the section `path`; others get a plain refusal. */
export function AdminOnly({ path, title, children }: { path: string; title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  if (sectionsFor(viewer).some((section) => section.path === path)) return <>{children}</>;
  return (
    <Page title={title}>
      <EmptyState message={t('errors.FORBIDDEN')} />
    </Page>
  );
}
