import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of {@link Page}. */
export interface PageProps {
  /** The page's one h1, also used for the browser tab title. */
  title: string;
  children?: ReactNode;
}

/**
 * The frame of every route: one h1 and a document title that names the page, so screen reader
 * users hear where a navigation took them and browser tabs stay distinguishable.
 */
export function Page({ title, children }: PageProps) {
  const { t } = useTranslation();
  const name = t('app.name');
  useEffect(() => {
    document.title = title === name ? name : t('app.documentTitle', { page: title });
  }, [title, name, t]);
  return (
    <>
      <h1 className="utrecht-heading-1">{title}</h1>
      {children}
    </>
  );
}
