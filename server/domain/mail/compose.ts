import type { MailKind, MailLanguage } from '../../../common/mail';
import { KIND_NAMES, type RenderedItem } from './templates';

/** A message's content: the plain text and the simple HTML say the same. */
export interface Composed {
  subject: string;
  text: string;
  html: string;
}

/** Text made safe inside HTML elements and quoted attributes. */
export const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

interface Footer {
  kinds: MailKind[];
  unsubscribeUrl: string;
  settingsUrl: string;
}

function footerTexts(footer: Footer, language: MailLanguage) {
  const kinds = footer.kinds.map((kind) => KIND_NAMES[kind][language]).join(', ');
  return language === 'en'
    ? {
        why: `You receive this e-mail from Koers about ${kinds}.`,
        unsubscribe: 'Unsubscribe from these e-mails',
        settings: 'Change your e-mail settings',
      }
    : {
        why: `U ontvangt deze e-mail van Koers over ${kinds}.`,
        unsubscribe: 'Afmelden voor deze e-mails',
        settings: 'Uw e-mailinstellingen wijzigen',
      };
}

/**
 * Semantic, single-column HTML: a `lang` attribute, real headings, paragraphs and links, no layout
 * tables or images, so screen readers and plain mail clients read it as the text part reads.
 */
function page(language: MailLanguage, title: string, body: string, footer: Footer): string {
  const f = footerTexts(footer, language);
  return [
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width">',
    `<title>${escapeHtml(title)}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5; max-width: 40em">',
    body,
    '<hr>',
    `<p>${escapeHtml(f.why)}<br><a href="${escapeHtml(footer.unsubscribeUrl)}">${escapeHtml(f.unsubscribe)}</a> · <a href="${escapeHtml(footer.settingsUrl)}">${escapeHtml(f.settings)}</a></p>`,
    '</body>',
    '</html>',
  ].join('\n');
}

function textFooter(footer: Footer, language: MailLanguage): string {
  const f = footerTexts(footer, language);
  return `--\n${f.why}\n${f.unsubscribe}: ${footer.unsubscribeUrl}\n${f.settings}: ${footer.settingsUrl}\n`;
}

const itemHtml = (item: RenderedItem, heading: 'h1' | 'h2') =>
  [
    `<${heading}>${escapeHtml(item.subject)}</${heading}>`,
    ...item.lines.map((line) => `<p>${escapeHtml(line)}</p>`),
    `<p><a href="${escapeHtml(item.link)}">${escapeHtml(item.linkLabel)}</a></p>`,
  ].join('\n');

const itemText = (item: RenderedItem) => `${item.lines.join('\n')}\n\n${item.linkLabel}: ${item.link}\n`;

/** One item as its own message. */
export function composeSingle(item: RenderedItem, language: MailLanguage, footer: Footer): Composed {
  return {
    subject: item.subject,
    text: `${item.subject}\n\n${itemText(item)}\n${textFooter(footer, language)}`,
    html: page(language, item.subject, itemHtml(item, 'h1'), footer),
  };
}

/** Several items as one digest for a day or a week. */
export function composeDigest(
  items: RenderedItem[],
  language: MailLanguage,
  period: { weekly: boolean; label: string },
  footer: Footer,
): Composed {
  const subject =
    language === 'en'
      ? `Koers ${period.weekly ? 'weekly' : 'daily'} digest of ${period.label}: ${items.length} ${items.length === 1 ? 'message' : 'messages'}`
      : `Koers ${period.weekly ? 'weekoverzicht' : 'dagoverzicht'} van ${period.label}: ${items.length} ${items.length === 1 ? 'bericht' : 'berichten'}`;
  return {
    subject,
    text: `${subject}\n\n${items.map((item) => `${item.subject}\n${itemText(item)}`).join('\n')}\n${textFooter(footer, language)}`,
    html: page(
      language,
      subject,
      [`<h1>${escapeHtml(subject)}</h1>`, ...items.map((item) => itemHtml(item, 'h2'))].join('\n'),
      footer,
    ),
  };
}
