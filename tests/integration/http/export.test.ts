import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { EJSON } from 'bson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../../server/app';
import { databaseNameFromUri, openDatabase } from '../../../server/db/connection';
import { createModels } from '../../../server/db/models';
import { buildEditor, buildMunicipality, buildUser, type SignedInUser } from '../../support/factories';
import { graphql } from '../../support/gql';
import { graphqlData } from '../../support/graphqlClient';
import { buildTestStandard, csvRecords, parseCsv } from '../../support/initiatives';
import { startTestServer, uniqueDatabaseUri } from '../../support/server';

const run = promisify(execFile);

const CreateForExport = graphql(`
  mutation CreateForExport($input: CreateInitiativeInput!) {
    createInitiative(input: $input) {
      initiative {
        id
      }
    }
  }
`);

const RolloutForExport = graphql(`
  mutation RolloutForExport($input: UpdateRolloutInput!) {
    updateRollout(input: $input) {
      initiative {
        id
      }
    }
  }
`);

let server: KoersServer;
let admin: SignedInUser;
let manager: SignedInUser;
let editor: SignedInUser;
let reader: SignedInUser;
let workDir: string;

beforeAll(async () => {
  server = await startTestServer();
  const models = server.runtime.models;
  await buildMunicipality(models);
  await buildMunicipality(models, {
    _id: 'GM0363',
    cbsNumber: '0363',
    name: 'Amsterdam',
    officialName: 'Amsterdam',
    provinceCode: 'PV27',
    province: 'Noord-Holland',
  });
  admin = await buildUser(models, { roles: ['ADMIN'] });
  manager = await buildUser(models, { roles: ['MANAGER'] });
  editor = await buildEditor(models, 'GM0344');
  reader = await buildUser(models);
  workDir = mkdtempSync(path.join(tmpdir(), 'koers-export-'));
});
afterAll(async () => {
  await server.close();
  rmSync(workDir, { recursive: true, force: true });
});

function get(pathname: string, user?: SignedInUser) {
  return fetch(`${server.url}${pathname}`, {
    headers: user ? { authorization: `Bearer ${user.token}` } : {},
  });
}

describe('export authorisation', () => {
  it('answers 401 without or with a bad token, 403 when not allowed, 404 for an unknown standard', async () => {
    for (const pathname of [
      '/export/initiatives.csv',
      '/export/adoption.csv?standard=zaken-api',
      '/export/koers.json',
    ]) {
      const anonymous = await get(pathname);
      expect(anonymous.status, pathname).toBe(401);
      expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
      const bad = await fetch(`${server.url}${pathname}`, { headers: { authorization: 'Bearer nope' } });
      expect(bad.status, pathname).toBe(401);
    }
    expect((await get('/export/initiatives.csv', editor)).status).toBe(403);
    expect((await get('/export/initiatives.csv', reader)).status).toBe(403);
    expect((await get('/export/initiatives.csv', manager)).status).toBe(200);
    expect((await get('/export/koers.json', manager)).status).toBe(403);
    expect((await get('/export/koers.json', editor)).status).toBe(403);
    const unknown = await get('/export/adoption.csv?standard=bestaat-niet', reader);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
    expect((await get('/export/adoption.csv', reader)).status).toBe(400);
  });
});

describe('GET /export/initiatives.csv', () => {
  it('streams UTF-8 CSV with a BOM, quotes commas, quotes and newlines, and neutralises formulas', async () => {
    const titles = ['=HYPERLINK("http://evil.example","klik")', '+SUM(A1:A2)', '-2+3', '@cmd'];
    const description = 'Komma, "aanhalingstekens" en\neen nieuwe regel; één ü';
    const ids: string[] = [];
    for (const title of titles) {
      const data = await graphqlData(
        server.url,
        CreateForExport,
        {
          input: {
            title,
            description,
            deadline: '2030-01-01',
            municipalityIds: ['GM0344'],
            expectedBenefit: { hoursPerYear: 12.5 },
          },
        },
        { token: manager.token },
      );
      ids.push(data.createInitiative.initiative.id);
    }
    const controlStarts = ['\t=1+1', '\r=1+1'];
    const controlIds: string[] = [];
    for (const text of controlStarts) {
      const data = await graphqlData(
        server.url,
        CreateForExport,
        { input: { title: 'Stuurteken', description: text, deadline: '2030-01-01' } },
        { token: manager.token },
      );
      controlIds.push(data.createInitiative.initiative.id);
    }
    const response = await get('/export/initiatives.csv', manager);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('transfer-encoding')).toBe('chunked');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = csvRecords(bytes.subarray(3).toString('utf8'));
    for (const [index, title] of titles.entries()) {
      const row = records.find((r) => r.id === ids[index]);
      expect(row?.title).toBe(`'${title}`);
      expect(row?.description).toBe(description);
      expect(row).toMatchObject({
        status: 'IDEA',
        deadline: '2030-01-01',
        participants: '1',
        municipalities: 'GM0344',
        expectedHoursPerYear: '12.5',
      });
    }
    for (const [index, text] of controlStarts.entries()) {
      expect(records.find((r) => r.id === controlIds[index])?.description).toBe(`'${text}`);
    }
  });
});

