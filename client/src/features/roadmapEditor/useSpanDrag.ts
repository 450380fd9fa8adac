import { useRef, useState, type PointerEvent, type RefObject } from 'react';
import { editSpan, pixelsToYears, sameSpan, type SpanEdit, type YearSpan } from './timelineMath';

/** Below this many pixels a press is a click (select), not a drag. */
const CLICK_SLOP_PX = 4;

interface DragStart {
  pointerId: number;
  edit: SpanEdit;
  startX: number;
  trackWidth: number;
}

/** Options of {@link useSpanDrag}. */
export interface SpanDragOptions {
  span: YearSpan;
  period: YearSpan;
  /** The lane's track: its width is the whole period. */
  trackRef: RefObject<HTMLElement | null>;
  enabled: boolean;
  /** Called once, on release, when the drag changed the years. */
  onCommit: (span: YearSpan) => void;
}

/**
 * Pointer dragging of a timeline bar: on the bar it moves the item, on an edge (`data-edge` =
 * `start` / `end`) it resizes it, snapping to whole years. While dragging only a local preview
 * changes; the release writes one change to the document, so others see one clean move.
 */
export function useSpanDrag({ span, period, trackRef, enabled, onCommit }: SpanDragOptions) {
  const [preview, setPreview] = useState<YearSpan | null>(null);
  const drag = useRef<DragStart | null>(null);
  /** Set when the last press became a drag, so the click that follows does not also select. */
  const dragged = useRef(false);

  function onPointerDown(event: PointerEvent<HTMLElement>) {
    dragged.current = false;
    if (!enabled || event.button !== 0) return;
    const edge = (event.target as HTMLElement).dataset.edge;
    const edit: SpanEdit = edge === 'start' || edge === 'end' ? edge : 'move';
    const trackWidth = trackRef.current?.getBoundingClientRect().width ?? 0;
    drag.current = { pointerId: event.pointerId, edit, startX: event.clientX, trackWidth };
    event.currentTarget.setPointerCapture(event.pointerId);
  }

  function onPointerMove(event: PointerEvent<HTMLElement>) {
    const current = drag.current;
    if (!current || current.pointerId !== event.pointerId) return;
    const deltaPx = event.clientX - current.startX;
    if (Math.abs(deltaPx) >= CLICK_SLOP_PX) dragged.current = true;
    const years = pixelsToYears(deltaPx, current.trackWidth, period);
    setPreview(editSpan(span, current.edit, years, period));
  }

  function finish(event: PointerEvent<HTMLElement>, commit: boolean) {
    const current = drag.current;
    if (!current || current.pointerId !== event.pointerId) return;
    drag.current = null;
    if (commit && preview && !sameSpan(preview, span)) onCommit(preview);
    setPreview(null);
  }

  return {
    /** The years the bar shows while dragging; null when not dragging. */
    preview,
    /** True right after a drag, for the click handler to ignore that click. */
    wasDragged: () => dragged.current,
    handlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp: (event: PointerEvent<HTMLElement>) => finish(event, true),
      onPointerCancel: (event: PointerEvent<HTMLElement>) => finish(event, false),
    },
  };
}
