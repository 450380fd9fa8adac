import { useQuery } from '@apollo/client/react';
import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { StatusSummary } from '../../features/adoption/StatusSummary';
import { useViewer } from '../../features/auth/AuthContext';
import { ExportDownload } from '../../features/exports/ExportDownload';
import { StandardDescription } from '../../features/standards/StandardDescription';
import { FeedLink } from '../../features/standards/FeedLink';
import { useSubscribeToStandard } from '../../features/standards/useSubscribeToStandard';
import { useUnsubscribeFromStandard } from '../../features/standards/useUnsubscribeFromStandard';
import { StandardRoadmapItems } from '../../features/standards/StandardRoadmapItems';
import { LinkedPages } from '../../features/knowledge/LinkedPages';
import { StandardStatusNotes } from '../../features/standards/StandardStatusNotes';
import { graphql } from '../../gql';
import { useFormatters } from '../../i18n/format';

const StandardPageQuery = graphql(`
  query StandardPageQuery($slug: String!) {
    standard(slug: $slug) {
      id
      slug
      name
      summary
      category
      lifecycle
      owner
      url
      complianceLevel
      establishedOn
      complianceDeadline
      viewerCanEdit
      lifecycleReason
      successor {
        id
        slug
        name
      }
      links {
        label
        url
      }
      ...StandardRoadmapItems_standard
      versions {
        number
        date
        changes
      }
      adoptionSummary {
        total
        byStatus {
          status
          count
        }
      }
      subscribers {
        id
        code
        name
      }
      ...StandardDescription_standard
    }
  }
`);

