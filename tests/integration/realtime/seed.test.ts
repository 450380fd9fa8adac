import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../../server/app';
import { seedDemoAccounts } from '../../../seeds/demoAccounts';
import { seedRoadmaps } from '../../../seeds/roadmaps';
import { itemTitles, openProvider, synced } from '../../support/collab';
import { buildUser } from '../../support/factories';
import { startTestServer } from '../../support/server';

let server: KoersServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('seedRoadmaps', () => {
  it('seeds two ten-year roadmaps linked to standards by slug, idempotently, tolerating missing standards', async () => {
    const models = server.runtime.models;
    const zaken = await models.Standard.create({
      slug: 'zaken-api',
      name: 'Zaken API',
      category: 'API_STANDARD',
      lifecycle: 'ESTABLISHED',
    });
    await seedDemoAccounts(models);
    await seedRoadmaps(models);
    await seedRoadmaps(models);
    const roadmaps = await models.Roadmap.find().sort({ title: 1 }).lean();
    expect(roadmaps.map((r) => [r.title, r.startYear, r.endYear])).toEqual([
      ['Common Ground 2025–2034', 2025, 2034],
      ['Dienstverlening aan inwoners 2025–2034', 2025, 2034],
    ]);
    const linked = await models.RoadmapItem.find({ standardIds: String(zaken._id) }).lean();
    expect(linked.map((i) => i.itemId)).toEqual(['zgw-apis']);

    const reader = await buildUser(models);
    const common = roadmaps[0];
    const p = openProvider(server.port, `roadmap:${String(common?._id)}`, reader.token);
    await synced(p);
    expect(itemTitles(p.doc)).toContain('ZGW API’s in alle zaaksystemen');
    expect(p.doc.getXmlFragment('vision').toString()).toContain('gegevens bij de bron');
    p.destroy();
  });
});
