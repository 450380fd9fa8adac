import { Button } from '@utrecht/button-react';
import { useTranslation } from 'react-i18next';
import type { RoadmapComparison } from './useRoadmapHistory';

/** A version compared with now, in words: added, removed and moved items (also marked on the timeline). */
export function ComparisonSummary({
  comparison,
  onClose,
}: {
  comparison: RoadmapComparison;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const groups = [
    { key: 'added', items: comparison.added.map((item) => item.title) },
    { key: 'removed', items: comparison.removed.map((item) => item.title) },
    {
      key: 'moved',
      items: comparison.moved.map((item) =>
        t('roadmapEditor.compare.movedItem', {
          title: item.title,
          from: `${item.from.startYear}–${item.from.endYear}`,
          to: `${item.to.startYear}–${item.to.endYear}`,
        }),
      ),
    },
  ] as const;
  return (
    <section className="koers-comparison" aria-labelledby="comparison-heading" data-testid="comparison">
      <h3 id="comparison-heading" className="utrecht-heading-3">
        {t('roadmapEditor.compare.title', { name: comparison.version.name })}
      </h3>
      {groups.map((group) => (
        <div key={group.key}>
          <h4 className="utrecht-heading-4">
            {t(`roadmapEditor.compare.${group.key}`, { n: group.items.length })}
          </h4>
          {group.items.length > 0 && (
            <ul className="utrecht-unordered-list">
              {group.items.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
      <Button type="button" appearance="secondary-action-button" onClick={onClose}>
        {t('roadmapEditor.compare.close')}
      </Button>
    </section>
  );
}
