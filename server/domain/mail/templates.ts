import type { MailKind, MailLanguage } from '../../../common/mail';

/** The facts of one mail item, by template; ids and names only, rendered per language when sent. */
export interface TemplateParams {
  version: { standardName: string; slug: string; number: string; date: string; reviewTask: boolean };
  lifecycle: { standardName: string; slug: string; lifecycle: string };
  standardDeadline: { standardName: string; slug: string; deadline: string | null };
  deadlineReminder: {
    title: string;
    date: string;
    when: 'D30' | 'D7' | 'PASSED';
    /** Whole days left (D30 and D7), as the scan counted them. */
    days: string;
    /** The page of the programme or quick win, from the site's root. */
    path: string;
  };
  quickWinStatus: { title: string; status: string; path: string };
  commentReply: { authorName: string; excerpt: string; path: string };
}

/** The name of a template. */
export type TemplateName = keyof TemplateParams;

/** One rendered item: what an e-mail (or one section of a digest) says. */
export interface RenderedItem {
  subject: string;
  lines: string[];
  /** Absolute URL of the thing itself. */
  link: string;
  linkLabel: string;
}

type Texts = Record<MailLanguage, string>;
const t = (nl: string, en: string): Texts => ({ nl, en });

const LIFECYCLE: Record<string, Texts> = {
  DRAFT: t('concept', 'draft'),
  CANDIDATE: t('kandidaat', 'candidate'),
  ESTABLISHED: t('vastgesteld', 'established'),
  DEPRECATED: t('uitgefaseerd', 'deprecated'),
};
const QUICK_WIN_STATUS: Record<string, Texts> = {
  IDEA: t('idee', 'idea'),
  PLANNED: t('gepland', 'planned'),
  IN_PROGRESS: t('in uitvoering', 'in progress'),
  DELIVERED: t('opgeleverd', 'delivered'),
  STOPPED: t('gestopt', 'stopped'),
};

/** `2026-12-02` as people read it: 2 december 2026 / 2 December 2026. */
export function formatDate(isoDate: string, language: MailLanguage): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

type Renderer<N extends TemplateName> = (
  p: TemplateParams[N],
  lang: MailLanguage,
  url: (path: string) => string,
) => RenderedItem;

const standardLink = (slug: string, url: (path: string) => string, lang: MailLanguage) => ({
  link: url(`/standaarden/${encodeURIComponent(slug)}`),
  linkLabel: lang === 'en' ? 'View the standard in Koers' : 'Bekijk de standaard in Koers',
});

