import { useTranslation } from 'react-i18next';
import type { AdoptionStatus } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { completeCounts, statusColor } from './status';

/** Props of {@link StatusSummary}. */
export interface StatusSummaryProps {
  total: number;
  byStatus: readonly { status: AdoptionStatus; count: number }[];
  /** Heading id the list is labelled by; a visually plain label is used when absent. */
  labelledBy?: string;
}

/** Counts per adoption status as a list with words, numbers and shares; the swatch only repeats them. */
export function StatusSummary({ total, byStatus, labelledBy }: StatusSummaryProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <ul
      className="koers-status-summary"
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : t('statusSummary.label')}
      data-testid="status-summary"
    >
      {completeCounts(byStatus).map(({ status, count }) => (
        <li key={status} className="koers-status-summary__item" data-status={status}>
          <span className="koers-swatch" style={{ background: statusColor(status) }} aria-hidden="true" />
          <span className="koers-status-summary__label">{t(`enums.adoptionStatus.${status}`)}</span>{' '}
          <strong className="koers-status-summary__count" data-testid={`count-${status}`}>
            {format.number(count)}
          </strong>{' '}
          <span className="koers-status-summary__share">
            ({total > 0 ? format.percent(count / total) : format.percent(0)})
          </span>
        </li>
      ))}
    </ul>
  );
}
