import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../seeds/seed';
import type { KoersServer } from '../../server/app';
import { seriousAxeViolations } from '../support/axe';
import { graphql } from '../support/gql';
import { graphqlData } from '../support/graphqlClient';
import { launchBrowser } from '../support/browser';
import { saveScreenshot } from '../support/screenshot';
import { startTestServer } from '../support/server';

const PASSWORD = 'koers-demo';

let server: KoersServer;
let browser: Browser;

/** A fresh Dutch browser context. */
function newContext(): Promise<BrowserContext> {
  return browser.newContext({ locale: 'nl-NL' });
}

/** Opens a page that records console errors and uncaught exceptions. */
async function openPage(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (!response.url().endsWith('/graphql')) return;
    void response
      .text()
      .then((text) => {
        if (text.includes('"errors"'))
          console.warn(response.request().postData()?.slice(0, 200), text.slice(0, 400));
      })
      .catch(() => undefined);
  });
  return { page, problems };
}

/** Signs in through the /login form and waits for the home page. */
async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${server.url}/login`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page
    .getByRole('button', { name: /Uitloggen/ })
    .or(page.getByRole('link', { name: /Uitloggen/ }))
    .first()
    .waitFor();
}

/** Visits a route, waits for its h1 and its content, checks axe and saves a screenshot. */
async function checkRoute(
  page: Page,
  problems: string[],
  route: { path: string; name: string; heading: string | RegExp; ready?: string },
): Promise<void> {
  await page.goto(`${server.url}${route.path}`);
  const heading = page.getByRole('heading', { level: 1 });
  await heading.waitFor();
  // Wait until loading has finished so axe and the screenshot see the real page.
  await page.locator('.koers-loading').first().waitFor({ state: 'detached' });
  if (route.ready) await page.locator(route.ready).first().waitFor();
  const text = (await heading.textContent()) ?? '';
  if (typeof route.heading === 'string') expect(text).toBe(route.heading);
  else expect(text).toMatch(route.heading);
  const violations = await seriousAxeViolations(page);
  axeResults.push(`${route.path}: ${violations.length} serious/critical`);
  expect(violations).toEqual([]);
  await saveScreenshot(page, route.name);
  expect(problems).toEqual([]);
}

const axeResults: string[] = [];

const E2ELogin = graphql(`
  mutation E2ELogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      user {
        taskforces {
          id
        }
      }
    }
  }
`);

const E2ECreateRoadmap = graphql(`
  mutation E2ECreateRoadmap($input: CreateRoadmapInput!) {
    createRoadmap(input: $input) {
      roadmap {
        id
      }
    }
  }
`);

const E2EAddRoadmapItem = graphql(`
  mutation E2EAddRoadmapItem($input: AddRoadmapItemInput!) {
    addRoadmapItem(input: $input) {
      item {
        id
      }
    }
  }
`);

const E2ECreateInitiative = graphql(`
  mutation E2ECreateInitiative($input: CreateInitiativeInput!) {
    createInitiative(input: $input) {
      initiative {
        id
      }
    }
  }
