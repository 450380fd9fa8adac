import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../server/app';
import type { UserRecord } from '../../server/db/models/User';
import { seriousAxeViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { eventually } from '../support/eventually';
import {
  buildEditor,
  buildMunicipality,
  buildStandard,
  buildUser,
  type SignedInUser,
} from '../support/factories';
import { graphql } from '../support/gql';
import { graphqlData } from '../support/graphqlClient';
import { startTestServer } from '../support/server';

const MailE2EPublish = graphql(`
  mutation MailE2EPublish($standardId: ID!, $number: String!, $date: Date!, $changes: String!) {
    publishStandardVersion(standardId: $standardId, number: $number, date: $date, changes: $changes) {
      standard {
        id
      }
    }
  }
`);

let server: KoersServer;
let browser: Browser;
let admin: SignedInUser;
let editor: SignedInUser;
const contexts: BrowserContext[] = [];

async function openPage(token: string): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  await context.addInitScript((value) => window.localStorage.setItem('koers.token', value), token);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/WebSocket/.test(message.text())) problems.push(message.text());
  });
  return { page, problems };
}

beforeAll(async () => {
  // No SMTP_URL: every message is kept in the outbox.
  [server, browser] = await Promise.all([startTestServer({ MAIL_TICK_SECONDS: '0' }), launchBrowser()]);
  const { models } = server.runtime;
  await buildMunicipality(models);
  admin = await buildUser(models, { roles: ['ADMIN'], name: 'Anna Beheer' });
  editor = await buildEditor(models);
  const standard = await buildStandard(models, { name: 'Outbox API' });
  await models.Subscription.create({ municipalityId: 'GM0344', standardId: standard._id, since: new Date() });
  await graphqlData(
    server.url,
    MailE2EPublish,
    { standardId: String(standard._id), number: '2.0', date: '2026-11-30', changes: '' },
    { token: admin.token },
  );
  await eventually(async () => expect(await models.Mail.countDocuments({ status: 'KEPT' })).toBe(1));
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
});

describe('e-mail in the browser', () => {
  it('a person chooses per kind how often they get e-mail, and the language, at /account', async () => {
    const { page, problems } = await openPage(editor.token);
    await page.goto(`${server.url}/account`);
    await page.getByRole('heading', { level: 2, name: 'E-mail' }).waitFor();
    const versions = page.getByLabel('Nieuwe versies van gevolgde standaarden en beoordelingstaken');
    expect(await versions.inputValue()).toBe('IMMEDIATELY');
    expect(await page.getByLabel('Reacties op uw opmerkingen bij roadmaps').inputValue()).toBe('DAILY');
    await versions.selectOption({ label: 'Wekelijks overzicht' });
    await page.getByLabel('Taal van e-mails').selectOption({ label: 'Engels' });
    await page.getByRole('button', { name: 'E-mailinstellingen opslaan' }).click();
    await page.getByText('Uw e-mailinstellingen zijn opgeslagen.').waitFor();
    const user = await server.runtime.models.User.findById(editor.id).lean<UserRecord>().exec();
    expect(user?.mailPreferences).toEqual({
      NEW_VERSION: 'WEEKLY',
      LIFECYCLE: 'DAILY',
      DEADLINE: 'DAILY',
      QUICK_WIN: 'DAILY',
      COMMENT: 'DAILY',
    });
    expect(user?.language).toBe('en');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('an admin reads what Koers would have sent at /beheer/outbox', async () => {
    const { page, problems } = await openPage(admin.token);
    await page.goto(`${server.url}/beheer`);
    await page.getByRole('link', { name: 'Verzonden e-mail (outbox)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verzonden e-mail (outbox)' }).waitFor();
    const row = page.getByRole('row', { name: /Outbox API: nieuwe versie 2\.0/ });
    await row.waitFor();
    expect(await row.textContent()).toContain(editor.email);
    expect(await row.textContent()).toContain('Bewaard (geen SMTP-server)');
    expect(await row.textContent()).toContain('Outbox API, die uw gemeente volgt');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
