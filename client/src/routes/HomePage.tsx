import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../components/EmptyState';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { useViewer } from '../features/auth/AuthContext';
import type { Viewer } from '../features/auth/documents';
import { ReviewTaskList } from '../features/review/ReviewTaskList';
import { useMarkNotificationsRead } from '../features/notifications/useMarkNotificationsRead';
import { graphql } from '../gql';
import { useFormatters } from '../i18n/format';

const HomePageQuery = graphql(`
  query HomePageQuery($municipalityCode: String!, $municipalityId: ID!, $hasMunicipality: Boolean!) {
    municipality(code: $municipalityCode) @include(if: $hasMunicipality) {
      id
      name
      code
      adoptions {
        id
        status
        needsReview
        reviewVersion
        standard {
          id
          slug
          name
        }
      }
    }
    initiatives(first: 20, municipalityId: $municipalityId) @include(if: $hasMunicipality) {
      nodes {
        id
        title
        status
        deadline
        overdue
      }
    }
    roadmaps(first: 50) {
      nodes {
        id
        title
        startYear
        endYear
        taskforce {
          id
          name
        }
      }
    }
    notifications(first: 10) {
      nodes {
        id
        message
        read
        createdAt
      }
    }
  }
`);

/** `/`: the signed-in person's starting point; visitors get a welcome with the public pages. */
export function HomePage() {
  const { t } = useTranslation();
  const { viewer, loading } = useViewer();

  if (loading) return <Loading />;
  if (!viewer) {
    return (
      <Page title={t('home.title')}>
        <p className="utrecht-paragraph utrecht-paragraph--lead">{t('home.intro')}</p>
        <ul className="utrecht-unordered-list">
          <li>
            <Link to="/standaarden" className="utrecht-link">
              {t('home.browseStandards')}
            </Link>
          </li>
          <li>
            <Link to="/adoptie" className="utrecht-link">
              {t('home.browseAdoption')}
            </Link>
          </li>
        </ul>
        <p className="utrecht-paragraph">{t('home.signInPrompt')}</p>
        <p className="utrecht-paragraph">
          <Link to="/login" className="utrecht-link">
            {t('nav.login')}
          </Link>
        </p>
      </Page>
    );
  }
  return <SignedInHome viewer={viewer} />;
}

const OPEN_STATUSES = new Set(['NOT_STARTED', 'PLANNED', 'IN_PROGRESS']);

function SignedInHome({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const municipality = viewer.municipality;
  const { data, error, refetch } = useQuery(HomePageQuery, {
    variables: {
      municipalityCode: municipality?.code ?? '',
      municipalityId: municipality?.id ?? '',
      hasMunicipality: Boolean(municipality),
    },
  });
  const { markRead } = useMarkNotificationsRead();

  const title = t('home.welcome', { name: viewer.name });
  if (error && !data) {
    return (
      <Page title={title}>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }
  if (!data) {
    return (
      <Page title={title}>
        <Loading />
      </Page>
    );
  }

  const taskforceIds = new Set(viewer.taskforces.map((taskforce) => taskforce.id));
  const roadmaps = data.roadmaps.nodes.filter(
    (roadmap) => roadmap.taskforce && taskforceIds.has(roadmap.taskforce.id),
  );
  const actions = (data.municipality?.adoptions ?? [])
    .filter((adoption) => adoption.needsReview || OPEN_STATUSES.has(adoption.status))
    .sort(
      (a, b) =>
        Number(b.needsReview) - Number(a.needsReview) || a.standard.name.localeCompare(b.standard.name),
    );
  const initiatives = data.initiatives?.nodes ?? [];
  const notifications = data.notifications.nodes;

  return (
    <Page title={title}>
      <ReviewTaskList />
      {viewer?.cooperation && (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to={`/samenwerkingsverbanden/${viewer.cooperation.id}`}>
            {t('cooperation.reportFor', { name: viewer.cooperation.name })}
          </Link>
        </p>
      )}
      {data.municipality && (
        <section aria-labelledby="actions-heading">
          <h2 id="actions-heading" className="utrecht-heading-2">
            {t('home.openActions', { municipality: data.municipality.name })}
          </h2>
          {actions.length === 0 ? (
            <EmptyState message={t('home.noOpenActions')} />
          ) : (
            <ul className="utrecht-unordered-list">
              {actions.slice(0, 10).map((adoption) => (
                <li key={adoption.id}>
                  <Link className="utrecht-link" to={`/standaarden/${adoption.standard.slug}`}>
                    {adoption.standard.name}
                  </Link>
                  {': '}
                  {adoption.needsReview
                    ? t('municipality.needsReview', { version: adoption.reviewVersion ?? '' })
                    : t(`enums.adoptionStatus.${adoption.status}`)}
                </li>
              ))}
            </ul>
          )}
          <p className="utrecht-paragraph">
            <Link className="utrecht-link" to={`/gemeenten/${data.municipality.code}`}>
              {t('home.scorecard', { municipality: data.municipality.name })}
            </Link>
          </p>
        </section>
      )}

      <section aria-labelledby="quick-wins-heading">
        <h2 id="quick-wins-heading" className="utrecht-heading-2">
          {t('home.myQuickWins')}
        </h2>
        {initiatives.length === 0 ? (
          <EmptyState message={t('home.noQuickWins')} />
        ) : (
          <ul className="utrecht-unordered-list">
            {initiatives.map((initiative) => (
              <li key={initiative.id}>
                <Link className="utrecht-link" to={`/quick-wins/${initiative.id}`}>
                  {initiative.title}
                </Link>{' '}
                ({t(`enums.initiativeStatus.${initiative.status}`)}, {t('quickWins.deadline')}{' '}
                {format.date(initiative.deadline)}
                {initiative.overdue && `, ${t('quickWins.overdue')}`})
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="roadmaps-heading">
        <h2 id="roadmaps-heading" className="utrecht-heading-2">
          {t('home.myRoadmaps')}
        </h2>
        {roadmaps.length === 0 ? (
          <EmptyState message={t('home.noRoadmaps')} />
        ) : (
          <ul className="utrecht-unordered-list">
            {roadmaps.map((roadmap) => (
              <li key={roadmap.id}>
                <Link className="utrecht-link" to={`/roadmaps/${roadmap.id}`}>
                  {roadmap.title}
                </Link>{' '}
                ({roadmap.taskforce?.name}, {roadmap.startYear}–{roadmap.endYear})
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="notifications-heading">
        <h2 id="notifications-heading" className="utrecht-heading-2">
          {t('home.notifications')}
        </h2>
        {notifications.length === 0 ? (
          <EmptyState message={t('home.noNotifications')} />
        ) : (
          <ul className="koers-card-list">
            {notifications.map((notification) => (
              <li
                key={notification.id}
                className={notification.read ? 'koers-card' : 'koers-card koers-unread'}
              >
                {notification.message}
                <div className="koers-card__meta">{format.dateTime(notification.createdAt)}</div>
                {!notification.read && (
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--subtle"
                    onClick={() => void markRead([notification.id]).catch(() => undefined)}
                  >
                    {t('notifications.markRead')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}
