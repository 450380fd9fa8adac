import { Button } from '@utrecht/button-react';
import { useTranslation } from 'react-i18next';
import type { ItemContent } from '../../../../common/roadmapDocument';

/** Props of {@link ItemsOutsidePeriod}. */
export interface ItemsOutsidePeriodProps {
  items: readonly ItemContent[];
  onSelect: (itemId: string) => void;
}

/**
 * Items the timeline cannot draw because they lie (partly) outside the period, e.g. after the
 * period was shortened: listed with their years, so nothing disappears; opening one lets an editor
 * move it into the period.
 */
export function ItemsOutsidePeriod({ items, onSelect }: ItemsOutsidePeriodProps) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <div className="koers-milestones__outside koers-items-outside">
      <p className="utrecht-paragraph">{t('roadmapEditor.item.outsidePeriod', { count: items.length })}</p>
      <ul className="utrecht-unordered-list">
        {items.map((item) => (
          <li key={item.id} className="utrecht-unordered-list__item" data-item-id={item.id}>
            <Button appearance="subtle-button" onClick={() => onSelect(item.id)}>
              {`${item.title}, ${item.startYear}–${item.endYear}`}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
