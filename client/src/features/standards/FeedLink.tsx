import { useTranslation } from 'react-i18next';

/** Props of {@link FeedLink}. */
export interface FeedLinkProps {
  /** The feed's path, e.g. `/feeds/standaarden.atom`. */
  href: string;
  /** What the feed is about, for feed readers that list a page's feeds. */
  title: string;
}

/**
 * The Atom feed of a page: `<link rel="alternate">` (React places it in the document's head, so
 * feed readers and browsers find it) and a visible link for people.
 */
export function FeedLink({ href, title }: FeedLinkProps) {
  const { t } = useTranslation();
  return (
    <>
      <link rel="alternate" type="application/atom+xml" title={title} href={href} />
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href={href} type="application/atom+xml">
          {t('feeds.follow')}
        </a>
      </p>
    </>
  );
}
