import { useQuery } from '@apollo/client/react';
import { Button } from '@utrecht/button-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useLoadMore } from '../../apollo/useLoadMore';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { graphql } from '../../gql';
import { useFormatters } from '../../i18n/format';
import { ExportDownload } from '../exports/ExportDownload';
import { AuditFilterForm } from './AuditFilterForm';
import { filterValues, filtersFromParams, paramsFromFilters } from './auditFilters';
import { LoadMore } from './LoadMore';

const PAGE_SIZE = 25;

const AuditLogQuery = graphql(`
  query AuditLogQuery(
    $actorId: ID
    $action: String
    $subjectType: String
    $subjectId: ID
    $from: Date
    $to: Date
    $first: Int
    $after: String
  ) {
    auditLog(
      actorId: $actorId
      action: $action
      subjectType: $subjectType
      subjectId: $subjectId
      from: $from
      to: $to
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        action
        subjectType
        subjectId
        subjectLabel
        at
        actor {
          id
          name
        }
        apiToken {
          id
          name
        }
      }
    }
  }
`);

const AuditLogFacetsQuery = graphql(`
  query AuditLogFacetsQuery {
    auditLogFacets {
      actions
      subjectTypes
      actors {
        id
        name
      }
    }
  }
`);

/**
 * The audit log for managers and admins: filters kept in the URL, the matching changes newest first
 * in pages ("Meer laden", "n van m"), and the same filtered result as CSV.
 */
export function AuditLog() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const values = filterValues(filters);
  const facets = useQuery(AuditLogFacetsQuery);
  const { data, error, refetch, fetchMore } = useQuery(AuditLogQuery, {
    variables: { ...values, first: PAGE_SIZE },
  });
  const log = data?.auditLog;
  const more = useLoadMore('auditLog', log?.pageInfo.endCursor, fetchMore);

  return (
    <>
      <p className="utrecht-paragraph">{t('auditLog.intro')}</p>
      <AuditFilterForm
        key={params.toString()}
        initial={filters}
        facets={facets.data?.auditLogFacets ?? null}
        onApply={(next) => setParams(paramsFromFilters(next), { replace: true })}
      />
      <ExportDownload
        id="audit-export"
        path="/export/audit.csv"
        params={values}
        filename="auditlog.csv"
        label={t('exports.auditCsv')}
        csv
      />
      <section aria-labelledby="audit-list-heading">
        <h2 id="audit-list-heading" className="utrecht-heading-2">
          {t('auditLog.list')}
        </h2>
        {error && !log ? (
          <ErrorMessage error={error} onRetry={() => void refetch()} />
        ) : !log ? (
          <Loading />
        ) : log.nodes.length === 0 ? (
          <EmptyState message={t('auditLog.empty')} />
        ) : (
          <>
            <DataTable
              labelledBy="audit-list-heading"
              testId="audit-table"
              rows={log.nodes}
              rowKey={(event) => event.id}
              columns={[
                {
                  key: 'at',
                  header: t('auditLog.at'),
                  rowHeader: true,
                  cell: (event) => <time dateTime={event.at}>{format.dateTime(event.at)}</time>,
                },
                {
                  key: 'actor',
                  header: t('auditLog.actor'),
                  cell: (event) =>
                    event.apiToken
                      ? t('auditLog.viaToken', { name: event.apiToken.name })
                      : (event.actor?.name ?? t('auditLog.system')),
                },
                { key: 'action', header: t('auditLog.action'), cell: (event) => <code>{event.action}</code> },
                {
                  key: 'subject',
                  header: t('auditLog.subject'),
                  cell: (event) => {
                    const subject = event.subjectLabel ?? event.subjectId;
                    return (
                      <>
                        {event.subjectType}: {subject} <code>{event.subjectId}</code>{' '}
                        <Button
                          type="button"
                          appearance="subtle-button"
                          aria-label={t('auditLog.onlySubjectNamed', { subject })}
                          onClick={() =>
                            setParams(
                              paramsFromFilters({
                                ...filters,
                                subjectType: event.subjectType,
                                subjectId: event.subjectId,
                              }),
                              { replace: true },
                            )
                          }
                        >
                          {t('auditLog.onlySubject')}
                        </Button>
                      </>
                    );
                  },
                },
              ]}
            />
            <LoadMore
              connection={log}
              countText={(shown, total) => t('auditLog.count', { shown, total })}
              busy={more.busy}
              onLoadMore={() => void more.loadMore()}
            />
          </>
        )}
      </section>
    </>
  );
}
