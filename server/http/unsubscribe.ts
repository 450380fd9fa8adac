import express, { type Request, type Response } from 'express';
import { UNSUBSCRIBE_PATH, type MailKind, type MailLanguage } from '../../common/mail';
import { escapeHtml } from '../domain/mail/compose';
import { KIND_NAMES } from '../domain/mail/templates';
import { unsubscribe, unsubscribePreview } from '../domain/mail/unsubscribe';
import type { Runtime } from '../runtime';

const TEXTS = {
  nl: {
    title: 'Afmelden voor e-mail van Koers',
    confirm: (kinds: string) => `Wilt u geen e-mail meer ontvangen over ${kinds}?`,
    button: 'Afmelden',
    done: (kinds: string) =>
      `U ontvangt geen e-mail meer over ${kinds}. Uw andere instellingen blijven zoals ze waren.`,
    settings: 'Uw e-mailinstellingen bekijken',
    invalid: 'Deze afmeldlink is ongeldig. Wijzig uw e-mailinstellingen op uw accountpagina.',
  },
  en: {
    title: 'Unsubscribe from Koers e-mail',
    confirm: (kinds: string) => `Stop receiving e-mail about ${kinds}?`,
    button: 'Unsubscribe',
    done: (kinds: string) =>
      `You no longer receive e-mail about ${kinds}. Your other settings are unchanged.`,
    settings: 'View your e-mail settings',
    invalid: 'This unsubscribe link is not valid. Change your e-mail settings on your account page.',
  },
} as const;

function page(language: MailLanguage, body: string): string {
  const t = TEXTS[language];
  return `<!DOCTYPE html>
<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${t.title}</title></head>
<body>
<main>
<h1>${t.title}</h1>
${body}
<p><a href="/account">${t.settings}</a></p>
</main>
</body>
</html>`;
}

const kindList = (kinds: MailKind[], language: MailLanguage) =>
  escapeHtml(kinds.map((kind) => KIND_NAMES[kind][language]).join(', '));

const tokenOf = (req: Request) => (typeof req.query.t === 'string' ? req.query.t : '');

function invalid(res: Response) {
  res
    .status(400)
    .type('html')
    .send(page('nl', `<p>${TEXTS.nl.invalid}</p>`));
}

/**
 * The one-click unsubscribe of RFC 8058 at {@link UNSUBSCRIBE_PATH}. POST (what mail clients send,
 * body `List-Unsubscribe=One-Click`) unsubscribes with the signed token alone, no session. GET only
 * shows a button that POSTs: link scanners and previews that follow links must not unsubscribe anyone.
 */
export function unsubscribeRouter(runtime: Runtime) {
  const router = express.Router();
  router.get(UNSUBSCRIBE_PATH, async (req, res) => {
    const preview = await unsubscribePreview(runtime, tokenOf(req));
    if (!preview) return invalid(res);
    const t = TEXTS[preview.language];
    const action = `${UNSUBSCRIBE_PATH}?t=${encodeURIComponent(tokenOf(req))}`;
    res.type('html').send(
      page(
        preview.language,
        `<p>${t.confirm(kindList(preview.kinds, preview.language))}</p>
<form method="post" action="${escapeHtml(action)}">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit">${t.button}</button>
</form>`,
      ),
    );
  });
  router.post(UNSUBSCRIBE_PATH, async (req, res) => {
    const token = tokenOf(req);
    const preview = await unsubscribePreview(runtime, token);
    const claim = preview && (await unsubscribe(runtime, token));
    if (!preview || !claim) return invalid(res);
    res
      .type('html')
      .send(
        page(
          preview.language,
          `<p>${TEXTS[preview.language].done(kindList(claim.kinds, preview.language))}</p>`,
        ),
      );
  });
  return router;
}
