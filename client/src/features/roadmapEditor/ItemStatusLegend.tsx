import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ITEM_STATUSES, statusClass, statusIcon } from './itemStatus';

/** The key to the bars: for each status its swatch (colour and pattern), its icon and its name. */
export function ItemStatusLegend() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <div className="koers-legend">
      <h3 id={headingId} className="utrecht-heading-3">
        {t('roadmapEditor.legend')}
      </h3>
      <ul className="koers-legend__list koers-item-legend" aria-labelledby={headingId}>
        {ITEM_STATUSES.map((status) => (
          <li key={status} className="koers-legend__item">
            <span className={`koers-item koers-item--swatch ${statusClass(status)}`} aria-hidden="true">
              <span className="koers-item__icon">{statusIcon(status)}</span>
            </span>
            <span>{t(`roadmapEditor.status.${status}`)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
