import { Button } from '@utrecht/button-react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';

/** Props of {@link LoadMore}. */
export interface LoadMoreProps {
  shown: number;
  total: number;
  /** Says what is counted ("12 van 40 wijzigingen"); the bare "12 van 40" otherwise. */
  countText?: (shown: string, total: string) => string;
  hasMore: boolean;
  busy: boolean;
  onLoadMore: () => void;
}

/**
 * "n van m" and, while there is more, "Meer laden" below a server-paginated list. The count is a
 * status line, so a screen reader hears how far the list now goes after each load.
 */
export function LoadMore({ shown, total, countText, hasMore, busy, onLoadMore }: LoadMoreProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [shownText, totalText] = [format.number(shown), format.number(total)];
  return (
    <div className="koers-actions">
      <p className="utrecht-paragraph" role="status">
        {countText
          ? countText(shownText, totalText)
          : t('adminLists.count', { shown: shownText, total: totalText })}
      </p>
      {hasMore && (
        <Button
          type="button"
          appearance="secondary-action-button"
          disabled={busy}
          busy={busy || undefined}
          onClick={onLoadMore}
        >
          {t('common.loadMore')}
        </Button>
      )}
    </div>
  );
}
