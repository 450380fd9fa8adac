import { Button } from '@utrecht/button-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import type { RoadmapComparison } from './useRoadmapHistory';

/** An item the reality judges late (end year passed, target not reached). */
export interface LateItem {
  id: string;
  title: string;
  endYear: number;
}

/**
 * Drift since a version: every item whose end year and every milestone whose date moved later,
 * with how many years (and days, for a milestone), most first; then, plan versus actual, the items
 * that are late by the figures now.
 */
export function DriftView({
  comparison,
  lateItems,
  onClose,
}: {
  comparison: RoadmapComparison;
  lateItems: readonly LateItem[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="koers-comparison" aria-labelledby="drift-heading" data-testid="drift">
      <h3 id="drift-heading" className="utrecht-heading-3">
        {t('roadmapEditor.drift.title', { name: comparison.version.name })}
      </h3>
      {comparison.drift.length === 0 ? (
        <p className="utrecht-paragraph">{t('roadmapEditor.drift.empty')}</p>
      ) : (
        <DataTable
          labelledBy="drift-heading"
          rows={comparison.drift}
          rowKey={(entry) => `${entry.kind}-${entry.id}`}
          columns={[
            {
              key: 'what',
              header: t('roadmapEditor.drift.what'),
              rowHeader: true,
              cell: (entry) => entry.title,
            },
            {
              key: 'kind',
              header: t('roadmapEditor.drift.kind'),
              cell: (entry) =>
                t(entry.kind === 'ITEM' ? 'roadmapEditor.drift.item' : 'roadmapEditor.drift.milestone'),
            },
            { key: 'from', header: t('roadmapEditor.drift.from'), cell: (entry) => entry.from },
            { key: 'to', header: t('roadmapEditor.drift.to'), cell: (entry) => entry.to },
            {
              key: 'years',
              header: t('roadmapEditor.drift.years'),
              cell: (entry) =>
                `${t('roadmapEditor.drift.yearsValue', { count: entry.years })}${
                  entry.days !== null && entry.days !== undefined
                    ? ` ${t('roadmapEditor.drift.days', { count: entry.days })}`
                    : ''
                }`,
            },
          ]}
        />
      )}
      {lateItems.length > 0 && (
        <>
          <h4 className="utrecht-heading-4">{t('roadmapEditor.drift.lateTitle')}</h4>
          <ul className="utrecht-unordered-list">
            {lateItems.map((item) => (
              <li key={item.id}>
                {t('roadmapEditor.reality.late')}: {item.title} ({item.endYear})
              </li>
            ))}
          </ul>
        </>
      )}
      <Button type="button" appearance="secondary-action-button" onClick={onClose}>
        {t('roadmapEditor.compare.close')}
      </Button>
    </section>
  );
}
