import { useQuery } from '@apollo/client/react';
import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { graphql } from '../../gql';
import { useFormatters } from '../../i18n/format';

const PAGE_SIZE = 25;
/** Characters of the plain-text body shown per message. */
const PREVIEW_LENGTH = 160;

const OutboxQuery = graphql(`
  query OutboxQuery($first: Int, $after: String) {
    outbox(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        to
        subject
        status
        text
        attempts
        lastError
        createdAt
      }
    }
  }
`);

/**
 * `/beheer/outbox` (admins): every message Koers sent or — without an SMTP server — would have
 * sent, newest first, with its status and the start of its text.
 */
export function OutboxPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { data, error, refetch, fetchMore, loading } = useQuery(OutboxQuery, {
    variables: { first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const [loadingMore, setLoadingMore] = useState(false);

  async function loadMore() {
    const after = data?.outbox.pageInfo.endCursor;
    if (!after) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          outbox: {
            ...fetchMoreResult.outbox,
            nodes: [...(previous.outbox?.nodes ?? []), ...fetchMoreResult.outbox.nodes],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  }

  const outbox = data?.outbox;
  return (
    <Page title={t('admin.sections.outbox')}>
      <p className="utrecht-paragraph">{t('outbox.intro')}</p>
      {error && !data ? (
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      ) : !outbox ? (
        <Loading />
      ) : outbox.nodes.length === 0 ? (
        <EmptyState message={t('outbox.empty')} />
      ) : (
        <>
          <DataTable
            caption={t('outbox.caption', { count: outbox.totalCount })}
            rows={outbox.nodes}
            rowKey={(mail) => mail.id}
            columns={[
              { key: 'subject', header: t('outbox.subject'), rowHeader: true, cell: (mail) => mail.subject },
              { key: 'to', header: t('outbox.to'), cell: (mail) => mail.to },
              {
                key: 'status',
                header: t('common.status'),
                cell: (mail) =>
                  [t(`outbox.status.${mail.status}`), mail.lastError ? `(${mail.lastError})` : '']
                    .filter(Boolean)
                    .join(' '),
              },
              { key: 'date', header: t('outbox.date'), cell: (mail) => format.dateTime(mail.createdAt) },
              {
                key: 'preview',
                header: t('outbox.preview'),
                cell: (mail) =>
                  mail.text.length > PREVIEW_LENGTH ? `${mail.text.slice(0, PREVIEW_LENGTH)}…` : mail.text,
              },
            ]}
          />
          {outbox.pageInfo.hasNextPage && (
            <Button
              type="button"
              appearance="secondary-action-button"
              busy={loadingMore || undefined}
              disabled={loadingMore || loading}
              onClick={() => void loadMore()}
            >
              {t('common.loadMore')}
            </Button>
          )}
        </>
      )}
    </Page>
  );
}
