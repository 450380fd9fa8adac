import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../../server/app';
import { viewerFromToken } from '../../../server/auth/session';
import { bumpDataVersion } from '../../../server/db/dataVersion';
import { ADOPTIONS_VERSION } from '../../../server/db/models/Adoption';
import type { StandardRecord } from '../../../server/db/models/Standard';
import { updateAdoption } from '../../../server/domain/adoption/service';
import { standardAdoptionSummary } from '../../../server/domain/adoption/summary';
import { adoptionOverTime } from '../../../server/domain/adoption/dashboards';
import { AdoptionStatusReadModel } from '../../../server/db/stores/adoptionStatuses';
import type { GraphQLContext } from '../../../server/graphql/context';
import { createLoaders } from '../../../server/domain/loaders';
import { buildMunicipality, buildStandard, buildUser, type SignedInUser } from '../../support/factories';
import { collectionOf, commandsDuring } from '../../support/commands';
import { startTestServer } from '../../support/server';

let server: KoersServer;
let admin: SignedInUser;
let standard: StandardRecord;

beforeAll(async () => {
  server = await startTestServer();
  const { models } = server.runtime;
  admin = await buildUser(models, { roles: ['ADMIN'] });
  standard = await buildStandard(models);
  await buildMunicipality(models);
  await buildMunicipality(models, { _id: 'GM0599', cbsNumber: '0599', name: 'Rotterdam' });
});
afterAll(() => server.close());

/** The status the server's read model holds for one cell. */
async function statusOf(model: AdoptionStatusReadModel, municipalityId: string) {
  const versions = await server.runtime.dataVersions.current();
  return (await model.current(versions)).get(String(standard._id))?.get(municipalityId)?.status;
}

/** A request context of the admin, for calling the domain's commands directly. */
async function adminContext(): Promise<GraphQLContext> {
  const { runtime } = server;
  return {
    runtime,
    viewer: await viewerFromToken(runtime.models, admin.token),
    loaders: createLoaders(runtime.models, runtime),
    clientAddress: '127.0.0.1',
  };
}

/**
 * This process's read model and another process's (a fresh one), both built once, so a later read
 * shows whether it patched or rescanned; with the admin's context to report through.
 */
async function twoBuiltModels(municipalityId: string) {
  const other = new AdoptionStatusReadModel(server.runtime.models);
  await statusOf(other, municipalityId);
  await statusOf(server.runtime.adoptionStatuses, municipalityId);
  return { other, ctx: await adminContext() };
}

/** Finds on the adoptions collection during `work`: a rescan of the read model shows as one. */
async function adoptionScansDuring(work: () => Promise<unknown>): Promise<number> {
  const commands = await commandsDuring(server.runtime.connection, work);
  return commands.filter((c) => c.commandName === 'find' && collectionOf(c) === 'adoptions').length;
}

