import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigationType } from 'react-router';

/** Props of {@link Page}. */
export interface PageProps {
  /** The page's one h1, also used for the browser tab title. */
  title: string;
  children?: ReactNode;
}

/**
 * The frame of every route: one h1 and a document title that names the page. After an in-app
 * navigation (PUSH/REPLACE) focus moves to the h1, so screen reader and keyboard users land on the
 * new content instead of staying on the link they chose; a fresh load or back/forward (POP) keeps
 * the browser's own focus handling.
 */
export function Page({ title, children }: PageProps) {
  const { t } = useTranslation();
  const navigationType = useNavigationType();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const name = t('app.name');

  useEffect(() => {
    document.title = title === name ? name : t('app.documentTitle', { page: title });
  }, [title, name, t]);

  useEffect(() => {
    if (navigationType !== 'POP') headingRef.current?.focus();
  }, [navigationType]);

  return (
    <>
      <h1 ref={headingRef} tabIndex={-1} className="utrecht-heading-1 koers-page-title">
        {title}
      </h1>
      {children}
    </>
  );
}
