import { Button } from '@utrecht/button-react';
import { useTranslation } from 'react-i18next';
import type { RoadmapComparison } from './useRoadmapHistory';
import { useStatusLabel } from './useStatusLabel';
import { VisionDiff } from './VisionDiff';

/**
 * A version compared with now, in words: items added, removed, moved and otherwise changed (also
 * marked on the timeline), milestones, lanes and the vision as a word diff.
 */
export function ComparisonSummary({
  comparison,
  onClose,
}: {
  comparison: RoadmapComparison;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const statusLabel = useStatusLabel();
  const none = t('roadmapEditor.compareMore.none');
  const span = (s: { startYear: number; endYear: number }) => `${s.startYear}–${s.endYear}`;
  const changeText = (item: RoadmapComparison['changed'][number]) =>
    `${item.title}: ${item.fields
      .map((field) => {
        const [from, to] = {
          TITLE: [item.fromTitle, item.toTitle],
          STATUS: [statusLabel(item.fromStatus ?? null), statusLabel(item.toStatus ?? null)],
          LANE: [item.fromLane ?? none, item.toLane ?? none],
          YEARS: [span(item.from), span(item.to)],
        }[field];
        return t(`roadmapEditor.compareMore.field${field}`, { from, to });
      })
      .join('; ')}`;
  const groups = [
    {
      key: 'added',
      counted: true,
      heading: t('roadmapEditor.compare.added', { n: comparison.added.length }),
      items: comparison.added.map((item) => item.title),
    },
    {
      key: 'removed',
      counted: true,
      heading: t('roadmapEditor.compare.removed', { n: comparison.removed.length }),
      items: comparison.removed.map((item) => item.title),
    },
    {
      key: 'moved',
      counted: true,
      heading: t('roadmapEditor.compare.moved', { n: comparison.moved.length }),
      items: comparison.moved.map((item) =>
        t('roadmapEditor.compare.movedItem', { title: item.title, from: span(item.from), to: span(item.to) }),
      ),
    },
    {
      key: 'changed',
      counted: true,
      heading: t('roadmapEditor.compareMore.changed', { n: comparison.changed.length }),
      items: comparison.changed.map(changeText),
    },
    {
      key: 'milestones',
      heading: t('roadmapEditor.compareMore.milestones'),
      items: [
        ...comparison.milestonesAdded.map((m) => t('roadmapEditor.compareMore.milestoneAdded', m)),
        ...comparison.milestonesRemoved.map((m) => t('roadmapEditor.compareMore.milestoneRemoved', m)),
        ...comparison.milestonesMoved.map((m) =>
          t('roadmapEditor.compareMore.milestoneMoved', { title: m.title, from: m.fromDate, to: m.toDate }),
        ),
      ],
    },
    {
      key: 'lanes',
      heading: t('roadmapEditor.compareMore.lanes'),
      items: [
        ...comparison.lanes.added.map((lane) => t('roadmapEditor.compareMore.laneAdded', lane)),
        ...comparison.lanes.removed.map((lane) => t('roadmapEditor.compareMore.laneRemoved', lane)),
        ...comparison.lanes.renamed.map((lane) =>
          t('roadmapEditor.compareMore.laneRenamed', { from: lane.fromTitle, to: lane.toTitle }),
        ),
      ],
    },
  ];
  return (
    <section className="koers-comparison" aria-labelledby="comparison-heading" data-testid="comparison">
      <h3 id="comparison-heading" className="utrecht-heading-3">
        {t('roadmapEditor.compare.title', { name: comparison.version.name })}
      </h3>
      {groups.map((group) => (
        <div key={group.key}>
          <h4 className="utrecht-heading-4">{group.heading}</h4>
          {group.items.length > 0 ? (
            <ul className="utrecht-unordered-list">
              {group.items.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          ) : (
            // Item groups carry their count in the heading; the others say so in words.
            !('counted' in group) && (
              <p className="utrecht-paragraph">{t('roadmapEditor.compareMore.noChange')}</p>
            )
          )}
        </div>
      ))}
      <h4 className="utrecht-heading-4">{t('roadmapEditor.compareMore.vision')}</h4>
      <VisionDiff vision={comparison.vision} />
      <Button type="button" appearance="secondary-action-button" onClick={onClose}>
        {t('roadmapEditor.compare.close')}
      </Button>
    </section>
  );
}