describe('adoption status read model', () => {
  it('sees writes that bypass the services: model inserts, and raw writes that bump the version', async () => {
    const { models } = server.runtime;
    const model = server.runtime.adoptionStatuses;
    expect(await statusOf(model, 'GM0344')).toBeUndefined();
    // A test factory or seed inserting through the model (its hook bumps the version).
    await models.Adoption.insertMany([
      { municipalityId: 'GM0344', standardId: standard._id, status: 'PLANNED' },
    ]);
    expect(await statusOf(model, 'GM0344')).toBe('PLANNED');
    // The backup import writes with the driver and bumps the version itself.
    await models.Adoption.collection.updateOne(
      { municipalityId: 'GM0344', standardId: standard._id },
      { $set: { status: 'ADOPTED' } },
    );
    expect(await statusOf(model, 'GM0344')).toBe('PLANNED');
    await bumpDataVersion(models.Adoption.db, ADOPTIONS_VERSION);
    expect(await statusOf(model, 'GM0344')).toBe('ADOPTED');
  });

  it('patches its own writes without a rescan; another process rescans and agrees', async () => {
    const { runtime } = server;
    const { other, ctx } = await twoBuiltModels('GM0599');
    await updateAdoption(ctx, {
      municipalityId: 'GM0599',
      standardId: String(standard._id),
      status: 'IN_PROGRESS',
    });
    const ownScans = await adoptionScansDuring(async () =>
      expect(await statusOf(runtime.adoptionStatuses, 'GM0599')).toBe('IN_PROGRESS'),
    );
    expect(ownScans).toBe(0);
    const otherScans = await adoptionScansDuring(async () =>
      expect(await statusOf(other, 'GM0599')).toBe('IN_PROGRESS'),
    );
    expect(otherScans).toBe(1);
  });

  it('patches concurrent reports on several cells in their order, and the answer waits for the counter', async () => {
    const { runtime } = server;
    const { other, ctx } = await twoBuiltModels('GM0344');
    // Each cell's reports one after another, the two cells at the same time.
    const reports = {
      GM0344: ['PLANNED', 'IN_PROGRESS', 'ADOPTED'],
      GM0599: ['PLANNED', 'ADOPTED'],
    } as const;
    const countersBefore = (await runtime.dataVersions.current()).get(ADOPTIONS_VERSION) ?? 0;
    await Promise.all(
      Object.entries(reports).map(async ([municipalityId, statuses]) => {
        for (const status of statuses) {
          await updateAdoption(ctx, { municipalityId, standardId: String(standard._id), status });
          // Answered only once its bump is in: a counter read now has moved past the start.
          expect((await runtime.dataVersions.current()).get(ADOPTIONS_VERSION)).toBeGreaterThan(
            countersBefore,
          );
        }
      }),
    );
    expect((await runtime.dataVersions.current()).get(ADOPTIONS_VERSION)).toBe(countersBefore + 5);
    const ownScans = await adoptionScansDuring(async () => {
      expect(await statusOf(runtime.adoptionStatuses, 'GM0344')).toBe('ADOPTED');
      expect(await statusOf(runtime.adoptionStatuses, 'GM0599')).toBe('ADOPTED');
    });
    expect(ownScans).toBe(0);
    expect(await statusOf(other, 'GM0344')).toBe('ADOPTED');
    expect(await statusOf(other, 'GM0599')).toBe('ADOPTED');
  });

  it("counts a standard's summary again only when its own cells change, or another process wrote", async () => {
    const { models } = server.runtime;
    const second = await buildStandard(models);
    const summaries = async () => {
      const ctx = await adminContext();
      return Promise.all([
        standardAdoptionSummary(ctx, String(standard._id), true),
        standardAdoptionSummary(ctx, String(second._id), true),
      ]);
    };
    const countOf = (summary: { byStatus: Array<{ status: string; count: number }> }, status: string) =>
      summary.byStatus.find((s) => s.status === status)?.count;
    const [first, other] = await summaries();
    expect(countOf(other, 'NOT_STARTED')).toBe(2);

    await updateAdoption(await adminContext(), {
      municipalityId: 'GM0599',
      standardId: String(standard._id),
      status: 'EXPLAINED',
      note: 'Wij gebruiken een landelijke voorziening.',
    });
    const [firstAfter, otherAfter] = await summaries();
    expect(countOf(firstAfter, 'EXPLAINED')).toBe((countOf(first, 'EXPLAINED') ?? 0) + 1);
    // The other standard's cells did not change: its summary is the one counted before.
    expect(otherAfter).toBe(other);

    // Another process's write: this one rescans, and every summary is counted again.
    await models.Adoption.collection.insertOne({
      municipalityId: 'GM0344',
      standardId: second._id,
      status: 'ADOPTED',
      needsReview: false,
      demo: false,
    } as never);
    await bumpDataVersion(models.Adoption.db, ADOPTIONS_VERSION);
    const [, otherRescanned] = await summaries();
    expect(otherRescanned).not.toBe(other);
    expect(countOf(otherRescanned, 'ADOPTED')).toBe(1);
    expect(countOf(otherRescanned, 'NOT_STARTED')).toBe(1);
  });

  it('replays a standard over time again only when its own cells change', async () => {
    const { models } = server.runtime;
    const charted = await buildStandard(models);
    const other = await buildStandard(models);
    const today = new Date().toISOString().slice(0, 10);
    const overTime = async () =>
      adoptionOverTime(await adminContext(), {
        standardId: String(charted._id),
        from: '2026-01-01',
        to: today,
        interval: 'YEAR',
      });
    const adoptedAtEnd = (points: Awaited<ReturnType<typeof overTime>>) =>
      points.at(-1)!.byStatus.find((s) => s.status === 'ADOPTED')?.count;
    const before = await overTime();
    expect(adoptedAtEnd(before)).toBe(0);

    await updateAdoption(await adminContext(), {
      municipalityId: 'GM0344',
      standardId: String(other._id),
      status: 'ADOPTED',
    });
    // A report on another standard leaves this one's series as it was counted.
    expect(await overTime()).toBe(before);

    await updateAdoption(await adminContext(), {
      municipalityId: 'GM0599',
      standardId: String(charted._id),
      status: 'ADOPTED',
    });
    const after = await overTime();
    expect(after).not.toBe(before);
    expect(adoptedAtEnd(after)).toBe(1);
  });
});
