import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

/**
 * Opening and finding things in the roadmap editor (tests/e2e/roadmapEditor.test.ts,
 * tests/e2e/roadmapMilestones.test.ts) and measuring how fast typing in one browser shows in another.
 */

/** One signed-in person in their own browser context, with the page errors it logged. */
export interface Person {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

/**
 * Opens `url` (a roadmap's page) in a new context signed in with `token` and waits until the
 * roadmap titled `title` is shown and its co-editing socket is up; records console errors.
 */
export async function openRoadmapAs(
  browser: Browser,
  url: string,
  token: string,
  title: string,
): Promise<Person> {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1400, height: 1000 } });
  await context.addInitScript((value) => window.localStorage.setItem('koers.token', value), token);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // Going offline on purpose makes the browser log failed socket attempts; those are expected.
    if (message.type() === 'error' && !/WebSocket|ERR_INTERNET_DISCONNECTED/.test(message.text()))
      problems.push(`console: ${message.text()}`);
  });
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page
    .locator('.koers-collab-status:is([data-status="connected"], [data-status="readOnly"])')
    .waitFor();
  return { context, page, problems };
}

/** The accessible name of the vision's text box. */
export const VISION = 'Tekst van de visie';

/**
 * The bar of the item titled `title`: its accessible name starts with the title and years, and
 * contains `detail` (status, who edits it, a comparison mark) when given.
 */
export function bar(page: Page, title: string, years?: string, detail?: string) {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const start = escape(years ? `${title}, ${years}` : title);
  return page.getByRole('button', { name: new RegExp(`^${start}${detail ? `.*${escape(detail)}` : ''}`) });
}

/** The vision as text, without the name labels of other people's carets. */
export function visionText(page: Page): Promise<string> {
  return page.getByRole('textbox', { name: VISION }).evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
    return copy.textContent ?? '';
  });
}

/**
 * Starts recording, in the watching page, the moment (Date.now(), the same clock for every
 * context on this machine) each longer prefix of `phrase` first appears in its vision.
 */
function watchVision(page: Page, phrase: string): Promise<void> {
  return page.getByRole('textbox', { name: VISION }).evaluate((element, text) => {
    const seen: number[] = [];
    (window as unknown as { seenAt: number[] }).seenAt = seen;
    new MutationObserver(() => {
      const copy = element.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
      const current = copy.textContent ?? '';
      while (seen.length < text.length && current.includes(text.slice(0, seen.length + 1)))
        seen.push(Date.now());
    }).observe(element, { subtree: true, childList: true, characterData: true });
  }, phrase);
}

/** Types `phrase` in the writer's vision and returns, per keystroke, ms until the watcher showed it. */
export async function typeAndMeasure(writer: Page, watcher: Page, phrase: string): Promise<number[]> {
  await watchVision(watcher, phrase);
  await writer.evaluate(() => {
    const pressed: number[] = [];
    (window as unknown as { pressedAt: number[] }).pressedAt = pressed;
    document.addEventListener('keydown', () => pressed.push(Date.now()), { capture: true });
  });
  await writer.keyboard.type(phrase);
  await watcher.waitForFunction(
    (length) => (window as unknown as { seenAt: number[] }).seenAt.length === length,
    phrase.length,
  );
  const pressed = await writer.evaluate(() => (window as unknown as { pressedAt: number[] }).pressedAt);
  const seen = await watcher.evaluate(() => (window as unknown as { seenAt: number[] }).seenAt);
  // The first characters (a space, a capital) may already occur in the text: skip them.
  return seen.slice(3).map((at, index) => at - pressed[index + 3]!);
}

/** Median, 95th percentile and maximum of some milliseconds, for the log. */
export function summary(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
  return `median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${sorted.at(-1)} ms over ${sorted.length} keystrokes`;
}

/**
 * Drags a bar with the mouse by `years` (one year is a tenth of its lane's track): from its middle
 * to move it, from an edge to resize it. Moves in small steps, as a hand would.
 */
export async function dragBar(page: Page, target: Locator, edge: 'move' | 'start' | 'end', years: number) {
  await target.scrollIntoViewIfNeeded();
  const box = (await target.boundingBox())!;
  const track = (await target
    .locator('xpath=ancestor::div[contains(@class, "koers-lane__track")]')
    .boundingBox())!;
  const x = edge === 'start' ? box.x + 4 : edge === 'end' ? box.x + box.width - 4 : box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + (years * track.width) / 10, y, { steps: 8 });
  await page.mouse.up();
}
