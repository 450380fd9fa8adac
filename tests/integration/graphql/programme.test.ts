import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../../server/app';
import type { StandardRecord } from '../../../server/db/models/Standard';
import {
  buildCooperation,
  buildEditor,
  buildMunicipality,
  buildStandard,
  buildUser,
  type SignedInUser,
} from '../../support/factories';
import { graphql } from '../../support/gql';
import { graphqlData, graphqlRequest } from '../../support/graphqlClient';
import { startTestServer } from '../../support/server';

const Scorecard = graphql(`
  query ProgrammeTestScorecard($code: String!) {
    municipality(code: $code) {
      sizeClass
      scorecard {
        programme {
          slug
        }
        rows {
          standard {
            slug
          }
          status
          state
          obligation {
            bindingLevel
          }
        }
      }
    }
  }
`);

const Report = graphql(`
  mutation ProgrammeTestReport($input: UpdateAdoptionInput!) {
    updateAdoption(input: $input) {
      adoption {
        status
      }
    }
  }
`);

const ProgrammePage = graphql(`
  query ProgrammeTestPage($slug: String!, $includeDemo: Boolean) {
    programme(slug: $slug) {
      obligations {
        id
        standard {
          slug
        }
        deadline
        originalDeadline
        driftDays
        deadlineChanges {
          oldDeadline
          newDeadline
          reason
          decidedBy
        }
        progress(includeDemo: $includeDemo) {
          applicable
          met
          onTrack
          overdue
          explained
          demo
        }
      }
    }
    programmeDashboard(slug: $slug, includeDemo: $includeDemo) {
      total {
        applicable
        met
        overdue
        explained
        demo
      }
      cooperations {
        name
        applicable
      }
    }
  }
`);

const ChangeDeadline = graphql(`
  mutation ProgrammeTestChangeDeadline($input: ChangeObligationDeadlineInput!) {
    changeObligationDeadline(input: $input) {
      deadline
      driftDays
    }
  }
`);

const RecordMerger = graphql(`
  mutation ProgrammeTestRecordMerger($input: RecordMergerInput!) {
    recordMerger(input: $input) {
      effectiveDate
      ended {
        code
        active
        mergedInto {
          code
        }
      }
    }
  }
`);

const Inherited = graphql(`
  query ProgrammeTestInherited($code: String!) {
    municipality(code: $code) {
      predecessors {
        ended {
          code
        }
      }
      inheritedAdoptions {
        municipality {
          code
        }
        status
      }
    }
  }
`);

const Import = graphql(`
  mutation ProgrammeTestImport($input: ImportAdoptionsInput!) {
    importAdoptions(input: $input) {
      applied
      errorCount
      rows {
        line
        errors
      }
    }
  }
`);

let server: KoersServer;
let editor: SignedInUser;
let manager: SignedInUser;
let admin: SignedInUser;
let open: StandardRecord;
let mandatory: StandardRecord;
let regional: StandardRecord;
let other: StandardRecord;

beforeAll(async () => {
  server = await startTestServer({}, { now: () => new Date('2026-06-01T10:00:00Z') });
  const { models } = server.runtime;
  await buildMunicipality(models, { population: 361_966 });
  await buildMunicipality(models, {
    _id: 'GM0307',
    cbsNumber: '0307',
    name: 'Amersfoort',
    officialName: 'Amersfoort',
  });
  editor = await buildEditor(models);
  manager = await buildUser(models, { roles: ['MANAGER'] });
  admin = await buildUser(models, { roles: ['ADMIN'] });
  open = await buildStandard(models, { slug: 'open-standaard' });
  mandatory = await buildStandard(models, { slug: 'verplichte-standaard' });
  regional = await buildStandard(models, { slug: 'regionale-standaard' });
  other = await buildStandard(models, { slug: 'losse-standaard' });
  const cooperation = await buildCooperation(models, ['GM0307'], 'Regio Amersfoort');
  const programme = await models.Programme.create({ slug: 'test', name: 'Testprogramma', owner: 'VNG' });
  await models.Obligation.create([
    {
      programmeId: programme._id,
      key: 'o1',
      subject: 'Open',
      standardId: open._id,
      bindingLevel: 'PAS_TOE_OF_LEG_UIT',
      deadline: '2026-12-31',
      position: 0,
    },
    {
      programmeId: programme._id,
      key: 'o2',
      subject: 'Verplicht',
      standardId: mandatory._id,
      bindingLevel: 'VERPLICHT',
      deadline: '2026-01-01',
      position: 1,
    },
    {
      programmeId: programme._id,
      key: 'o3',
      subject: 'Regionaal',
      standardId: regional._id,
      bindingLevel: 'AANBEVOLEN',
      scope: 'COOPERATION',
      cooperationId: cooperation._id,
      position: 2,
    },
  ]);
  await models.Adoption.create({
    municipalityId: 'GM0307',
    standardId: open._id,
    status: 'ADOPTED',
    demo: true,
  });
});