/** `/standaarden/:slug`: one standard with versions, adoption and the municipalities following it. */
export function StandardPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormatters();
  const { viewer } = useViewer();
  const { data, error, refetch } = useQuery(StandardPageQuery, { variables: { slug } });

  if (error && !data) {
    return (
      <Page title={t('standard.title', { slug })}>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }
  if (!data) {
    return (
      <Page title={t('standard.title', { slug })}>
        <Loading />
      </Page>
    );
  }
  const standard = data.standard;
  if (!standard) {
    return (
      <Page title={t('standard.notFound')}>
        <EmptyState message={t('errors.NOT_FOUND')}>
          <Link className="utrecht-link" to="/standaarden">
            {t('home.browseStandards')}
          </Link>
        </EmptyState>
      </Page>
    );
  }

  const none = t('common.none');
  return (
    <Page title={standard.name}>
      {standard.summary && <p className="utrecht-paragraph koers-lead">{standard.summary}</p>}
      <dl className="koers-facts">
        <dt>{t('standard.category')}</dt>
        <dd>{t(`enums.category.${standard.category}`)}</dd>
        <dt>{t('standard.lifecycle')}</dt>
        <dd>{t(`enums.lifecycle.${standard.lifecycle}`)}</dd>
        <dt>{t('standard.compliance')}</dt>
        <dd>{standard.complianceLevel ? t(`enums.compliance.${standard.complianceLevel}`) : none}</dd>
        <dt>{t('standard.owner')}</dt>
        <dd>{standard.owner ?? none}</dd>
        <dt>{t('standard.establishedOn')}</dt>
        <dd>{standard.establishedOn ? format.date(standard.establishedOn) : none}</dd>
        <dt>{t('standard.complianceDeadline')}</dt>
        <dd>{standard.complianceDeadline ? format.date(standard.complianceDeadline) : none}</dd>
        {standard.url && (
          <>
            <dt>{t('standard.website')}</dt>
            <dd>
              <a className="utrecht-link" href={standard.url} rel="noopener noreferrer">
                {standard.url}
              </a>
            </dd>
          </>
        )}
      </dl>
      <StandardStatusNotes standard={standard} />
      <FeedLink
        href={`/feeds/standaarden/${encodeURIComponent(standard.slug)}.atom`}
        title={t('feeds.standard', { name: standard.name })}
      />
      {standard.viewerCanEdit && (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to={`/beheer/catalogus/${standard.slug}`}>
            {t('catalogue.manage', { name: standard.name })}
          </Link>
        </p>
      )}

      <SubscriptionControl
        standardId={standard.id}
        subscriberIds={standard.subscribers.map((municipality) => municipality.id)}
      />

      <StandardDescription standard={standard} />

      <section aria-labelledby="adoption-heading">
        <h2 id="adoption-heading" className="utrecht-heading-2">
          {t('standard.adoption')}
        </h2>
        <StatusSummary
          total={standard.adoptionSummary.total}
          byStatus={standard.adoptionSummary.byStatus}
          labelledBy="adoption-heading"
        />
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to={`/adoptie?standaard=${encodeURIComponent(standard.slug)}`}>
            {t('standard.adoptionMap')}
          </Link>
        </p>
        {viewer && (
          <ExportDownload
            id="adoption-export"
            path="/export/adoption.csv"
            params={{ standard: standard.slug }}
            filename={`adoption-${standard.slug}.csv`}
            label={t('exports.adoptionCsv')}
            csv
          />
        )}
      </section>

      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading" className="utrecht-heading-2">
          {t('standard.versions')}
        </h2>
        {standard.versions.length === 0 ? (
          <EmptyState message={t('standard.noVersions')} />
        ) : (
          <DataTable
            labelledBy="versions-heading"
            rows={standard.versions}
            rowKey={(version) => version.number}
            columns={[
              { key: 'number', header: t('standard.version'), cell: (v) => v.number, rowHeader: true },
              { key: 'date', header: t('common.date'), cell: (v) => (v.date ? format.date(v.date) : none) },
              { key: 'changes', header: t('standard.changes'), cell: (v) => v.changes },
            ]}
          />
        )}
      </section>

      <section aria-labelledby="subscribers-heading">
        <h2 id="subscribers-heading" className="utrecht-heading-2">
          {t('standard.subscribers')}
        </h2>
        {standard.subscribers.length === 0 ? (
          <EmptyState message={t('standard.noSubscribers')} />
        ) : (
          <ul className="koers-inline-list" data-testid="subscribers">
            {standard.subscribers.map((municipality) => (
              <li key={municipality.id}>
                <Link className="utrecht-link" to={`/gemeenten/${municipality.code}`}>
                  {municipality.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <StandardRoadmapItems standard={standard} />
      <LinkedPages kind="STANDARD" id={standard.id} />
    </Page>
  );
}

/** Follow/unfollow for the signed-in editor's municipality; nothing for anyone else. */
function SubscriptionControl({ standardId, subscriberIds }: { standardId: string; subscriberIds: string[] }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { subscribe, loading: subscribing, error: subscribeError } = useSubscribeToStandard();
  const { unsubscribe, loading: unsubscribing, error: unsubscribeError } = useUnsubscribeFromStandard();
  const [message, setMessage] = useState('');
  const municipality = viewer?.municipality;
  const canEdit = Boolean(
    municipality && viewer?.roles.some((role) => role === 'MUNICIPALITY_EDITOR' || role === 'ADMIN'),
  );
  if (!municipality || !canEdit) return null;

  const subscribed = subscriberIds.includes(municipality.id);
  const busy = subscribing || unsubscribing;
  const error = subscribeError ?? unsubscribeError;

  async function toggle() {
    if (!municipality) return;
    setMessage('');
    if (subscribed) {
      await unsubscribe(municipality.id, standardId);
      setMessage(t('standard.unsubscribed', { municipality: municipality.name }));
    } else {
      await subscribe(municipality.id, standardId);
      setMessage(t('standard.subscribed', { municipality: municipality.name }));
    }
  }

  return (
    <div className="koers-actions">
      <Button
        type="button"
        appearance={subscribed ? 'secondary-action-button' : 'primary-action-button'}
        disabled={busy}
        busy={busy || undefined}
        onClick={() => void toggle().catch(() => undefined)}
      >
        {subscribed
          ? t('standard.unsubscribe', { municipality: municipality.name })
          : t('standard.subscribe', { municipality: municipality.name })}
      </Button>
      <p className="utrecht-paragraph" role="status">
        {message}
      </p>
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
