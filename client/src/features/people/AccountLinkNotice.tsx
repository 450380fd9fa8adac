import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of {@link AccountLinkNotice}. */
export interface AccountLinkNoticeProps {
  name: string;
  /** The link's path on this site; null when it was sent by e-mail. */
  path: string | null;
  expiresAt: string;
}

/**
 * After an invitation or a new link: while e-mail is not configured, the admin sees the link once,
 * with a copy button, to pass it on; otherwise that it was sent.
 */
export function AccountLinkNotice({ name, path, expiresAt }: AccountLinkNoticeProps) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState('');
  const url = path ? `${window.location.origin}${path}` : null;
  const until = new Date(expiresAt).toLocaleDateString('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return (
    <div className="koers-panel koers-account-link" role="status">
      {url ? (
        <>
          <p className="utrecht-paragraph">{t('people.linkReady', { name, until })}</p>
          <p className="utrecht-paragraph">
            <code className="koers-account-link__url" data-testid="account-link">
              {url}
            </code>
          </p>
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() =>
              void navigator.clipboard
                .writeText(url)
                .then(() => setCopied(t('people.copied')))
                .catch(() => setCopied(t('people.copyFailed')))
            }
          >
            {t('people.copy')}
          </Button>
          <p className="utrecht-paragraph" aria-live="polite">
            {copied}
          </p>
        </>
      ) : (
        <p className="utrecht-paragraph">{t('people.linkSent', { name, until })}</p>
      )}
    </div>
  );
}
