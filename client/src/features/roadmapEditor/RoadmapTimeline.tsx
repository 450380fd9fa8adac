import { memo, useEffect, useId, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { ItemContent, RoadmapContent } from '../../../../common/roadmapDocument';
import { changeItem, changeLaneTitle, deleteLane, reorderLane } from './roadmapEdits';
import { ItemsOutsidePeriod } from './ItemsOutsidePeriod';
import { LaneActions } from './LaneActions';
import { ItemStatusLegend } from './ItemStatusLegend';
import type { ItemChange } from './TimelineBar';
import { TimelineLane } from './TimelineLane';
import { TimelineMilestones } from './TimelineMilestones';
import { dateToPercent, yearsOf, type YearSpan } from './timelineMath';
import type { ItemEditor } from './useItemEditors';
import { RealitySummary } from './RealitySummary';
import type { RealityView } from './useRoadmapReality';
import './timeline.css';

/** Props of {@link RoadmapTimeline}. */
export interface RoadmapTimelineProps {
  doc: Y.Doc;
  content: RoadmapContent;
  period: YearSpan;
  canEdit: boolean;
  selectedItemId: string | null;
  editorsByItem: ReadonlyMap<string, readonly ItemEditor[]>;
  /** Differences with a compared version, per item id; empty when not comparing. */
  changes: ReadonlyMap<string, ItemChange>;
  /** Plan versus reality from the server, per item and lane; none until it answered. */
  reality?: RealityView;
  onSelect: (itemId: string) => void;
  selectedMilestoneId: string | null;
  /** Opens (or closes) a milestone for editing; editors only. */
  onSelectMilestone: (milestoneId: string) => void;
  /** Today; injectable so a test or a screenshot can fix it. */
  now?: Date;
}

/** Reality before the server answered (one object, so the memoised lanes keep their props). */
const NO_REALITY: RealityView = { reality: null, byItem: new Map(), byLane: new Map() };

/**
 * The ten-year timeline: years across, lanes down, items as bars, milestones as markers and a
 * line for today. Every change (drag, keys, lane rename) is one transaction on the document.
 * Memoised: the page re-renders on connection state and presence changes several times a second
 * while people type; the bars redraw only when their own props change.
 */
export const RoadmapTimeline = memo(function RoadmapTimeline(props: RoadmapTimelineProps) {
  const { doc, content, period, canEdit, changes, reality = NO_REALITY } = props;
  const { t } = useTranslation();
  const helpId = useId();
  const [announcement, setAnnouncement] = useState('');
  const years = yearsOf(period);
  const today = dateToPercent(props.now ?? new Date(), period);

  const [movedLane, setMovedLane] = useState<{ id: string; direction: 'up' | 'down' } | null>(null);

  useEffect(() => {
    // The moved lane's buttons were re-inserted (and lost focus): give it back to the same button,
    // or to the other one when the lane reached the top or the bottom.
    if (!movedLane) return;
    const actions = document.querySelector(`[data-lane-actions="${CSS.escape(movedLane.id)}"]`);
    const buttons = [movedLane.direction, movedLane.direction === 'up' ? 'down' : 'up'].map((d) =>
      actions?.querySelector<HTMLButtonElement>(`[data-action="${d}"]`),
    );
    buttons.find((button) => button && !button.disabled)?.focus();
  }, [movedLane, content.lanes]);

  // Items (partly) outside the period, e.g. after it was shortened, are listed below, not drawn.
  const fits = (item: ItemContent) => item.startYear >= period.startYear && item.endYear <= period.endYear;
  const placed = content.items.filter(fits);
  const outside = content.items.filter((item) => !fits(item));
  const laneIds = new Set(content.lanes.map((lane) => lane.id));
  const orphans = placed.filter((item) => !item.laneId || !laneIds.has(item.laneId));
  const lanes = content.lanes.map((lane) => ({
    lane: lane as { id: string; title: string } | null,
    title: lane.title,
    items: placed.filter((item) => item.laneId === lane.id),
  }));
  if (orphans.length > 0 || lanes.length === 0)
    lanes.push({ lane: null, title: t('roadmap.noLane'), items: orphans });

  const hasReality = [...reality.byItem.values()].some(
    (item) => item.late || item.standards.length > 0 || item.initiatives.length > 0,
  );

  function onChangeSpan(item: ItemContent, span: YearSpan) {
    changeItem(doc, item.id, span);
    setAnnouncement(
      t('roadmapEditor.timeline.changed', { title: item.title, start: span.startYear, end: span.endYear }),
    );
  }

  return (
    <div
      className={`koers-roadmap-timeline${hasReality ? ' koers-roadmap-timeline--reality' : ''}`}
      style={{ '--years': years.length } as CSSProperties}
    >
      <RealitySummary reality={reality.reality} />
      {canEdit && (
        <p id={helpId} className="utrecht-paragraph koers-note">
          {t('roadmapEditor.timeline.keyHelp')}
        </p>
      )}
      <div className="koers-timeline-grid">
        <div className="koers-timeline-grid__years" aria-hidden="true">
          <span className="koers-lane__head" />
          <div className="koers-lane__track koers-lane__track--years">
            {years.map((year) => (
              <span key={year} className="koers-year">
                {year}
              </span>
            ))}
            {today !== null && (
              <span className="koers-today-label" style={{ left: `${today}%` }}>
                {t('roadmapEditor.timeline.today')}
              </span>
            )}
          </div>
        </div>
        <ul className="koers-lanes" aria-label={t('roadmapEditor.timeline.lanes')}>
          {lanes.map(({ lane, title, items }) => (
            <TimelineLane
              key={lane?.id ?? ''}
              lane={lane}
              title={title}
              items={items}
              period={period}
              canEdit={canEdit}
              selectedItemId={props.selectedItemId}
              editorsByItem={props.editorsByItem}
              changes={changes}
              reality={reality}
              today={today}
              helpId={helpId}
              onSelect={props.onSelect}
              onChangeSpan={onChangeSpan}
              onRename={(laneId, title) => changeLaneTitle(doc, laneId, title)}
              actions={
                canEdit && lane ? (
                  <LaneActions
                    lane={lane}
                    index={content.lanes.findIndex((l) => l.id === lane.id)}
                    count={content.lanes.length}
                    itemCount={content.items.filter((item) => item.laneId === lane.id).length}
                    otherLanes={content.lanes.filter((l) => l.id !== lane.id)}
                    onMove={(laneId, toIndex) => {
                      const from = content.lanes.findIndex((l) => l.id === laneId);
                      reorderLane(doc, laneId, toIndex);
                      setMovedLane({ id: laneId, direction: toIndex < from ? 'up' : 'down' });
                      setAnnouncement(
                        t('roadmapEditor.lanes.moved', { title: lane.title, position: toIndex + 1 }),
                      );
                    }}
                    onRemove={(laneId, itemsTo) => {
                      deleteLane(doc, laneId, itemsTo);
                      document.getElementById('timeline-heading')?.focus();
                      setAnnouncement(t('roadmapEditor.lanes.removed', { title: lane.title }));
                    }}
                  />
                ) : undefined
              }
            />
          ))}
        </ul>
        <ItemsOutsidePeriod items={outside} onSelect={props.onSelect} />
        <TimelineMilestones
          milestones={content.milestones}
          period={period}
          canEdit={canEdit}
          selectedMilestoneId={props.selectedMilestoneId}
          onSelect={props.onSelectMilestone}
        />
      </div>
      <p className="koers-visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <ItemStatusLegend />
    </div>
  );
});