afterAll(async () => {
  await server?.close();
});

const report = (input: { standardId: string; status: 'EXPLAINED' | 'ADOPTED' | 'PLANNED'; note?: string }) =>
  graphqlRequest(
    server.url,
    Report,
    { input: { municipalityId: 'GM0344', ...input } },
    { token: editor.token },
  );

describe('scorecard', () => {
  it('lists the obligations that apply, with their state from status and deadline, and any first report', async () => {
    const before = await graphqlData(server.url, Scorecard, { code: 'GM0344' });
    expect(before.municipality?.sizeClass).toBe('FROM_250K');
    expect(before.municipality?.scorecard).toEqual([
      {
        programme: { slug: 'test' },
        rows: [
          {
            standard: { slug: 'open-standaard' },
            status: 'NOT_STARTED',
            state: 'ON_TRACK',
            obligation: { bindingLevel: 'PAS_TOE_OF_LEG_UIT' },
          },
          {
            standard: { slug: 'verplichte-standaard' },
            status: 'NOT_STARTED',
            state: 'OVERDUE',
            obligation: { bindingLevel: 'VERPLICHT' },
          },
        ],
      },
    ]);
    const first = await report({ standardId: String(other._id), status: 'PLANNED' });
    expect(first.body.errors).toBeUndefined();
    const after = await graphqlData(server.url, Scorecard, { code: 'GM0344' });
    expect(after.municipality?.scorecard.at(-1)).toEqual({
      programme: null,
      rows: [{ standard: { slug: 'losse-standaard' }, status: 'PLANNED', state: null, obligation: null }],
    });
  });
});

describe('explaining (pas toe of leg uit)', () => {
  it('refuses EXPLAINED on a VERPLICHT obligation, naming the status field, and saves nothing', async () => {
    const { body } = await report({
      standardId: String(mandatory._id),
      status: 'EXPLAINED',
      note: 'Wij gebruiken een ander koppelvlak dat beter past.',
    });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    expect(await server.runtime.models.Adoption.countDocuments({ standardId: mandatory._id })).toBe(0);
  });

  it('needs an explanation of at least a sentence', async () => {
    const { body } = await report({ standardId: String(open._id), status: 'EXPLAINED', note: 'nee' });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
  });

  it('accepts an explanation on a PAS_TOE_OF_LEG_UIT obligation and counts it as explained', async () => {
    const { body } = await report({
      standardId: String(open._id),
      status: 'EXPLAINED',
      note: 'Onze leverancier ondersteunt deze standaard pas in 2027.',
    });
    expect(body.errors).toBeUndefined();
    const page = await graphqlData(server.url, ProgrammePage, { slug: 'test' });
    const progress = page.programme?.obligations.find((o) => o.standard?.slug === 'open-standaard')?.progress;
    expect(progress).toEqual({ applicable: 2, met: 1, onTrack: 0, overdue: 0, explained: 1, demo: 1 });
    expect(page.programmeDashboard?.cooperations).toEqual([{ name: 'Regio Amersfoort', applicable: 3 }]);
    const hidden = await graphqlData(server.url, ProgrammePage, { slug: 'test', includeDemo: false });
    expect(hidden.programmeDashboard?.total).toMatchObject({ demo: 0, met: 0, explained: 1 });
  });
});

describe('changeObligationDeadline', () => {
  it('moves a deadline for a manager, keeps the change and shows the drift; an editor may not', async () => {
    const page = await graphqlData(server.url, ProgrammePage, { slug: 'test' });
    const obligationId = page.programme!.obligations.find(
      (o) => o.standard?.slug === 'verplichte-standaard',
    )!.id;
    const input = {
      obligationId,
      newDeadline: '2027-01-01',
      reason: 'Leveranciers zijn niet klaar.',
      decidedBy: 'VNG ALV',
    };
    const refused = await graphqlRequest(server.url, ChangeDeadline, { input }, { token: editor.token });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const moved = await graphqlData(server.url, ChangeDeadline, { input }, { token: manager.token });
    expect(moved.changeObligationDeadline).toEqual({ deadline: '2027-01-01', driftDays: 365 });
    const after = await graphqlData(server.url, ProgrammePage, { slug: 'test' });
    const obligation = after.programme!.obligations.find((o) => o.id === obligationId)!;
    expect(obligation.originalDeadline).toBe('2026-01-01');
    expect(obligation.deadlineChanges).toEqual([
      {
        oldDeadline: '2026-01-01',
        newDeadline: '2027-01-01',
        reason: 'Leveranciers zijn niet klaar.',
        decidedBy: 'VNG ALV',
      },
    ]);
    expect(obligation.progress?.overdue).toBe(0);
  });
});

