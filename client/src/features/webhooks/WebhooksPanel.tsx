import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { SecretShownOnce } from '../../components/SecretShownOnce';
import { useViewer } from '../auth/AuthContext';
import { WebhooksQuery } from './documents';
import { WebhookCard } from './WebhookCard';
import { WebhookForm } from './WebhookForm';

/**
 * The webhooks the viewer manages (an editor their municipality's, an admin every one): a new
 * webhook's secret is shown once, above the form that made it.
 */
export function WebhooksPanel() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const isAdmin = viewer?.roles.includes('ADMIN') ?? false;
  const mayManage = isAdmin || Boolean(viewer?.roles.includes('MUNICIPALITY_EDITOR') && viewer.municipality);
  const { data, loading, error } = useQuery(WebhooksQuery, { skip: !mayManage });
  const [secret, setSecret] = useState<string | null>(null);

  if (!mayManage) return <EmptyState message={t('webhooks.notAllowed')} />;
  return (
    <>
      <p className="utrecht-paragraph">{t('webhooks.intro')}</p>
      {secret && (
        <SecretShownOnce message={t('webhooks.shownOnce')} secret={secret} testId="new-webhook-secret" />
      )}
      <WebhookForm
        municipalityId={isAdmin ? null : (viewer?.municipality?.code ?? null)}
        onRegistered={setSecret}
      />
      <h2 className="utrecht-heading-2">{t('webhooks.list')}</h2>
      {loading && <Loading />}
      {error && <ErrorMessage error={error} />}
      {data && !data.webhooks.length && <EmptyState message={t('webhooks.empty')} />}
      {data?.webhooks.map((webhook) => (
        <WebhookCard key={webhook.id} webhook={webhook} />
      ))}
    </>
  );
}
