import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../components/DataTable';
import type { PublicRoadmapFieldsFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { useStatusLabel } from '../roadmapEditor/useStatusLabel';
import { RoadmapExport } from './RoadmapExport';
import { TimelineSvg } from './TimelineSvg';
import './public.css';

/**
 * A roadmap as the public (and a printed meeting paper) sees it: facts, vision, the timeline as an
 * image, the items as a table and the milestones. Built only from the public projection, so it
 * cannot show a person, a comment or a draft. The print stylesheet puts it on one landscape page.
 */
export function PublicRoadmapView({ roadmap }: { roadmap: PublicRoadmapFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const statusLabel = useStatusLabel();
  const svg = useRef<SVGSVGElement>(null);
  const laneTitle = new Map(roadmap.lanes.map((lane) => [lane.id, lane.title]));
  return (
    <article className="koers-public koers-public--roadmap">
      {roadmap.isDemo && <p className="utrecht-paragraph koers-public__demo">{t('public.demoNote')}</p>}
      <dl className="koers-facts">
        {roadmap.taskforceName && (
          <>
            <dt>{t('public.taskforce')}</dt>
            <dd>{roadmap.taskforceName}</dd>
          </>
        )}
        <dt>{t('public.period')}</dt>
        <dd>
          {roadmap.startYear}–{roadmap.endYear}
        </dd>
        <dt>{t('common.updatedAt')}</dt>
        <dd>{format.date(roadmap.updatedAt)}</dd>
      </dl>
      <p className="utrecht-paragraph">
        {roadmap.versionName ? t('public.version', { name: roadmap.versionName }) : t('public.live')}
      </p>
      {roadmap.description && <p className="utrecht-paragraph">{roadmap.description}</p>}
      {roadmap.vision.length > 0 && (
        <section aria-labelledby="koers-public-vision">
          <h2 id="koers-public-vision" className="utrecht-heading-2">
            {t('public.vision')}
          </h2>
          {roadmap.vision.map((paragraph, index) => (
            <p key={index} className="utrecht-paragraph">
              {paragraph}
            </p>
          ))}
        </section>
      )}
      <section aria-labelledby="koers-public-timeline" className="koers-public__timeline">
        <h2 id="koers-public-timeline" className="utrecht-heading-2">
          {t('public.timeline')}
        </h2>
        <div className="koers-public__timeline-scroll">
          <TimelineSvg ref={svg} roadmap={roadmap} />
        </div>
      </section>
      <RoadmapExport title={roadmap.title} svg={svg} />
      <section aria-labelledby="koers-public-items" className="koers-public__items">
        <h2 id="koers-public-items" className="utrecht-heading-2">
          {t('public.items')}
        </h2>
        {roadmap.items.length === 0 ? (
          <p className="utrecht-paragraph">{t('public.noItems')}</p>
        ) : (
          <DataTable
            labelledBy="koers-public-items"
            rows={roadmap.items}
            rowKey={(item) => item.id}
            columns={[
              { key: 'item', header: t('public.item'), rowHeader: true, cell: (item) => item.title },
              {
                key: 'lane',
                header: t('public.lane'),
                cell: (item) => (item.laneId && laneTitle.get(item.laneId)) ?? t('public.noLane'),
              },
              {
                key: 'years',
                header: t('public.years'),
                cell: (item) => `${item.startYear}–${item.endYear}`,
              },
              { key: 'status', header: t('public.status'), cell: (item) => statusLabel(item.status ?? null) },
              {
                key: 'standards',
                header: t('public.standards'),
                cell: (item) =>
                  item.standards.map((standard, index) => (
                    <span key={standard.slug}>
                      {index > 0 && ', '}
                      <Link className="utrecht-link" to={`/standaarden/${standard.slug}`}>
                        {standard.name}
                      </Link>
                    </span>
                  )),
              },
            ]}
          />
        )}
      </section>
      <section aria-labelledby="koers-public-milestones" className="koers-public__milestones">
        <h2 id="koers-public-milestones" className="utrecht-heading-2">
          {t('public.milestones')}
        </h2>
        {roadmap.milestones.length === 0 ? (
          <p className="utrecht-paragraph">{t('public.noMilestones')}</p>
        ) : (
          <ul className="utrecht-unordered-list">
            {roadmap.milestones.map((milestone) => (
              <li key={milestone.id} className="utrecht-unordered-list__item">
                {format.date(milestone.date)}: {milestone.title}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
