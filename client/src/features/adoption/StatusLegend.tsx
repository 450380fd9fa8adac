import { useTranslation } from 'react-i18next';
import { ADOPTION_STATUSES, statusColor } from './status';

/** The map's key: a swatch and the status name for every colour the map uses. */
export function StatusLegend({ headingId }: { headingId: string }) {
  const { t } = useTranslation();
  return (
    <div className="koers-legend">
      <h3 id={headingId} className="utrecht-heading-3">
        {t('adoption.legend')}
      </h3>
      <ul className="koers-legend__list" aria-labelledby={headingId}>
        {ADOPTION_STATUSES.map((status) => (
          <li key={status} className="koers-legend__item">
            <svg width="16" height="16" aria-hidden="true" focusable="false">
              <circle cx="8" cy="8" r="6" fill={statusColor(status)} stroke="#333" strokeWidth="1" />
            </svg>
            <span>{t(`enums.adoptionStatus.${status}`)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
