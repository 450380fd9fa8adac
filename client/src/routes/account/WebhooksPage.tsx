import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { WebhooksPanel } from '../../features/webhooks/WebhooksPanel';

/** `/account/webhooks` (editors, for their municipality) and `/beheer/webhooks` (admins, all). */
export function WebhooksPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('webhooks.title')}>
      <WebhooksPanel />
    </Page>
  );
}
