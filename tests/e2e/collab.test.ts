import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../seeds/seed';
import type { KoersServer } from '../../server/app';
import { seriousAxeViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { graphql } from '../support/gql';
import { graphqlData } from '../support/graphqlClient';
import { saveScreenshot } from '../support/screenshot';
import { startTestServer } from '../support/server';

const PASSWORD = 'koers-demo';
const TITLE = 'Samen schrijven aan de Zaken API';
const BODY = 'Inhoud van de pagina';

const CollabLogin = graphql(`
  mutation CollabLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      user {
        id
        name
      }
    }
  }
`);

const CollabCreatePage = graphql(`
  mutation CollabCreatePage($input: CreatePageInput!) {
    createPage(input: $input) {
      id
    }
  }
`);

/** One person in their own browser context, on a page with one co-edited text. */
interface Person {
  name: string;
  /** The label of the co-edited text on their page. */
  label: string;
  userId: string;
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions, except the browser's own lines about closed sockets. */
  problems: string[];
}

let server: KoersServer;
let browser: Browser;
let pageId: string;

/** What the page's `editorText(label)` returns: the text of a labelled editor, carets left out. */
type EditorTextWindow = Window & { editorText: (label: string) => string | null };

/**
 * Runs in each page (init script): others' carets are widgets in the text, with the person's name
 * as label, so every text comparison reads the editor without them.
 */
function defineEditorText(): void {
  (window as unknown as EditorTextWindow).editorText = (label) => {
    const box = [...document.querySelectorAll('[role="textbox"]')].find(
      (element) =>
        document.getElementById(element.getAttribute('aria-labelledby') ?? '')?.textContent === label,
    );
    if (!box) return null;
    const copy = box.cloneNode(true) as Element;
    copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
    return copy.textContent;
  };
}

/** Where a person opens: a path, its h1 and the label of its co-edited text. */
interface Place {
  path: string;
  heading: string;
  label: string;
}

/** The knowledge page made in beforeAll. */
const knowledgePage = (): Place => ({ path: `/kennis/${pageId}`, heading: TITLE, label: BODY });

/** Signs in through the API, hands the token to a fresh context and opens `place`. */
async function openAs(email: string, place: Place = knowledgePage()): Promise<Person> {
  const { login } = await graphqlData(server.url, CollabLogin, { email, password: PASSWORD });
  const context = await browser.newContext({ locale: 'nl-NL' });
  await context.addInitScript((token) => window.localStorage.setItem('koers.token', token), login.token);
  await context.addInitScript(defineEditorText);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    // Chromium logs every refused or cut WebSocket itself; going offline is what these tests do.
    if (message.type() === 'error' && !/WebSocket|ERR_INTERNET_DISCONNECTED/.test(message.text()))
      problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(`${server.url}${place.path}`);
  await page.getByRole('heading', { level: 1, name: place.heading }).waitFor();
  return { name: login.user.name, label: place.label, userId: login.user.id, context, page, problems };
}

function status(person: Person, value: string) {
  return person.page.locator(`.koers-collab-status[data-status="${value}"]`);
}

function editor(person: Person) {
  return person.page.getByRole('textbox', { name: person.label });
}

/** The editor's text as the person reads it. */
function textOf(person: Person): Promise<string | null> {
  return person.page.evaluate(
    (label) => (window as unknown as EditorTextWindow).editorText(label),
    person.label,
  );
}

/** Puts the caret at the end of the text and types there. */
async function typeAtEnd(person: Person, text: string): Promise<void> {
  await editor(person).click();
  await person.page.keyboard.press('Control+End');
  await person.page.keyboard.insertText(text);
}

/** Waits until the person's editor shows every one of `texts`. */
async function waitForText(person: Person, ...texts: string[]): Promise<void> {
  await person.page.waitForFunction(
    ([label, wanted]) => {
      const text = (window as unknown as EditorTextWindow).editorText(label) ?? '';
      return wanted.every((part) => text.includes(part));
    },
    [person.label, texts] as const,
  );
}

/** Resolves in the page once IndexedDB holds the "unsent" mark for this user's copy of the page. */
async function waitForUnsentMark(person: Person): Promise<void> {
  await person.page.evaluate(async (name) => {
    const read = () =>
      new Promise<unknown>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          // Both stores: this read waits for the pending writes of the text and of the mark.
          const get = db.transaction(['updates', 'custom'], 'readonly').objectStore('custom').get('unsent');
          get.onsuccess = () => {
            db.close();
            resolve(get.result);
          };
          get.onerror = () => reject(get.error);
        };
      });
    // IndexedDB has no change events: check again on each frame until the write has landed.
    while ((await read()) !== 1) await new Promise((resolve) => requestAnimationFrame(resolve));
  }, `koers:${person.userId}:page:${pageId}`);
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  await seedDatabase(server.runtime.models);
  const { login } = await graphqlData(server.url, CollabLogin, {
    email: 'member@koers.example',
    password: PASSWORD,
  });
  const { createPage } = await graphqlData(
    server.url,
    CollabCreatePage,
    { input: { title: TITLE } },
    { token: login.token },
  );
  pageId = createPage.id;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('co-editing a knowledge page', () => {
  let writer: Person;
  let other: Person;
  let viewer: Person;

  beforeAll(async () => {
    [writer, other, viewer] = await Promise.all([
      openAs('member@koers.example'),
      openAs('admin@koers.example'),
      openAs('viewer@koers.example'),
    ]);
    await Promise.all([
      status(writer, 'connected').waitFor(),
      status(other, 'connected').waitFor(),
      status(viewer, 'readOnly').waitFor(),
    ]);
  });

  afterAll(async () => {
    await Promise.all([writer?.context.close(), other?.context.close(), viewer?.context.close()]);
  });

  it('shows typing to the other writer and the viewer live, with presence and carets', async () => {
    await typeAtEnd(writer, 'Samen beschrijven we de Zaken API.');
    await Promise.all([
      waitForText(other, 'Samen beschrijven we de Zaken API.'),
      waitForText(viewer, 'Samen beschrijven we de Zaken API.'),
    ]);

    // Typing-to-seeing: from the keystroke's beforeinput in one browser to the DOM of the other.
    const latencies: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      const marker = ` m${i}x${Date.now() % 100_000}`;
      await other.page.evaluate(
        ([label, text]) => {
          const page = window as unknown as EditorTextWindow & { seenAt: Promise<number> };
          page.seenAt = new Promise((resolve) => {
            const observer = new MutationObserver(() => {
              if (!page.editorText(label)?.includes(text)) return;
              observer.disconnect();
              resolve(Date.now());
            });
            observer.observe(document.body, { subtree: true, childList: true, characterData: true });
          });
        },
        [BODY, marker] as const,
      );
      await writer.page.evaluate(() => {
        document.addEventListener(
          'beforeinput',
          () => ((window as unknown as { typedAt: number }).typedAt = Date.now()),
          { once: true, capture: true },
        );
      });
      await writer.page.keyboard.insertText(marker);
      const seenAt = await other.page.evaluate(
        () => (window as unknown as { seenAt: Promise<number> }).seenAt,
      );
      const typedAt = await writer.page.evaluate(() => (window as unknown as { typedAt: number }).typedAt);
      latencies.push(seenAt - typedAt);
    }
    const sorted = [...latencies].sort((a, b) => a - b);
    console.warn(
      `typing-to-seeing latency over ${sorted.length} edits (ms): min ${sorted[0]}, median ${
        sorted[Math.floor(sorted.length / 2)]
      }, max ${sorted[sorted.length - 1]}`,
    );

    // Presence: both see each other with name and municipality; the other writer sees the caret.
    await other.page.getByTestId('presence').getByText(writer.name).waitFor();
    await other.page.locator('.collaboration-carets__label', { hasText: writer.name }).waitFor();
    await writer.page.getByTestId('presence').getByText(other.name).waitFor();
    expect(await viewer.page.getByTestId('presence').textContent()).toContain('Amsterdam');

    // The viewer reads live but has no edit controls.
    expect(await editor(viewer).getAttribute('contenteditable')).toBe('false');
    expect(await editor(viewer).getAttribute('aria-readonly')).toBe('true');
    expect(await viewer.page.getByRole('toolbar').count()).toBe(0);
    expect(await writer.page.getByRole('toolbar').count()).toBe(1);
    await saveScreenshot(writer.page, 'kennis-samen-schrijver');
    await saveScreenshot(viewer.page, 'kennis-samen-lezer');
    expect(writer.problems).toEqual([]);
    expect(other.problems).toEqual([]);
    expect(viewer.problems).toEqual([]);
  });

  it('formats with the keyboard-usable toolbar and reports the pressed state', async () => {
    await editor(writer).click();
    await writer.page.keyboard.press('Control+End');
    await writer.page.keyboard.press('Enter');
    const heading = writer.page.getByRole('button', { name: 'Kop 2' });
    await heading.click();
    expect(await heading.getAttribute('aria-pressed')).toBe('true');
    await writer.page.keyboard.insertText('Aanpak');
    await other.page.locator('[role="textbox"] h2', { hasText: 'Aanpak' }).waitFor();
    // One tab stop: arrow keys move along the toolbar.
    await heading.focus();
    await writer.page.keyboard.press('ArrowRight');
    expect(await writer.page.evaluate(() => document.activeElement?.textContent)).toBe('Kop 3');
  });

  it('keeps edits made offline and merges them with the others’ when the connection returns', async () => {
    await writer.context.setOffline(true);
    await status(writer, 'offline').waitFor();
    expect(await writer.page.getByRole('status').first().textContent()).toContain(
      'Offline – wijzigingen worden lokaal bewaard',
    );
    await typeAtEnd(writer, ' Offline geschreven in Amsterdam.');
    await typeAtEnd(other, ' Intussen online aangevuld.');
    await waitForText(viewer, 'Intussen online aangevuld.');
    expect(await writer.page.locator('.koers-collab-status').getAttribute('data-unsent')).toBe('true');
    expect(await textOf(viewer)).not.toContain('Offline geschreven');
    await saveScreenshot(writer.page, 'kennis-offline');

    await writer.context.setOffline(false);
    await Promise.all(
      [writer, other, viewer].map((person) =>
        waitForText(person, 'Offline geschreven in Amsterdam.', 'Intussen online aangevuld.'),
      ),
    );
    await writer.page.locator('.koers-collab-status[data-status="connected"][data-unsent="false"]').waitFor();
    const texts = await Promise.all([writer, other, viewer].map(textOf));
    expect(texts[1]).toBe(texts[0]);
    expect(texts[2]).toBe(texts[0]);
  });

  it('keeps unsent text through a reload while the server cannot be reached, says so, and sends it later', async () => {
    // New co-editing sockets are refused while `blocked`; the page itself still loads.
    let blocked = false;
    await writer.context.routeWebSocket(/\/collab\//, (socket) => {
      if (blocked) socket.close({ code: 1013, reason: 'unreachable in this test' });
      else socket.connectToServer();
    });
    // Playwright routes a page's sockets by patching its WebSocket when the page loads, and the
    // provider keeps the constructor it was made with: reload so it uses the routed one.
    await writer.page.reload();
    await writer.page.locator('.koers-collab-status[data-status="connected"][data-unsent="false"]').waitFor();
    blocked = true;
    await writer.context.setOffline(true);
    await status(writer, 'offline').waitFor();
    await typeAtEnd(writer, ' Bewaard over een herlaadbeurt.');
    await waitForUnsentMark(writer);
    await writer.context.setOffline(false);

    await writer.page.reload();
    await writer.page.getByText('Niet-verzonden wijzigingen van uw vorige bezoek zijn hersteld').waitFor();
    await waitForText(writer, 'Bewaard over een herlaadbeurt.');
    expect(await writer.page.locator('.koers-collab-status').getAttribute('data-unsent')).toBe('true');
    expect(await textOf(other)).not.toContain('Bewaard over een herlaadbeurt.');
    await saveScreenshot(writer.page, 'kennis-hersteld-na-herladen');

    blocked = false;
    await waitForText(other, 'Bewaard over een herlaadbeurt.');
    await writer.page.locator('.koers-collab-status[data-status="connected"][data-unsent="false"]').waitFor();
    expect(await writer.page.getByText('Niet-verzonden wijzigingen van uw vorige bezoek').count()).toBe(0);
  });

  it('has no serious or critical axe findings for a writer and a viewer', async () => {
    expect(await seriousAxeViolations(writer.page)).toEqual([]);
    expect(await seriousAxeViolations(viewer.page)).toEqual([]);
  });

  it('removes someone from the presence list when they leave', async () => {
    await viewer.page.getByTestId('presence').getByText(other.name).waitFor();
    await other.context.close();
    await viewer.page.getByTestId('presence').getByText(other.name).waitFor({ state: 'detached' });
    expect(await viewer.page.getByTestId('presence').textContent()).toContain(writer.name);
  });
});

