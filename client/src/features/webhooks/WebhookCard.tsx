import { SecondaryActionButton } from '@utrecht/button-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { WebhookFieldsFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { ConfirmRemove } from '../roadmapEditor/ConfirmRemove';
import { DeliveryLog } from './DeliveryLog';
import { useWebhookActions } from './useWebhookActions';

/**
 * One webhook: where it points, what it receives and its state, with "send a test event", pause
 * or resume, removal after confirmation, and its delivery log.
 */
export function WebhookCard({ webhook }: { webhook: WebhookFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const actions = useWebhookActions(webhook.id);
  const headingId = `webhook-${webhook.id}`;
  const paused = webhook.status === 'PAUSED';
  return (
    <section aria-labelledby={headingId} className="koers-card" data-testid="webhook">
      <h3 id={headingId} className="utrecht-heading-3">
        {webhook.url}
      </h3>
      {webhook.description && <p className="utrecht-paragraph">{webhook.description}</p>}
      <dl className="koers-facts">
        <dt>{t('common.status')}</dt>
        <dd data-testid="webhook-status">
          {paused
            ? t(webhook.pausedReason === 'FAILURES' ? 'webhooks.pausedFailures' : 'webhooks.pausedManual', {
                date: webhook.pausedAt ? format.dateTime(webhook.pausedAt) : '',
              })
            : t('webhooks.active')}
        </dd>
        <dt>{t('webhooks.kinds')}</dt>
        <dd>{webhook.kinds.join(', ')}</dd>
        <dt>{t('webhooks.municipality')}</dt>
        <dd>{webhook.municipality.name}</dd>
        <dt>{t('webhooks.owner')}</dt>
        <dd>{webhook.owner?.name ?? t('common.none')}</dd>
      </dl>
      {actions.error && <ErrorMessage error={actions.error} />}
      <div className="koers-actions">
        <SecondaryActionButton type="button" disabled={actions.busy} onClick={() => void actions.sendTest()}>
          {t('webhooks.sendTest')}
        </SecondaryActionButton>
        {paused ? (
          <SecondaryActionButton type="button" disabled={actions.busy} onClick={() => void actions.resume()}>
            {t('webhooks.resume')}
          </SecondaryActionButton>
        ) : (
          <SecondaryActionButton type="button" disabled={actions.busy} onClick={() => void actions.pause()}>
            {t('webhooks.pause')}
          </SecondaryActionButton>
        )}
      </div>
      <ConfirmRemove
        label={t('webhooks.remove')}
        confirmLabel={t('webhooks.confirmRemove', { url: webhook.url })}
        onRemove={() => void actions.remove()}
      />
      <h4 id={`${headingId}-log`} className="utrecht-heading-4">
        {t('webhooks.log')}
      </h4>
      <DeliveryLog webhookId={webhook.id} headingId={`${headingId}-log`} />
    </section>
  );
}
