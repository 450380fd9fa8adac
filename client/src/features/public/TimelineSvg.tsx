import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';

/** What the image needs of a roadmap: the public projection's timeline parts. */
export interface TimelineData {
  title: string;
  startYear: number;
  endYear: number;
  lanes: ReadonlyArray<{ id: string; title: string }>;
  items: ReadonlyArray<{
    id: string;
    title: string;
    laneId?: string | null;
    startYear: number;
    endYear: number;
  }>;
  milestones: ReadonlyArray<{ id: string; title: string; date: string }>;
}

const WIDTH = 1120;
const LANE_LABEL = 180;
const HEADER = 36;
const ROW = 30;
const LANE_GAP = 10;
const MILESTONES = 40;

/** Cuts a label to about what fits in `width` pixels at 12 px. */
function fit(text: string, width: number): string {
  const chars = Math.max(3, Math.floor(width / 6.6));
  return text.length <= chars ? text : `${text.slice(0, chars - 1)}…`;
}

/**
 * The roadmap's timeline as one self-contained SVG (inline styles, system fonts), so the same
 * drawing is shown, printed and downloaded (as SVG, or as PNG through a canvas). Items are
 * stacked one per row within their lane. The list of items next to it is the accessible version;
 * the image has a title and a description.
 */
export const TimelineSvg = forwardRef<SVGSVGElement, { roadmap: TimelineData }>(function TimelineSvg(
  { roadmap },
  ref,
) {
  const { t } = useTranslation();
  const years: number[] = [];
  for (let y = roadmap.startYear; y <= roadmap.endYear; y++) years.push(y);
  const yearWidth = (WIDTH - LANE_LABEL) / years.length;
  const x = (year: number) => LANE_LABEL + (year - roadmap.startYear) * yearWidth;
  const laneIds = new Set(roadmap.lanes.map((lane) => lane.id));
  const lanes = roadmap.lanes.map((lane) => ({
    ...lane,
    items: roadmap.items.filter((item) => item.laneId === lane.id),
  }));
  const orphans = roadmap.items.filter((item) => !item.laneId || !laneIds.has(item.laneId));
  if (orphans.length > 0 || lanes.length === 0)
    lanes.push({ id: '', title: t('public.noLane'), items: orphans });
  let top = HEADER;
  const placed = lanes.map((lane) => {
    const rows = Math.max(1, lane.items.length);
    const at = top;
    top += rows * ROW + LANE_GAP;
    return { lane, top: at, height: rows * ROW };
  });
  const height = top + MILESTONES;
  const span = (roadmap.endYear - roadmap.startYear + 1) * 365.25;
  const milestoneX = (date: string) => {
    const days = (Date.parse(date) - Date.UTC(roadmap.startYear, 0, 1)) / 86_400_000;
    return LANE_LABEL + Math.min(Math.max(days / span, 0), 1) * (WIDTH - LANE_LABEL);
  };
  const label = t('public.timelineLabel', {
    title: roadmap.title,
    start: roadmap.startYear,
    end: roadmap.endYear,
  });
  return (
    <svg
      ref={ref}
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width={WIDTH}
      height={height}
      role="img"
      aria-label={label}
      className="koers-public-timeline"
      style={{ fontFamily: 'system-ui, sans-serif', fontSize: 12, background: '#ffffff' }}
    >
      <title>{label}</title>
      <rect x={0} y={0} width={WIDTH} height={height} fill="#ffffff" />
      {years.map((year) => (
        <g key={year}>
          <line x1={x(year)} x2={x(year)} y1={HEADER - 8} y2={height - MILESTONES} stroke="#c7c7c7" />
          <text x={x(year) + yearWidth / 2} y={20} textAnchor="middle" fill="#1a1a1a" fontWeight={600}>
            {year}
          </text>
        </g>
      ))}
      {placed.map(({ lane, top: laneTop, height: laneHeight }) => (
        <g key={lane.id || 'none'}>
          <rect x={0} y={laneTop} width={WIDTH} height={laneHeight} fill="#f3f5f8" />
          <text x={8} y={laneTop + 19} fill="#1a1a1a" fontWeight={600}>
            {fit(lane.title, LANE_LABEL - 16)}
          </text>
          {lane.items.map((item, row) => {
            const left = x(item.startYear);
            const width = Math.max(yearWidth * (item.endYear - item.startYear + 1) - 4, 8);
            return (
              <g key={item.id}>
                {/* The whole title, for a bar too short to show it (a tooltip in the image). */}
                <title>{`${item.title}, ${item.startYear}–${item.endYear}`}</title>
                <rect
                  x={left + 2}
                  y={laneTop + row * ROW + 4}
                  width={width}
                  height={ROW - 8}
                  rx={4}
                  fill="#01689b"
                />
                <text x={left + 8} y={laneTop + row * ROW + 19} fill="#ffffff">
                  {fit(item.title, width - 12)}
                </text>
              </g>
            );
          })}
        </g>
      ))}
      {roadmap.milestones.map((milestone) => {
        const mx = milestoneX(milestone.date);
        const y = height - MILESTONES + 12;
        return (
          <g key={milestone.id}>
            <path d={`M ${mx} ${y - 6} l 6 6 l -6 6 l -6 -6 z`} fill="#a90061" />
            <text x={mx + 9} y={y + 4} fill="#1a1a1a">
              {fit(milestone.title, 160)}
            </text>
          </g>
        );
      })}
    </svg>
  );
});
