import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { PublicNotFound } from '../../features/public/PublicNotFound';
import { usePageDescription } from '../../features/public/usePageDescription';
import { graphql } from '../../gql';
import { useFormatters } from '../../i18n/format';
import '../../features/public/public.css';
import { DataTable } from '../../components/DataTable';

const PublicQuickWinPageQuery = graphql(`
  query PublicQuickWinPageQuery($slug: String!) {
    publicQuickWin(slug: $slug) {
      slug
      title
      description
      status
      deadline
      participantCount
      liveCount
      demoNote
      isDemo
      publishedAt
      participants {
        municipalityCode
        municipalityName
        status
        liveOn
      }
      sources {
        url
        title
        date
      }
    }
  }
`);

/** `/openbaar/quick-wins/:slug`: a quick win's progress for anyone, without signing in. */
export function PublicQuickWinPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormatters();
  const { data, error, refetch } = useQuery(PublicQuickWinPageQuery, {
    variables: { slug },
    fetchPolicy: 'cache-and-network',
  });
  const quickWin = data?.publicQuickWin;
  usePageDescription(
    quickWin
      ? t('public.quickWinDescription', {
          title: quickWin.title,
          live: quickWin.liveCount,
          total: quickWin.participantCount,
        })
      : null,
  );
  if (error && !data) {
    return (
      <Page title={t('public.kind.QUICK_WIN')}>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }
  if (!data) {
    return (
      <Page title={t('public.kind.QUICK_WIN')}>
        <Loading />
      </Page>
    );
  }
  if (!quickWin) return <PublicNotFound />;
  return (
    <Page title={quickWin.title}>
      <article className="koers-public">
        {(quickWin.isDemo || quickWin.demoNote) && (
          <p className="utrecht-paragraph koers-public__demo">{quickWin.demoNote ?? t('public.demoNote')}</p>
        )}
        <p className="utrecht-paragraph">
          <strong>
            {t('public.progress', { live: quickWin.liveCount, total: quickWin.participantCount })}
          </strong>
        </p>
        <dl className="koers-facts">
          <dt>{t('public.status')}</dt>
          <dd>{t(`enums.initiativeStatus.${quickWin.status}`, { defaultValue: quickWin.status })}</dd>
          <dt>{t('public.deadline')}</dt>
          <dd>{format.date(quickWin.deadline)}</dd>
        </dl>
        {quickWin.description && <p className="utrecht-paragraph">{quickWin.description}</p>}
        <h2 id="koers-public-participants" className="utrecht-heading-2">
          {t('public.participants')}
        </h2>
        {quickWin.participants.length === 0 ? (
          <p className="utrecht-paragraph">{t('public.noParticipants')}</p>
        ) : (
          <DataTable
            labelledBy="koers-public-participants"
            rows={quickWin.participants}
            rowKey={(p) => p.municipalityCode}
            columns={[
              {
                key: 'municipality',
                header: t('public.municipality'),
                rowHeader: true,
                cell: (p) => p.municipalityName,
              },
              {
                key: 'status',
                header: t('public.status'),
                cell: (p) => t(`enums.rolloutStatus.${p.status}`, { defaultValue: p.status }),
              },
              {
                key: 'liveOn',
                header: t('public.liveOn'),
                cell: (p) => (p.liveOn ? format.date(p.liveOn) : '—'),
              },
            ]}
          />
        )}
        {quickWin.sources.length > 0 && (
          <>
            <h2 className="utrecht-heading-2">{t('public.sources')}</h2>
            <ul className="utrecht-unordered-list">
              {quickWin.sources.map((source) => (
                <li key={source.url} className="utrecht-unordered-list__item">
                  <a className="utrecht-link" href={source.url}>
                    {source.title}
                  </a>
                  {source.date && ` (${format.date(source.date)})`}
                </li>
              ))}
            </ul>
          </>
        )}
      </article>
    </Page>
  );
}