describe('recordMerger', () => {
  it('ends a municipality into its successor, which shows its records; reports for it are refused', async () => {
    const { models } = server.runtime;
    await buildMunicipality(models, {
      _id: 'GM0001',
      cbsNumber: '0001',
      name: 'Oudgemeente',
      officialName: 'Oudgemeente',
    });
    await models.Adoption.create({ municipalityId: 'GM0001', standardId: open._id, status: 'ADOPTED' });
    const input = { effectiveDate: '2026-01-01', endedIds: ['GM0001'], successorId: 'GM0344' };
    const refused = await graphqlRequest(server.url, RecordMerger, { input }, { token: manager.token });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const merged = await graphqlData(server.url, RecordMerger, { input }, { token: admin.token });
    expect(merged.recordMerger).toEqual([
      {
        effectiveDate: '2026-01-01',
        ended: { code: 'GM0001', active: false, mergedInto: { code: 'GM0344' } },
      },
    ]);
    const successor = await graphqlData(server.url, Inherited, { code: 'GM0344' });
    expect(successor.municipality).toEqual({
      predecessors: [{ ended: { code: 'GM0001' } }],
      inheritedAdoptions: [{ municipality: { code: 'GM0001' }, status: 'ADOPTED' }],
    });
    const adminReport = await graphqlRequest(
      server.url,
      Report,
      { input: { municipalityId: 'GM0001', standardId: String(open._id), status: 'PLANNED' } },
      { token: admin.token },
    );
    expect(adminReport.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'municipalityId',
    });
  });
});

describe('importAdoptions', () => {
  const header =
    'municipalityCode,municipality,province,standard,status,targetDate,adoptedVersion,note,bron,updatedAt';
  const good = `GM0344,Utrecht,Utrecht,losse-standaard,ADOPTED,,1.0,,gemeten,`;

  it('previews an error per row, writes nothing while a row is wrong, then imports the corrected file once', async () => {
    const { models } = server.runtime;
    const bad = `${header}\n${good}\nGM0344,Utrecht,Utrecht,bestaat-niet,ADOPTED,,,,,\nGM0344,Utrecht,Utrecht,open-standaard,KLAAR,,,,,\n`;
    const refused = await graphqlData(
      server.url,
      Import,
      { input: { csv: bad, apply: true } },
      { token: editor.token },
    );
    expect(refused.importAdoptions.applied).toBe(false);
    expect(refused.importAdoptions.errorCount).toBe(2);
    expect(refused.importAdoptions.rows).toEqual([
      { line: 2, errors: [] },
      { line: 3, errors: ['onbekende standaard "bestaat-niet"'] },
      { line: 4, errors: ['onbekende status "KLAAR"'] },
    ]);
    const other = (await models.Adoption.findOne({
      municipalityId: 'GM0344',
      standardId: (await models.Standard.findOne({ slug: 'losse-standaard' }))!._id,
    }).lean())!;
    expect(other.status).toBe('PLANNED');

    const notTheirs = await graphqlData(
      server.url,
      Import,
      { input: { csv: `${header}\nGM0307,Amersfoort,Utrecht,open-standaard,ADOPTED,,,,,\n`, apply: false } },
      { token: editor.token },
    );
    expect(notTheirs.importAdoptions.rows[0]?.errors).toEqual(['je mag niet rapporteren voor GM0307']);

    const audits = await models.AuditEvent.countDocuments({ action: 'adoption:import' });
    const applied = await graphqlData(
      server.url,
      Import,
      { input: { csv: `${header}\n${good}\n`, apply: true } },
      { token: editor.token },
    );
    expect(applied.importAdoptions).toMatchObject({ applied: true, errorCount: 0 });
    const imported = (await models.Adoption.findById(other._id).lean())!;
    expect(imported).toMatchObject({ status: 'ADOPTED', adoptedVersion: '1.0', demo: false });
    expect(imported.source).toMatch(/^CSV-import van 2026-06-01/);
    expect(await models.AuditEvent.countDocuments({ action: 'adoption:import' })).toBe(audits + 1);
  });

  it('refuses a file without the required columns, and a viewer without the right role', async () => {
    const missing = await graphqlRequest(
      server.url,
      Import,
      { input: { csv: 'a,b\n1,2\n', apply: false } },
      { token: editor.token },
    );
    expect(missing.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
    const forbidden = await graphqlRequest(
      server.url,
      Import,
      { input: { csv: `${header}\n${good}\n`, apply: true } },
      { token: manager.token },
    );
    expect(forbidden.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
