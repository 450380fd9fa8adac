import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicationKind } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { publicPath } from './publicPath';

/** One published thing as a list shows it. */
export interface PublicationSummary {
  id: string;
  kind: PublicationKind;
  slug: string;
  title: string;
  versionName?: string | null;
  publishedAt: string;
  isDemo: boolean;
}

/** Published roadmaps, quick wins and pages, each linking to its public page. */
export function PublicationList({ publications }: { publications: readonly PublicationSummary[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <ul className="koers-public-list">
      {publications.map((p) => (
        <li key={p.id} className="koers-public-list__item">
          <Link className="utrecht-link" to={publicPath(p.kind, p.slug)}>
            {p.title}
          </Link>{' '}
          <span>
            · {t(`public.kind.${p.kind}`)}
            {p.isDemo && ` · ${t('public.demo')}`}
            {p.versionName && ` · ${t('public.version', { name: p.versionName })}`} ·{' '}
            {t('public.published', { date: format.date(p.publishedAt) })}
          </span>
        </li>
      ))}
    </ul>
  );
}
