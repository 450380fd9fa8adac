import { useQuery, useSubscription } from '@apollo/client/react';
import { Button } from '@utrecht/button-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { graphql } from '../../gql';
import { useFormatters } from '../../i18n/format';
import { useMarkNotificationsRead } from './useMarkNotificationsRead';

const NotificationBellQuery = graphql(`
  query NotificationBellQuery {
    unread: notifications(first: 1, unreadOnly: true) {
      totalCount
    }
    notifications(first: 10) {
      nodes {
        id
        message
        read
        createdAt
      }
    }
  }
`);

const NotificationAddedSubscription = graphql(`
  subscription NotificationAddedSubscription {
    notificationAdded {
      id
      message
      read
      createdAt
    }
  }
`);

/** The header's bell: the unread count, live, and a panel to read and mark notifications. */
export function NotificationBell() {
  const { t } = useTranslation();
  const format = useFormatters();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const { data, error, loading, refetch } = useQuery(NotificationBellQuery);
  const { markRead } = useMarkNotificationsRead();
  useSubscription(NotificationAddedSubscription, {
    onData: () => void refetch().catch(() => undefined),
  });

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  const unread = data?.unread.totalCount ?? 0;
  const items = data?.notifications.nodes ?? [];
  const unreadIds = items.filter((item) => !item.read).map((item) => item.id);

  return (
    <div className="koers-bell">
      <Button
        ref={buttonRef}
        type="button"
        appearance="subtle-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}
      </Button>
      {open && (
        <div id={panelId} className="koers-bell__panel">
          {error && !data ? (
            <ErrorMessage error={error} />
          ) : loading && !data ? (
            <Loading />
          ) : items.length === 0 ? (
            <EmptyState message={t('home.noNotifications')} />
          ) : (
            <>
              <ul className="koers-card-list">
                {items.map((item) => (
                  <li key={item.id} className={item.read ? undefined : 'koers-unread'}>
                    {item.message}
                    {!item.read && <span className="koers-badge">{t('notifications.unread')}</span>}
                    <div className="koers-card__meta">{format.dateTime(item.createdAt)}</div>
                  </li>
                ))}
              </ul>
              {unreadIds.length > 0 && (
                <Button
                  type="button"
                  appearance="secondary-action-button"
                  onClick={() => void markRead(unreadIds).catch(() => undefined)}
                >
                  {t('notifications.markAllRead')}
                </Button>
              )}
            </>
          )}
        </div>
      )}
    </div>
  );
}
