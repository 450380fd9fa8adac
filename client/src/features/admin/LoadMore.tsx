import { Button } from '@utrecht/button-react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';

/** Props of {@link LoadMore}. */
export interface LoadMoreProps {
  /** The connection as loaded so far: its nodes, total and whether more follow. */
  connection: { nodes: readonly unknown[]; totalCount: number; pageInfo: { hasNextPage: boolean } };
  /** Says what is counted ("12 van 40 wijzigingen"); the bare "12 van 40" otherwise. */
  countText?: (shown: string, total: string) => string;
  busy: boolean;
  onLoadMore: () => void;
}

/**
 * "n van m" and, while there is more, "Meer laden" below a server-paginated list. The count is a
 * status line, so a screen reader hears how far the list now goes after each load.
 */
export function LoadMore({ connection, countText, busy, onLoadMore }: LoadMoreProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [shownText, totalText] = [
    format.number(connection.nodes.length),
    format.number(connection.totalCount),
  ];
  return (
    <div className="koers-actions">
      <p className="utrecht-paragraph" role="status">
        {countText
          ? countText(shownText, totalText)
          : t('adminLists.count', { shown: shownText, total: totalText })}
      </p>
      {connection.pageInfo.hasNextPage && (
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
