import { useTranslation } from 'react-i18next';
import { isItemStatus } from './itemStatus';

/** A function that names an item status in the current language (unknown ones as they are). */
export function useStatusLabel(): (status: string | null) => string {
  const { t } = useTranslation();
  return (status) =>
    isItemStatus(status)
      ? t(`roadmapEditor.status.${status}`)
      : status
        ? status
        : t('roadmapEditor.status.none');
}
