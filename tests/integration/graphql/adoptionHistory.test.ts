import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../../server/app';
import { HISTORY_CHUNK } from '../../../server/db/models/AdoptionHistory';
import { buildEditor, buildMunicipality, buildStandard, type SignedInUser } from '../../support/factories';
import { graphql } from '../../support/gql';
import { graphqlData } from '../../support/graphqlClient';
import { startTestServer } from '../../support/server';

const Report = graphql(`
  mutation ReportForHistory($input: UpdateAdoptionInput!) {
    updateAdoption(input: $input) {
      adoption {
        id
      }
    }
  }
`);

const History = graphql(`
  query AdoptionHistory($municipalityId: ID, $standardId: ID) {
    adoptions(municipalityId: $municipalityId, standardId: $standardId) {
      nodes {
        status
        history {
          status
          note
        }
      }
    }
  }
`);

let server: KoersServer;
let editor: SignedInUser;
beforeAll(async () => {
  server = await startTestServer();
  await buildMunicipality(server.runtime.models);
  editor = await buildEditor(server.runtime.models, 'GM0344');
});
afterAll(() => server.close());

const report = (standardId: string, note: string) =>
  graphqlData(
    server.url,
    Report,
    { input: { municipalityId: 'GM0344', standardId, status: 'IN_PROGRESS', note } },
    { token: editor.token },
  );

/** The note of every filed entry by its number: each is a document of its own, `<adoptionId>:e<n>`. */
const filedNotes = async (standardId: Types.ObjectId) => {
  const documents = await server.runtime.models.AdoptionHistory.find({ standardId }).lean();
  const byNumber = documents.map((document) => {
    expect(document.entries).toHaveLength(1);
    return [Number(/:e(\d+)$/.exec(document._id)?.[1]), document.entries[0]!.note] as const;
  });
  return byNumber.sort(([a], [b]) => a - b).map(([, note]) => note);
};

const historyOf = async (standardId: string) =>
  (await graphqlData(server.url, History, { municipalityId: 'GM0344', standardId })).adoptions.nodes[0]
    ?.history ?? [];

describe('adoption history in its own collection', () => {
  it('keeps every report in order, one document each, after the entries an old record kept itself', async () => {
    const models = server.runtime.models;
    const standard = await buildStandard(models, { name: 'Historie API' });
    // A record from before the history collection, with its entries on it.
    await models.Adoption.create({
      municipalityId: 'GM0344',
      standardId: standard._id,
      status: 'PLANNED',
      history: [{ status: 'PLANNED', note: 'oud', at: new Date('2025-01-01T00:00:00Z') }],
    });
    const reports = 30;
    for (let n = 0; n < reports; n++) await report(String(standard._id), `rapport ${n}`);
    const history = await historyOf(String(standard._id));
    expect(history.map((entry) => entry.note)).toEqual([
      'oud',
      ...Array.from({ length: reports }, (_, n) => `rapport ${n}`),
    ]);
    // The record stays small: its own entries are the old ones only.
    const record = await models.Adoption.findOne({ standardId: standard._id }).lean();
    expect(record?.history).toHaveLength(1);
    expect(record?.historyLength).toBe(reports);
    expect(await filedNotes(standard._id)).toEqual(Array.from({ length: reports }, (_, n) => `rapport ${n}`));
  });

  it('files the entries of concurrent reports on one cell once each, in the order of the record', async () => {
    const models = server.runtime.models;
    const standard = await buildStandard(models, { name: 'Gelijktijdig API' });
    const notes = Array.from({ length: 8 }, (_, n) => `tegelijk ${n}`);
    // Each answer comes once the record is written; the filing runs beside the audit entry.
    await Promise.all(notes.map((note) => report(String(standard._id), note)));
    const history = (await historyOf(String(standard._id))).map((entry) => entry.note);
    expect([...history].sort()).toEqual([...notes].sort());
    const record = await models.Adoption.findOne({ standardId: standard._id }).lean();
    expect(record?.historyLength).toBe(notes.length);
    expect(record?.lastEntry?.note).toBe(history.at(-1));
    expect(await filedNotes(standard._id)).toEqual(history);
  });

  it('loses no entry when a process stopped between the record and filing its entry', async () => {
    const models = server.runtime.models;
    const standard = await buildStandard(models, { name: 'Onderbroken API' });
    const { updateAdoption } = await report(String(standard._id), 'eerste');
    // What a process stopped after writing the record leaves: the entry only on the record.
    const orphan = {
      status: 'ADOPTED' as const,
      note: 'onderbroken',
      at: new Date(),
      entryId: new Types.ObjectId().toHexString(),
    };
    await models.Adoption.updateOne(
      { _id: updateAdoption.adoption.id },
      { $set: { status: 'ADOPTED', lastEntry: orphan }, $inc: { historyLength: 1 } },
    );
    expect((await historyOf(String(standard._id))).map((entry) => entry.note)).toEqual([
      'eerste',
      'onderbroken',
    ]);
    await report(String(standard._id), 'daarna');
    expect((await historyOf(String(standard._id))).map((entry) => entry.note)).toEqual([
      'eerste',
      'onderbroken',
      'daarna',
    ]);
    expect(await filedNotes(standard._id)).toEqual(['eerste', 'onderbroken', 'daarna']);
  });

  it('reads the chunks earlier versions filed, before the entries filed since', async () => {
    const models = server.runtime.models;
    const standard = await buildStandard(models, { name: 'Eerdere versie API' });
    const { updateAdoption } = await report(String(standard._id), 'eerste');
    const adoptionId = new Types.ObjectId(updateAdoption.adoption.id);
    // What an earlier version left: a full chunk and a part of the next, grown by `$push`, and
    // the record counting them, its newest entry also its `lastEntry`.
    const old = Array.from({ length: HISTORY_CHUNK + 3 }, (_, n) => ({
      status: 'PLANNED' as const,
      note: `eerder ${n}`,
      at: new Date(Date.UTC(2024, 0, 1 + n)),
      entryId: new Types.ObjectId().toHexString(),
    }));
    await models.AdoptionHistory.deleteMany({ standardId: standard._id });
    const cell = { adoptionId, municipalityId: 'GM0344', standardId: standard._id };
    await models.AdoptionHistory.insertMany([
      { _id: `${String(adoptionId)}:0`, ...cell, entries: old.slice(0, HISTORY_CHUNK) },
      { _id: `${String(adoptionId)}:1`, ...cell, entries: old.slice(HISTORY_CHUNK) },
    ]);
    await models.Adoption.updateOne(
      { _id: adoptionId },
      { $set: { historyLength: old.length, lastEntry: old.at(-1) } },
    );
    await report(String(standard._id), 'nu');
    expect((await historyOf(String(standard._id))).map((entry) => entry.note)).toEqual([
      ...old.map((entry) => entry.note),
      'nu',
    ]);
  });
});
