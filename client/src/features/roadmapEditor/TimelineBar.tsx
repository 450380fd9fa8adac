import type { CSSProperties, KeyboardEvent, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemContent } from '../../../../common/roadmapDocument';
import { statusClass, statusIcon } from './itemStatus';
import { percentOf, useRealityPhrases } from './realityText';
import type { ItemReality } from './useRoadmapReality';
import { editSpan, keyToAction, sameSpan, spanPosition, type YearSpan } from './timelineMath';
import type { ItemEditor } from './useItemEditors';
import { useSpanDrag } from './useSpanDrag';
import { useStatusLabel } from './useStatusLabel';
import './timelineItem.css';

/** How a compared version differs for this item. */
export type ItemChange = { kind: 'added' } | { kind: 'moved'; from: YearSpan };

/** Props of {@link TimelineBar}. */
export interface TimelineBarProps {
  item: ItemContent;
  period: YearSpan;
  row: number;
  trackRef: RefObject<HTMLElement | null>;
  canEdit: boolean;
  selected: boolean;
  editors: readonly ItemEditor[];
  change?: ItemChange;
  /** Adoption, rollout and lateness from the server; absent until it answered. */
  reality?: ItemReality;
  /** Id of the text that explains the keys. */
  helpId: string;
  onSelect: (itemId: string) => void;
  onChangeSpan: (item: ItemContent, span: YearSpan) => void;
}

/**
 * One item as a bar spanning its years. A button, so it is reached with Tab and read out with its
 * years and status; editors move it with the arrow keys or by dragging, and resize it with
 * Shift(+Ctrl)+arrows or by dragging an edge. Clicking (or Enter) opens it.
 */
export function TimelineBar(props: TimelineBarProps) {
  const { item, period, row, trackRef, canEdit, selected, editors, change, reality, helpId } = props;
  const { t } = useTranslation();
  const realityPhrases = useRealityPhrases();
  const statusLabel = useStatusLabel();
  const { preview, wasDragged, handlers } = useSpanDrag({
    span: item,
    period,
    trackRef,
    enabled: canEdit,
    onCommit: (span) => props.onChangeSpan(item, span),
  });
  const shown = preview ?? item;
  const position = spanPosition(shown, period);

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const action = canEdit ? keyToAction(event.key, event) : null;
    if (!action) return;
    event.preventDefault();
    const next = editSpan(item, action.edit, action.delta, period);
    if (!sameSpan(next, item)) props.onChangeSpan(item, next);
  }

  // Read after the title, so the button's name starts with what sighted users see.
  const details = [
    `${shown.startYear}–${shown.endYear}`,
    statusLabel(item.status),
    ...editors.map((editor) => t('roadmapEditor.presence.editing', { name: editor.name })),
  ];
  const facts = reality ? realityPhrases(reality.totals, { late: reality.late }) : [];
  details.push(...facts);
  const adoption = reality ? percentOf(reality.totals.adopted, reality.totals.applicable) : null;
  if (change?.kind === 'added') details.push(t('roadmapEditor.compare.addedMark'));
  if (change?.kind === 'moved')
    details.push(
      t('roadmapEditor.compare.movedMark', { start: change.from.startYear, end: change.from.endYear }),
    );

  const style = {
    left: `${position.left}%`,
    width: `${position.width}%`,
    '--row': row,
    '--editor-color': editors[0]?.color,
  } as CSSProperties;
  const classes = [
    'koers-item',
    statusClass(item.status),
    selected && 'koers-item--selected',
    editors.length > 0 && 'koers-item--edited',
    change && `koers-item--${change.kind}`,
    preview && 'koers-item--dragging',
    facts.length > 0 && 'koers-item--with-reality',
    reality?.late && 'koers-item--late',
  ].filter(Boolean);

  return (
    <li className="koers-item-slot" style={style} data-item-id={item.id}>
      <button
        type="button"
        className={classes.join(' ')}
        aria-pressed={selected}
        aria-describedby={canEdit ? helpId : undefined}
        title={`${item.title} (${shown.startYear}–${shown.endYear})`}
        onClick={() => {
          if (!wasDragged()) props.onSelect(item.id);
        }}
        onKeyDown={onKeyDown}
        {...handlers}
      >
        {canEdit && <span className="koers-item__edge koers-item__edge--start" data-edge="start" />}
        <span className="koers-item__icon" aria-hidden="true">
          {statusIcon(item.status)}
        </span>
        {/* The name is one text ("title, years, status"): a separate hidden part would be read
            as a block of its own, with a pause (and a space) before the comma. */}
        <span className="koers-item__title" aria-hidden="true">
          {item.title}
        </span>
        {facts.length > 0 && (
          <span className="koers-item__reality" aria-hidden="true" data-testid="item-reality">
            {facts.join(' · ')}
          </span>
        )}
        {adoption !== null && (
          <span className="koers-item__share" style={{ inlineSize: `${adoption}%` }} aria-hidden="true" />
        )}
        <span className="koers-visually-hidden">{[item.title, ...details].join(', ')}</span>
        {change && (
          <span className="koers-item__change" aria-hidden="true">
            {change.kind === 'added'
              ? t('roadmapEditor.compare.addedShort')
              : t('roadmapEditor.compare.movedShort')}
          </span>
        )}
        {editors.length > 0 && (
          <span className="koers-item__editors" aria-hidden="true">
            {editors.map((editor) => (
              <span
                key={editor.clientId}
                className="koers-item__avatar"
                style={{ borderColor: editor.color }}
              >
                {editor.name.slice(0, 1)}
              </span>
            ))}
          </span>
        )}
        {canEdit && <span className="koers-item__edge koers-item__edge--end" data-edge="end" />}
      </button>
    </li>
  );
}
