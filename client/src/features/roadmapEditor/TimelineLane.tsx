import { useRef, type CSSProperties, type ReactNode } from 'react';
import type { ItemContent } from '../../../../common/roadmapDocument';
import { LaneTitle } from './LaneTitle';
import { TimelineBar, type ItemChange } from './TimelineBar';
import { packRows, spanPosition, type YearSpan } from './timelineMath';
import type { ItemEditor } from './useItemEditors';
import { useRealityPhrases } from './realityText';
import type { RealityView } from './useRoadmapReality';

/** Props of {@link TimelineLane}. */
export interface TimelineLaneProps {
  /** The lane; null for the items without a (known) lane. */
  lane: { id: string; title: string } | null;
  title: string;
  items: readonly ItemContent[];
  period: YearSpan;
  canEdit: boolean;
  selectedItemId: string | null;
  editorsByItem: ReadonlyMap<string, readonly ItemEditor[]>;
  changes: ReadonlyMap<string, ItemChange>;
  reality: RealityView;
  /** Today's position in percent of the track, or null outside the period. */
  today: number | null;
  helpId: string;
  onSelect: (itemId: string) => void;
  onChangeSpan: (item: ItemContent, span: YearSpan) => void;
  onRename: (laneId: string, title: string) => void;
  /** An editor's controls for the lane (move, remove), shown next to its title. */
  actions?: ReactNode;
}

/**
 * One lane (theme): its title, then a track as wide as the period with the items as bars,
 * overlapping items stacked in rows, and for a compared version a dashed outline where a moved
 * item used to be.
 */
export function TimelineLane(props: TimelineLaneProps) {
  const { lane, title, items, period, changes, today } = props;
  const trackRef = useRef<HTMLDivElement>(null);
  const { rows, rowCount } = packRows(items);
  const realityPhrases = useRealityPhrases();
  const totals = props.reality.byLane.get(lane?.id ?? null);
  const summary = totals && items.length > 0 ? realityPhrases(totals, { withItems: true }) : [];
  return (
    <li className="koers-lane">
      <div className="koers-lane__head">
        <LaneTitle lane={lane} title={title} canEdit={props.canEdit} onRename={props.onRename} />
        {props.actions}
        {summary.length > 0 && (
          <p className="koers-lane__reality" data-testid="lane-reality">
            {summary.join(' · ')}
          </p>
        )}
      </div>
      <div className="koers-lane__track" ref={trackRef} style={{ '--rows': rowCount } as CSSProperties}>
        {today !== null && (
          <div className="koers-today-line" style={{ left: `${today}%` }} aria-hidden="true" />
        )}
        {items.map((item, index) => {
          const change = changes.get(item.id);
          if (change?.kind !== 'moved') return null;
          const was = spanPosition(change.from, period);
          return (
            <div
              key={`was-${item.id}`}
              className="koers-item-ghost"
              style={{ left: `${was.left}%`, width: `${was.width}%`, '--row': rows[index] } as CSSProperties}
              aria-hidden="true"
            />
          );
        })}
        <ul className="koers-lane__items" aria-label={title}>
          {items.map((item, index) => (
            <TimelineBar
              key={item.id}
              item={item}
              period={period}
              row={rows[index] ?? 0}
              trackRef={trackRef}
              canEdit={props.canEdit}
              selected={props.selectedItemId === item.id}
              editors={props.editorsByItem.get(item.id) ?? []}
              change={changes.get(item.id)}
              reality={props.reality.byItem.get(item.id)}
              helpId={props.helpId}
              onSelect={props.onSelect}
              onChangeSpan={props.onChangeSpan}
            />
          ))}
        </ul>
      </div>
    </li>
  );
}