describe('co-editing the description of a standard', () => {
  const standardPage: Place = {
    path: '/standaarden/zaken-api',
    heading: 'Zaken API',
    label: 'Beschrijving van de standaard',
  };

  it('lets an admin write it, shows it live and read-only to an editor, and a sign-in hint to visitors', async () => {
    const [admin, reader] = await Promise.all([
      openAs('admin@koers.example', standardPage),
      openAs('editor@utrecht.koers.example', standardPage),
    ]);
    const visitor = await browser.newContext({ locale: 'nl-NL' });
    try {
      await Promise.all([status(admin, 'connected').waitFor(), status(reader, 'readOnly').waitFor()]);
      await typeAtEnd(admin, 'De Zaken API ontsluit zaken uit het zaaksysteem.');
      await waitForText(reader, 'De Zaken API ontsluit zaken uit het zaaksysteem.');
      expect(await editor(reader).getAttribute('contenteditable')).toBe('false');
      await reader.page.getByTestId('presence').getByText(admin.name).waitFor();
      expect(await seriousAxeViolations(reader.page)).toEqual([]);
      await saveScreenshot(reader.page, 'standaard-beschrijving-lezer');

      const page = await visitor.newPage();
      await page.goto(`${server.url}${standardPage.path}`);
      await page
        .getByText('De uitgebreide beschrijving wordt samen bewerkt en is zichtbaar na inloggen.')
        .waitFor();
      expect(await page.getByRole('textbox', { name: standardPage.label }).count()).toBe(0);
      expect(admin.problems).toEqual([]);
      expect(reader.problems).toEqual([]);
    } finally {
      await Promise.all([admin.context.close(), reader.context.close(), visitor.close()]);
    }
  });
});