describe('GET /export/adoption.csv', () => {
  it('lists every municipality, NOT_STARTED without a record, with escaped notes', async () => {
    const models = server.runtime.models;
    const standard = await buildTestStandard(models, 'documenten-api', 'Documenten API');
    await models.Adoption.create({
      municipalityId: 'GM0363',
      standardId: standard.id,
      status: 'ADOPTED',
      targetDate: '2025-06-30',
      adoptedVersion: '1.4',
      note: '=1+1, "quoted"\nsecond line',
    });
    const response = await get('/export/adoption.csv?standard=documenten-api', reader);
    expect(response.status).toBe(200);
    const text = await response.text();
    const records = csvRecords(text.replace(/^\uFEFF/, ''));
    expect(records.map((r) => [r.municipalityCode, r.municipality, r.province, r.status])).toEqual([
      ['GM0344', 'Utrecht', 'Utrecht', 'NOT_STARTED'],
      ['GM0363', 'Amsterdam', 'Noord-Holland', 'ADOPTED'],
    ]);
    expect(records[1]).toMatchObject({
      targetDate: '2025-06-30',
      adoptedVersion: '1.4',
      note: `'=1+1, "quoted"\nsecond line`,
    });
    expect(records[1]?.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(records.map((r) => [r.standard, r.bron])).toEqual([
      ['documenten-api', 'geen melding'],
      ['documenten-api', 'melding in Koers'],
    ]);
    expect(Object.keys(records[0] ?? {})).toEqual([
      'municipalityCode',
      'municipality',
      'province',
      'standard',
      'status',
      'targetDate',
      'adoptedVersion',
      'note',
      'bron',
      'updatedAt',
    ]);
  });
});

describe('CSV read by a spreadsheet that splits on semicolons (Excel in a Dutch locale)', () => {
  it('starts no cell with a formula character, also after each semicolon inside a note', async () => {
    const models = server.runtime.models;
    const standard = await buildTestStandard(models, 'notificaties-api', 'Notificaties API');
    const note = 'Zie plan;=10*10;@SUM(1;2)';
    await models.Adoption.create({
      municipalityId: 'GM0344',
      standardId: standard.id,
      status: 'PLANNED',
      note,
    });
    const text = (await (await get('/export/adoption.csv?standard=notificaties-api', reader)).text()).replace(
      /^\uFEFF/,
      '',
    );

    expect(text).toContain(`,"Zie plan;'=10*10;'@SUM(1;2)",`);
    // The note is quoted, but the quote is not at the start of a `;` field, so Excel splits it there.
    const cells = parseCsv(text, ';').flat();
    expect(cells).toContain("'=10*10");
    for (const cell of cells) expect(cell, cell).not.toMatch(/^[=+\-@]/);
    // Read with the file's own separator, the note comes back whole, neutralised after each `;`.
    const records = csvRecords(text);
    expect(records.find((r) => r.municipalityCode === 'GM0344')?.note).toBe("Zie plan;'=10*10;'@SUM(1;2)");
  });
});

describe('?separator=semicolon (Excel with Dutch settings)', () => {
  it('separates the quick-wins and adoption CSVs by semicolons, keeping the BOM and the same cells', async () => {
    const standard = await buildTestStandard(server.runtime.models, 'scheidingsteken-api');
    await server.runtime.models.Adoption.create({
      municipalityId: 'GM0363',
      standardId: standard.id,
      status: 'ADOPTED',
      note: 'In gebruik; zie het plan, versie 2',
    });
    for (const [pathname, user] of [
      ['/export/initiatives.csv', manager],
      ['/export/adoption.csv?standard=scheidingsteken-api', reader],
    ] as const) {
      const separator = pathname.includes('?') ? '&separator=' : '?separator=';
      const comma = Buffer.from(await (await get(pathname, user)).arrayBuffer());
      const response = await get(`${pathname}${separator}semicolon`, user);
      expect(response.status).toBe(200);
      const semicolon = Buffer.from(await response.arrayBuffer());
      expect([...semicolon.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parseCsv(semicolon.subarray(3).toString('utf8'), ';');
      expect(rows[0]?.length).toBeGreaterThan(5);
      expect(rows).toEqual(parseCsv(comma.subarray(3).toString('utf8'), ','));
    }
    expect((await get('/export/initiatives.csv?separator=pipe', manager)).status).toBe(400);
  });
});

describe('GET /export/koers.json and npm run import', () => {
  it('round-trips every collection into a fresh database, idempotently and losing nothing', async () => {
    const { id } = (
      await graphqlData(
        server.url,
        CreateForExport,
        { input: { title: 'Rondreis', deadline: '2029-05-05', municipalityIds: ['GM0344'] } },
        { token: admin.token },
      )
    ).createInitiative.initiative;
    await graphqlData(
      server.url,
      RolloutForExport,
      { input: { initiativeId: id, municipalityId: 'GM0344', status: 'LIVE' } },
      { token: editor.token },
    );
    const response = await get('/export/koers.json', admin);
    expect(response.status).toBe(200);
    const text = await response.text();
    const file = path.join(workDir, 'koers.json');
    writeFileSync(file, text);

    const targetUri = uniqueDatabaseUri();
    const importOnce = () =>
      run(path.resolve('node_modules/.bin/tsx'), ['scripts/import.ts', file], {
        env: { ...process.env, MONGODB_URI: targetUri, LOG_LEVEL: 'silent', NODE_ENV: 'test' },
      });
    const first = await importOnce();
    expect(first.stdout).toMatch(/Imported: .*initiatives/);
    await importOnce();

    const source = server.runtime.models;
    const target = await openDatabase(targetUri, databaseNameFromUri(targetUri, 'koers'));
    try {
      const targetModels = createModels(target);
      // Sessions are left out of a backup (least data); every other collection round-trips.
      expect(text).not.toContain('"sessions"');
      const collections = (Object.keys(source) as Array<keyof typeof source>).filter((n) => n !== 'Session');
      let documents = 0;
      for (const name of collections) {
        const read = (models: typeof source) =>
          models[name].collection
            .find({})
            .sort({ _id: 1 })
            .toArray()
            .then((docs) => EJSON.stringify(docs, { relaxed: false }));
        const [expected, actual] = await Promise.all([read(source), read(targetModels)]);
        expect(actual, name).toBe(expected);
        documents += (JSON.parse(expected) as unknown[]).length;
      }
      expect(documents).toBeGreaterThan(10);
      const audit = await targetModels.AuditEvent.find({ subjectId: id }).lean();
      expect(audit.map((e) => e.action).sort()).toEqual(['initiative:create', 'initiative:rollout']);
      // Each import moved every version counter, so running servers drop what they keep in memory.
      const counters = await target
        .collection<{ _id: string; version: number }>('dataVersions')
        .find({})
        .toArray();
      expect(Object.fromEntries(counters.map((c) => [c._id, c.version]))).toEqual({
        accounts: 2,
        adoptions: 2,
        municipalities: 2,
        programmes: 2,
        reviewTasks: 2,
        standards: 2,
        webhooks: 2,
      });
    } finally {
      await target.close();
    }
  });

  it('refuses a file that is not a Koers backup with a clear message', async () => {
    const file = path.join(workDir, 'wrong.json');
    writeFileSync(file, JSON.stringify({ hello: 'world' }));
    const failure = await run(path.resolve('node_modules/.bin/tsx'), ['scripts/import.ts', file], {
      env: { ...process.env, MONGODB_URI: uniqueDatabaseUri(), LOG_LEVEL: 'silent', NODE_ENV: 'test' },
    }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('not a Koers backup');
  });
});