const renderers: { [N in TemplateName]: Renderer<N> } = {
  version: (p, lang, url) => ({
    subject:
      lang === 'en'
        ? `${p.standardName}: new version ${p.number}`
        : `${p.standardName}: nieuwe versie ${p.number}`,
    lines: [
      lang === 'en'
        ? `${p.standardName}, which your municipality follows, has a new version: ${p.number} of ${formatDate(p.date, lang)}.`
        : `${p.standardName}, die uw gemeente volgt, heeft een nieuwe versie: ${p.number} van ${formatDate(p.date, lang)}.`,
      ...(p.reviewTask
        ? [
            lang === 'en'
              ? 'A review task is waiting for your municipality: check whether your adoption still holds for this version.'
              : 'Er staat een beoordelingstaak klaar voor uw gemeente: bekijk of uw adoptie nog klopt voor deze versie.',
          ]
        : []),
    ],
    ...standardLink(p.slug, url, lang),
  }),
  lifecycle: (p, lang, url) => {
    const stage = LIFECYCLE[p.lifecycle]?.[lang] ?? p.lifecycle;
    return {
      subject: lang === 'en' ? `${p.standardName} is now ${stage}` : `${p.standardName} is nu ${stage}`,
      lines: [
        lang === 'en'
          ? `The lifecycle stage of ${p.standardName}, which your municipality follows, changed to: ${stage}.`
          : `De levensfase van ${p.standardName}, die uw gemeente volgt, is veranderd in: ${stage}.`,
      ],
      ...standardLink(p.slug, url, lang),
    };
  },
  standardDeadline: (p, lang, url) => ({
    subject:
      lang === 'en'
        ? `${p.standardName}: the deadline changed`
        : `${p.standardName}: de deadline is gewijzigd`,
    lines: [
      p.deadline
        ? lang === 'en'
          ? `The compliance deadline of ${p.standardName} is now ${formatDate(p.deadline, lang)}.`
          : `De deadline van ${p.standardName} is nu ${formatDate(p.deadline, lang)}.`
        : lang === 'en'
          ? `${p.standardName} no longer has a compliance deadline.`
          : `De deadline van ${p.standardName} is vervallen.`,
    ],
    ...standardLink(p.slug, url, lang),
  }),
  deadlineReminder: (p, lang, url) => {
    const date = formatDate(p.date, lang);
    const upcoming =
      lang === 'en'
        ? [`${p.days} days left: ${p.title}`, `The deadline of ${p.title} is in ${p.days} days, on ${date}.`]
        : [
            `Nog ${p.days} dagen: ${p.title}`,
            `De deadline van ${p.title} is over ${p.days} dagen, op ${date}.`,
          ];
    const passed =
      lang === 'en'
        ? [`Deadline passed: ${p.title}`, `The deadline of ${p.title} has passed (${date}).`]
        : [`Deadline verstreken: ${p.title}`, `De deadline van ${p.title} is verstreken (${date}).`];
    const [subject = '', line = ''] = p.when === 'PASSED' ? passed : upcoming;
    return {
      subject,
      lines: [line],
      link: url(p.path),
      linkLabel: lang === 'en' ? 'View it in Koers' : 'Bekijk het in Koers',
    };
  },
  quickWinStatus: (p, lang, url) => {
    const status = QUICK_WIN_STATUS[p.status]?.[lang] ?? p.status;
    return {
      subject: lang === 'en' ? `Quick win ${p.title}: ${status}` : `Quick win ${p.title}: ${status}`,
      lines: [
        lang === 'en'
          ? `The quick win ${p.title}, in which your municipality takes part, is now: ${status}.`
          : `De quick win ${p.title}, waaraan uw gemeente meedoet, is nu: ${status}.`,
      ],
      link: url(p.path),
      linkLabel: lang === 'en' ? 'View the quick win' : 'Bekijk de quick win',
    };
  },
  commentReply: (p, lang, url) => ({
    subject:
      lang === 'en' ? `${p.authorName} replied to your comment` : `${p.authorName} reageerde op uw opmerking`,
    lines: [
      lang === 'en'
        ? `${p.authorName} replied to your comment on a roadmap:`
        : `${p.authorName} reageerde op uw opmerking bij een roadmap:`,
      `“${p.excerpt}”`,
    ],
    link: url(p.path),
    linkLabel: lang === 'en' ? 'View the roadmap' : 'Bekijk de roadmap',
  }),
};

/** Renders one item in `language`, with links under `publicUrl`. */
export function renderItem(
  template: string,
  params: unknown,
  language: MailLanguage,
  publicUrl: string,
): RenderedItem {
  const renderer = renderers[template as TemplateName] as Renderer<TemplateName> | undefined;
  if (!renderer) throw new Error(`unknown mail template ${template}`);
  return renderer(params as never, language, (path) => `${publicUrl}${path}`);
}

/** What each kind is called in a footer ("you receive this because …"). */
export const KIND_NAMES: Record<MailKind, Texts> = {
  NEW_VERSION: t('nieuwe versies en beoordelingstaken', 'new versions and review tasks'),
  LIFECYCLE: t('wijzigingen van levensfase', 'lifecycle changes'),
  DEADLINE: t('deadlines', 'deadlines'),
  QUICK_WIN: t('quick wins', 'quick wins'),
  COMMENT: t('reacties op opmerkingen', 'replies to comments'),
};
