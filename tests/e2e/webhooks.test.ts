import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../server/app';
import { seriousAxeViolations } from '../support/axe';
import { launchBrowser, openDutchPage } from '../support/browser';
import { buildEditor, buildMunicipality, buildStandard, type SignedInUser } from '../support/factories';
import { saveScreenshot } from '../support/screenshot';
import { startTestServer } from '../support/server';
import { startWebhookReceiver } from '../support/webhookReceiver';

let server: KoersServer;
let browser: Browser;
let editor: SignedInUser;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
const contexts: BrowserContext[] = [];

/** A page in a new Dutch context, signed in with `token` (or signed out), with its errors recorded. */
const openPage = (token: string | null) => openDutchPage(browser, contexts, token);

beforeAll(async () => {
  [server, browser, receiver] = await Promise.all([
    startTestServer({ WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_ALLOW_HTTP: 'true' }),
    launchBrowser(),
    startWebhookReceiver(),
  ]);
  await buildMunicipality(server.runtime.models);
  editor = await buildEditor(server.runtime.models);
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await Promise.all([server?.close(), receiver?.close()]);
});

describe('webhooks in the browser', () => {
  it('an editor registers a webhook, sees its secret once, sends a test event and sees it delivered', async () => {
    const { page, problems } = await openPage(editor.token);
    await page.goto(`${server.url}/standaarden`);
    await page.getByRole('link', { name: 'Webhooks' }).click();
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    await page.getByText('Er zijn nog geen webhooks.').waitFor();

    await page.getByLabel('Adres (https) dat de berichten ontvangt').fill(receiver.url);
    await page.getByLabel('Omschrijving (welk systeem, van wie)').fill('Zaaksysteem Utrecht (test)');
    await page.getByLabel('een gevolgde standaard heeft een nieuwe versie').check();
    await page.getByRole('button', { name: 'Webhook registreren' }).click();
    const secret = await page.getByTestId('new-webhook-secret').textContent();
    expect(secret).toMatch(/^koers_whsec_/);
    receiver.useSecret(secret!);
    const card = page.getByTestId('webhook');
    await expect.poll(() => card.getByRole('heading', { level: 3 }).textContent()).toBe(receiver.url);
    expect(await card.getByTestId('webhook-status').textContent()).toBe('Actief');

    await card.getByRole('button', { name: 'Testbericht sturen' }).click();
    const delivered = card.getByTestId('webhook-deliveries').locator('tbody tr[data-status="DELIVERED"]');
    await delivered.waitFor();
    expect(await delivered.getByTestId('webhook-response').textContent()).toBe('200');
    expect(receiver.received.at(-1)).toMatchObject({ signatureValid: true, body: { kind: 'webhook.test' } });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'webhooks-delivered');

    // The secret is shown once: after a reload it is nowhere on the page.
    await page.reload();
    await card.getByTestId('webhook-deliveries').waitFor();
    expect(await page.getByTestId('new-webhook-secret').count()).toBe(0);
    expect(await page.content()).not.toContain(secret!);

    // Removal asks first; the confirming button names the address.
    await card.getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByRole('button', { name: `Ja, verwijder de webhook naar ${receiver.url}` }).click();
    await page.getByText('Er zijn nog geen webhooks.').waitFor();
    expect(await server.runtime.models.Webhook.countDocuments()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('the catalogue and a standard link their Atom feeds, in the head and visibly, for visitors', async () => {
    const standard = await buildStandard(server.runtime.models, { name: 'Zaken API' });
    const { page, problems } = await openPage(null);
    await page.goto(`${server.url}/standaarden`);
    const catalogueFeed = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect.poll(() => catalogueFeed.getAttribute('href')).toBe('/feeds/standaarden.atom');
    expect(await page.getByRole('link', { name: 'Volg via Atom-feed' }).getAttribute('href')).toBe(
      '/feeds/standaarden.atom',
    );
    await page.goto(`${server.url}/standaarden/${standard.slug}`);
    await page.getByRole('heading', { level: 1, name: 'Zaken API' }).waitFor();
    const feedHref = `/feeds/standaarden/${standard.slug}.atom`;
    await expect.poll(() => catalogueFeed.getAttribute('href')).toBe(feedHref);
    expect(await catalogueFeed.count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Volg via Atom-feed' }).getAttribute('href')).toBe(feedHref);
    const response = await page.request.get(`${server.url}${feedHref}`);
    expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
