import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import type { AdoptionStatus } from '../../gql/graphql';
import { localeFor, useFormatters } from '../../i18n/format';
import { toLanguage } from '../../i18n/language';

/** One point of the trend. */
export interface TrendPoint {
  date: string;
  total: number;
  byStatus: readonly { status: AdoptionStatus; count: number }[];
}

const WIDTH = 560;
const HEIGHT = 220;
const LEFT = 40;
const BOTTOM = 28;

/** Municipalities that adopted, at the end of each period, as a line; a table gives the same figures. */
export function TrendChart({ points, label }: { points: readonly TrendPoint[]; label: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const locale = localeFor(toLanguage(i18n.language));
  const values = points.map(
    (point) => point.byStatus.find((entry) => entry.status === 'ADOPTED')?.count ?? 0,
  );
  const max = Math.max(1, ...values);
  const x = (index: number) => LEFT + (index * (WIDTH - LEFT - 10)) / Math.max(1, points.length - 1);
  const y = (value: number) => 10 + (HEIGHT - BOTTOM - 10) * (1 - value / max);
  const line = values.map((value, index) => `${x(index)},${y(value)}`).join(' ');
  const month = (date: string) =>
    new Date(date).toLocaleDateString(locale, { month: 'short', year: '2-digit' });

  return (
    <figure className="koers-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} data-testid="trend-chart">
        <line x1={LEFT} y1={HEIGHT - BOTTOM} x2={WIDTH - 10} y2={HEIGHT - BOTTOM} stroke="#333" />
        <line x1={LEFT} y1={10} x2={LEFT} y2={HEIGHT - BOTTOM} stroke="#333" />
        <text x={LEFT - 6} y={y(max) + 4} textAnchor="end" fontSize="11">
          {format.number(max)}
        </text>
        <text x={LEFT - 6} y={y(0) + 4} textAnchor="end" fontSize="11">
          0
        </text>
        {points.length > 0 && (
          <>
            <text x={x(0)} y={HEIGHT - 8} fontSize="11">
              {month(points[0]!.date)}
            </text>
            <text x={x(points.length - 1)} y={HEIGHT - 8} fontSize="11" textAnchor="end">
              {month(points[points.length - 1]!.date)}
            </text>
          </>
        )}
        <polyline points={line} fill="none" stroke="#007a5a" strokeWidth="2.5" />
        {values.map((value, index) => (
          <circle key={points[index]!.date} cx={x(index)} cy={y(value)} r="3" fill="#007a5a" />
        ))}
      </svg>
      <details className="koers-details">
        <summary>{t('adoption.trendTable')}</summary>
        <DataTable
          rows={points.map((point, index) => ({ date: point.date, value: values[index]! }))}
          rowKey={(row) => row.date}
          columns={[
            { key: 'date', header: t('common.date'), cell: (row) => format.date(row.date) },
            { key: 'adopted', header: t('adoption.adopted'), cell: (row) => format.number(row.value) },
          ]}
        />
      </details>
    </figure>
  );
}
