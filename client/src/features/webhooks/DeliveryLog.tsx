import { useQuery } from '@apollo/client/react';
import { SecondaryActionButton } from '@utrecht/button-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import type { WebhookDeliveryFieldsFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { WebhookDeliveriesQuery } from './documents';

const PAGE_SIZE = 10;
/** While a delivery waits for its first try, the log looks again this often. */
const POLL_MS = 2_000;

/**
 * One webhook's delivery log, newest first, with "Meer laden": per delivery its kind, status,
 * attempts and the last attempt's response code, duration and error excerpt.
 */
export function DeliveryLog({ webhookId, headingId }: { webhookId: string; headingId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { data, loading, error, fetchMore, startPolling, stopPolling } = useQuery(WebhookDeliveriesQuery, {
    variables: { webhookId, first: PAGE_SIZE },
  });
  const deliveries = data?.webhookDeliveries;
  const waiting = Boolean(deliveries?.nodes.some((d) => d.status === 'PENDING' && d.attempts.length === 0));
  useEffect(() => {
    if (!waiting) return undefined;
    startPolling(POLL_MS);
    return stopPolling;
  }, [waiting, startPolling, stopPolling]);

  async function loadMore() {
    await fetchMore({
      variables: { after: deliveries?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        webhookDeliveries: {
          ...fetchMoreResult.webhookDeliveries,
          nodes: [...(previous.webhookDeliveries?.nodes ?? []), ...fetchMoreResult.webhookDeliveries.nodes],
        },
      }),
    });
  }

  if (loading && !deliveries) return <Loading />;
  if (error) return <ErrorMessage error={error} />;
  if (!deliveries?.nodes.length) return <EmptyState message={t('webhooks.noDeliveries')} />;
  const last = (d: WebhookDeliveryFieldsFragment) => d.attempts[d.attempts.length - 1];
  return (
    <>
      <DataTable
        labelledBy={headingId}
        testId="webhook-deliveries"
        rows={deliveries.nodes}
        rowKey={(d) => d.id}
        rowData={(d) => ({ 'data-status': d.status })}
        columns={[
          {
            key: 'queuedAt',
            header: t('webhooks.queuedAt'),
            cell: (d) => format.dateTime(d.queuedAt),
            rowHeader: true,
          },
          { key: 'kind', header: t('webhooks.kind'), cell: (d) => <code>{d.kind}</code> },
          {
            key: 'status',
            header: t('common.status'),
            cell: (d) => t(`webhooks.deliveryStatus.${d.status}`),
          },
          { key: 'attempts', header: t('webhooks.attempts'), cell: (d) => d.attempts.length, numeric: true },
          {
            key: 'response',
            header: t('webhooks.response'),
            cell: (d) => last(d)?.responseCode ?? (last(d) ? t('webhooks.noResponse') : t('common.none')),
            testId: 'webhook-response',
          },
          {
            key: 'duration',
            header: t('webhooks.duration'),
            cell: (d) => (last(d) ? t('webhooks.ms', { ms: last(d)!.durationMs }) : t('common.none')),
            numeric: true,
          },
          {
            key: 'next',
            header: t('webhooks.nextAttempt'),
            cell: (d) => (d.nextAttemptAt ? format.dateTime(d.nextAttemptAt) : t('common.none')),
          },
          { key: 'error', header: t('webhooks.error'), cell: (d) => last(d)?.error ?? t('common.none') },
        ]}
      />
      {deliveries.pageInfo.hasNextPage && (
        <SecondaryActionButton type="button" onClick={() => void loadMore()}>
          {t('common.loadMore')}
        </SecondaryActionButton>
      )}
    </>
  );
}