`);

/** Demo content the seed does not make: a roadmap with items (member) and a quick win (manager). */
async function createDemoContent(): Promise<{ roadmapId: string; initiativeId: string }> {
  const member = await graphqlData(server.url, E2ELogin, {
    email: 'member@koers.example',
    password: PASSWORD,
  });
  const taskforceId = member.login.user.taskforces[0]!.id;
  const token = member.login.token;
  const { createRoadmap } = await graphqlData(
    server.url,
    E2ECreateRoadmap,
    { input: { taskforceId, title: 'Common Ground 2026–2035', startYear: 2026, endYear: 2035 } },
    { token },
  );
  const roadmapId = createRoadmap.roadmap.id;
  for (const [title, startYear, endYear] of [
    ['Zaakgericht werken overal', 2026, 2028],
    ['Eén gegevenslandschap', 2027, 2031],
    ['Uitfasering StUF', 2029, 2033],
  ] as const) {
    await graphqlData(
      server.url,
      E2EAddRoadmapItem,
      { input: { roadmapId, title, startYear, endYear } },
      { token },
    );
  }
  const manager = await graphqlData(server.url, E2ELogin, {
    email: 'manager@koers.example',
    password: PASSWORD,
  });
  const { createInitiative } = await graphqlData(
    server.url,
    E2ECreateInitiative,
    {
      input: {
        title: 'Digitaal parkeervergunningen aanvragen',
        deadline: '2027-06-30',
        description: 'Gemeenten nemen samen één formulier in gebruik.',
        municipalityIds: ['GM0344', 'GM0363'],
        expectedBenefit: { hoursPerYear: 1200, eurosPerYear: 50000, citizensReached: 20000 },
      },
    },
    { token: manager.login.token },
  );
  return { roadmapId, initiativeId: createInitiative.initiative.id };
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  await seedDatabase(server.runtime.models);
});

afterAll(async () => {
  console.warn(`axe results per route:\n${axeResults.join('\n')}`);
  await browser?.close();
  await server?.close();
});

describe('pages with demo data', () => {
  it('lets a visitor browse the catalogue, a standard and the adoption map without signing in', async () => {
    const context = await newContext();
    try {
      const { page, problems } = await openPage(context);
      await checkRoute(page, problems, { path: '/', name: 'home-public', heading: 'Koers' });
      await checkRoute(page, problems, {
        path: '/standaarden',
        name: 'standaarden',
        heading: 'Standaarden',
        ready: '.koers-card',
      });
      // Search narrows the list; "Meer laden" appears for the full catalogue.
      await page.getByLabel('Zoeken').fill('Zaken');
      await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
      await page.getByRole('link', { name: 'Zaken API' }).waitFor();
      await checkRoute(page, problems, {
        path: '/standaarden/zaken-api',
        name: 'standaard',
        heading: 'Zaken API',
        ready: '[data-testid="status-summary"]',
      });
      await checkRoute(page, problems, {
        path: '/adoptie?standaard=zaken-api',
        name: 'adoptie',
        heading: 'Adoptie',
        ready: '[data-testid="adoption-map"] circle[data-code="GM0344"]',
      });
      // All 342 municipalities, read in pages of 100, on the 2025 boundaries Koers ships, credited.
      await page.waitForFunction(
        () => document.querySelectorAll('[data-testid="adoption-map"] circle').length === 342,
      );
      await page.locator('[data-testid="map-boundaries"] path[data-code="GM0344"]').waitFor();
      expect(await page.locator('[data-testid="map-boundaries"] path').count()).toBe(342);
      expect(await page.locator('.koers-map__attribution').textContent()).toBe(
        'Gemeentegrenzen 2025: CBS / PDOK, CC BY 4.0',
      );
      await saveScreenshot(page, 'adoptie');
      // Site search is public for the catalogue: municipalities and standards.
      await checkRoute(page, problems, {
        path: '/zoeken?q=utrecht',
        name: 'zoeken',
        heading: 'Zoekresultaten voor ‘utrecht’',
        ready: '.koers-search-results__list',
      });
      await page
        .getByRole('region', { name: /^Gemeenten/ })
        .getByRole('link', { name: 'Utrecht', exact: true })
        .waitFor();
      // From the header, without diacritics: "sudwest" finds Súdwest-Fryslân.
      const search = page.getByRole('search', { name: 'Zoekfunctie van Koers' });
      await search.getByLabel('Zoekterm').fill('sudwest');
      await search.getByLabel('Zoekterm').press('Enter');
      await page.getByRole('link', { name: 'Súdwest-Fryslân' }).click();
      await page.getByRole('heading', { level: 1, name: 'Gemeente Súdwest-Fryslân' }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('signs in an editor and renders every signed-in route without errors or serious axe findings', async () => {
    const context = await newContext();
    try {
      const { page, problems } = await openPage(context);
      await signIn(page, 'editor@utrecht.koers.example');
      const routes = [
        { path: '/', name: 'home', heading: 'Welkom, ' as string | RegExp },
        { path: '/gemeenten/GM0344', name: 'gemeente', heading: 'Gemeente Utrecht', ready: 'table' },
        { path: '/standaarden/zaken-api', name: 'standaard-editor', heading: 'Zaken API' },
        { path: '/roadmaps', name: 'roadmaps', heading: 'Roadmaps' },
        { path: '/quick-wins', name: 'quick-wins', heading: 'Quick wins' },
        { path: '/kennis', name: 'kennis', heading: 'Kennis' },
        {
          path: '/zoeken?q=utrecht',
          name: 'zoeken-editor',
          heading: 'Zoekresultaten voor ‘utrecht’',
          ready: '.koers-search-results__list',
        },
      ];
      routes[0]!.heading = /^Welkom, /;
      for (const route of routes) await checkRoute(page, problems, route);
    } finally {
      await context.close();
    }
  });

  it('renders the roadmap, knowledge and quick-win routes for a member and a manager', async () => {
    const { roadmapId, initiativeId } = await createDemoContent();
    const memberContext = await newContext();
    try {
      const { page, problems } = await openPage(memberContext);
      await signIn(page, 'member@koers.example');
      await checkRoute(page, problems, { path: '/', name: 'home-member', heading: /^Welkom, / });
      await checkRoute(page, problems, {
        path: '/roadmaps',
        name: 'roadmaps-list',
        heading: 'Roadmaps',
        ready: 'table',
      });
      await checkRoute(page, problems, {
        path: `/roadmaps/${roadmapId}`,
        name: 'roadmap',
        heading: 'Common Ground 2026–2035',
        ready: '.koers-item-slot',
      });
      await checkRoute(page, problems, { path: '/kennis', name: 'kennis-member', heading: 'Kennis' });
      // A taskforce member may start a knowledge page; the app then shows it.
      await page.getByLabel('Titel').fill('Aan de slag met de Zaken API');
      await page.getByRole('button', { name: 'Pagina maken' }).click();
      await page.getByRole('heading', { level: 1, name: 'Aan de slag met de Zaken API' }).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await saveScreenshot(page, 'kennispagina');
      expect(problems).toEqual([]);
    } finally {
      await memberContext.close();
    }
    const managerContext = await newContext();
    try {
      const { page, problems } = await openPage(managerContext);
      await signIn(page, 'manager@koers.example');
      await checkRoute(page, problems, {
        path: '/quick-wins',
        name: 'quick-wins-board',
        heading: 'Quick wins',
        ready: '.koers-board',
      });
      await checkRoute(page, problems, {
        path: `/quick-wins/${initiativeId}`,
        name: 'quick-win',
        heading: 'Digitaal parkeervergunningen aanvragen',
        ready: 'table',
      });
      // The bell opens a panel and closes with Escape, focus back on the bell.
      const bell = page.getByRole('button', { name: /^Meldingen/ });
      await bell.click();
      expect(await bell.getAttribute('aria-expanded')).toBe('true');
      await page.keyboard.press('Escape');
      expect(await bell.evaluate((button) => button === document.activeElement)).toBe(true);
    } finally {
      await managerContext.close();
    }
  });

  it('lets the manager change a quick win’s status in the browser; it changes live for a reader too', async () => {
    const manager = await graphqlData(server.url, E2ELogin, {
      email: 'manager@koers.example',
      password: PASSWORD,
    });
    const { createInitiative } = await graphqlData(
      server.url,
      E2ECreateInitiative,
      { input: { title: 'Samen één chatbot', deadline: '2028-03-31', municipalityIds: ['GM0344'] } },
      { token: manager.login.token },
    );
    const context = await newContext();
    const readerContext = await newContext();
    try {
      // A reader watches the same quick win: the change must reach them live.
      const reader = await openPage(readerContext);
      await signIn(reader.page, 'viewer@koers.example');
      await reader.page.goto(`${server.url}/quick-wins/${createInitiative.initiative.id}`);
      await reader.page.getByTestId('quick-win-status').getByText('Idee').waitFor();
      expect(await reader.page.getByLabel('Nieuwe status').count()).toBe(0);

      const { page, problems } = await openPage(context);
      await signIn(page, 'manager@koers.example');
      await checkRoute(page, problems, {
        path: `/quick-wins/${createInitiative.initiative.id}`,
        name: 'quick-win-bewerken',
        heading: 'Samen één chatbot',
        ready: 'table',
      });
      const status = page.getByTestId('quick-win-status');
      expect(await status.textContent()).toBe('Idee');
      // Only the moves the workflow allows are offered; "Gepland" is the next one.
      await page.getByLabel('Nieuwe status').selectOption('PLANNED');
      await page.getByRole('button', { name: 'Status wijzigen' }).click();
      await page.getByText('De status is nu ‘Gepland’.').waitFor();
      expect(await status.textContent()).toBe('Gepland');
      await reader.page.getByTestId('quick-win-status').getByText('Gepland').waitFor();
      expect(reader.problems).toEqual([]);
      // Stopping without a reason is refused next to the field.
      await page.getByLabel('Nieuwe status').selectOption('STOPPED');
      await page.getByRole('button', { name: 'Status wijzigen' }).click();
      await page.getByText('Vul een reden in om deze quick win te stoppen.').waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await saveScreenshot(page, 'quick-win-status');
      // The board shows it in its new column after navigating there.
      await page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: 'Quick wins' })
        .click();
      await page
        .getByRole('region', { name: /^Gepland/ })
        .getByRole('link', { name: 'Samen één chatbot' })
        .waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      await readerContext.close();
    }
  });

  it('lets the manager create a quick win, add a participant, set its rollout, record benefit and link a standard', async () => {
    const context = await newContext();
    try {
      const { page, problems } = await openPage(context);
      await signIn(page, 'manager@koers.example');
      await checkRoute(page, problems, {
        path: '/quick-wins',
        name: 'quick-wins-manager',
        heading: 'Quick wins',
      });
      await page.getByRole('button', { name: 'Nieuwe quick win' }).click();
      await page.getByLabel('Titel').fill('Eén loket voor evenementen');
      await page.getByLabel('Deadline').fill('2028-06-30');
      await page.getByLabel('Uren per jaar').fill('800');
      await page.getByRole('button', { name: 'Quick win aanmaken' }).click();
      await page.getByRole('heading', { level: 1, name: 'Eén loket voor evenementen' }).waitFor();

      await page.getByLabel('Gemeente toevoegen (zoek op naam)').fill('Utrecht');
      await page.getByRole('button', { name: /^Utrecht toevoegen/ }).click();
      await page.getByText('Utrecht doet nu mee.').waitFor();
      const participants = page.getByRole('table', { name: 'Deelnemende gemeenten' });
      await participants.getByLabel('Rollout-status van Utrecht').selectOption('LIVE');
      await participants.getByRole('button', { name: 'Opslaan Utrecht' }).click();
      await participants.getByRole('cell', { name: 'Live', exact: true }).waitFor();

      await page.getByLabel('Uren per jaar').fill('650');
      await page.getByRole('button', { name: 'Meting opslaan' }).click();
      await page.getByText('De meting is opgeslagen.').waitFor();
      await page.getByRole('row', { name: /Uren per jaar 800 650/ }).waitFor();
      await page.getByLabel('Standaard koppelen (zoek op naam)').fill('Zaken API');
      await page.getByRole('button', { name: 'Zaken API koppelen' }).click();
      await page.getByText('Zaken API is gekoppeld.').waitFor();
      await page
        .getByRole('region', { name: 'Standaarden' })
        .getByRole('link', { name: 'Zaken API', exact: true })
        .waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await saveScreenshot(page, 'quick-win-nieuw');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows an editor’s adoption change live on the adoption map and summary in another context', async () => {
    const editorContext = await newContext();
    const visitorContext = await newContext();
    try {
      const editor = await openPage(editorContext);
      await signIn(editor.page, 'editor@utrecht.koers.example');
      await editor.page.goto(`${server.url}/gemeenten/GM0344`);
      const firstRow = editor.page.locator('tbody tr[data-standard]').first();
      await firstRow.waitFor();
      const slug = (await firstRow.getAttribute('data-standard'))!;

      const visitor = await openPage(visitorContext);
      await visitor.page.goto(`${server.url}/adoptie?standaard=${slug}`);
      const utrecht = visitor.page.locator('[data-testid="adoption-map"] circle[data-code="GM0344"]');
      await utrecht.waitFor().catch(async (error: unknown) => {
        await saveScreenshot(visitor.page, 'failed-live');
        console.warn(await visitor.page.locator('main').innerText(), visitor.problems);
        throw error;
      });
      const before = (await utrecht.getAttribute('data-status'))!;
      const target = before === 'ADOPTED' ? 'IN_PROGRESS' : 'ADOPTED';
      const countBefore = await visitor.page.getByTestId(`count-${target}`).textContent();

      await firstRow.getByRole('button', { name: /Wijzigen/ }).click();
      // Pas toe of leg uit: EXPLAINED without an explanation is refused next to the field.
      await editor.page.getByLabel('Status').selectOption('EXPLAINED');
      await editor.page.getByLabel(/Uitleg/).fill('');
      await editor.page.getByRole('button', { name: 'Opslaan' }).click();
      await editor.page.getByText(/bij ‘Uitgelegd’ is een uitleg verplicht/).waitFor();
      expect(await seriousAxeViolations(editor.page)).toEqual([]);
      await saveScreenshot(editor.page, 'gemeente-uitleg-verplicht');

      await editor.page.getByLabel('Status').selectOption(target);
      await editor.page.getByRole('button', { name: 'Opslaan' }).click();
      await editor.page.getByText('Opgeslagen.').waitFor();

      // No reload: the subscription updates the circle and the summary count.
      await visitor.page
        .locator(`[data-testid="adoption-map"] circle[data-code="GM0344"][data-status="${target}"]`)
        .waitFor();
      await visitor.page.waitForFunction(
        ([status, previous]) =>
          document.querySelector(`[data-testid="count-${status}"]`)?.textContent !== previous,
        [target, countBefore] as const,
      );
      expect(editor.problems).toEqual([]);
      expect(visitor.problems).toEqual([]);
    } finally {
      await editorContext.close();
      await visitorContext.close();
    }
  });
});
