import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { graphql } from '../../gql';
import type { StandardRoadmapItems_StandardFragment } from '../../gql/graphql';
import { useViewer } from '../auth/AuthContext';

export const StandardRoadmapItemsFragment = graphql(`
  fragment StandardRoadmapItems_standard on Standard {
    roadmapItems {
      id
      title
      startYear
      endYear
      status
      roadmap {
        id
        title
      }
    }
  }
`);

type Item = StandardRoadmapItems_StandardFragment['roadmapItems'][number];

/** Item statuses with a translation; an item's status is free text, so others are shown as typed. */
const KNOWN_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'AT_RISK'] as const;
type KnownStatus = (typeof KNOWN_STATUSES)[number];
const isKnown = (status: string): status is KnownStatus =>
  (KNOWN_STATUSES as readonly string[]).includes(status);

/**
 * The roadmap items that link to a standard, each with a link to its roadmap. Roadmaps are for
 * signed-in users only (the server sends visitors no items), so visitors are told to sign in.
 */
export function StandardRoadmapItems({ standard }: { standard: StandardRoadmapItems_StandardFragment }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const none = t('common.none');
  const items = [...standard.roadmapItems].sort(
    (a, b) => a.startYear - b.startYear || a.title.localeCompare(b.title, 'nl'),
  );
  let content;
  if (!viewer) content = <EmptyState message={t('standardRoadmapItems.signIn')} />;
  else if (items.length === 0) content = <EmptyState message={t('standardRoadmapItems.empty')} />;
  else
    content = (
      <DataTable<Item>
        labelledBy="roadmap-items-heading"
        rows={items}
        rowKey={(item) => `${item.roadmap?.id ?? ''}:${item.id}`}
        columns={[
          { key: 'title', header: t('roadmap.item'), cell: (item) => item.title, rowHeader: true },
          {
            key: 'roadmap',
            header: t('roadmap.title'),
            cell: (item) =>
              item.roadmap ? (
                <Link className="utrecht-link" to={`/roadmaps/${item.roadmap.id}`}>
                  {item.roadmap.title}
                </Link>
              ) : (
                none
              ),
          },
          {
            key: 'years',
            header: t('roadmap.years'),
            cell: (item) =>
              item.startYear === item.endYear ? item.startYear : `${item.startYear}–${item.endYear}`,
          },
          {
            key: 'status',
            header: t('common.status'),
            cell: ({ status }) =>
              status ? (isKnown(status) ? t(`standardRoadmapItems.status.${status}`) : status) : none,
          },
        ]}
      />
    );
  return (
    <section aria-labelledby="roadmap-items-heading">
      <h2 id="roadmap-items-heading" className="utrecht-heading-2">
        {t('standardRoadmapItems.title')}
      </h2>
      {content}
    </section>
  );
}
