import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { databaseNameFromUri, openDatabase } from '../../../server/db/connection';
import { createModels } from '../../../server/db/models';
import { loadDocumentState } from '../../../server/db/collabStore';
import { clientAddItem, itemTitles, openProvider, synced } from '../../support/collab';
import { buildUser } from '../../support/factories';
import { startTestServer } from '../../support/server';
import { eventually } from '../../support/eventually';

describe('graceful shutdown', () => {
  it('flushes every document in memory on close; standard documents are written by admins only', async () => {
    const server = await startTestServer();
    const models = server.runtime.models;
    const admin = await buildUser(models, { roles: ['ADMIN'] });
    const member = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
    const standard = await models.Standard.create({
      slug: 'zaken-api',
      name: 'Zaken API',
      category: 'API_STANDARD',
      lifecycle: 'ESTABLISHED',
    });
    const name = `standard:${String(standard._id)}`;
    const writer = openProvider(server.port, name, admin.token);
    const reader = openProvider(server.port, name, member.token);
    await Promise.all([synced(writer), synced(reader)]);
    const description = writer.doc.getText('description');
    description.insert(0, 'De Zaken API beschrijft zaken.');
    clientAddItem(reader.doc, 'x', 'Van een lezer');
    await eventually(() =>
      expect(reader.doc.getText('description').toString()).toBe('De Zaken API beschrijft zaken.'),
    );

    const uri = server.runtime.config.mongodbUri as string;
    await server.close();
    writer.destroy();
    reader.destroy();

    const connection = await openDatabase(uri, databaseNameFromUri(uri, 'koers'));
    const storedModels = createModels(connection);
    const stored = await loadDocumentState(storedModels, name);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, stored?.state ?? new Uint8Array());
    expect(doc.getText('description').toString()).toBe('De Zaken API beschrijft zaken.');
    expect(itemTitles(doc)).toEqual([]);
    // The edit is attributed before the database closes, and the log was folded on the way out.
    const attributed = await storedModels.AuditEvent.find({ action: 'standard:edit' }).lean();
    expect(attributed.map((event) => String(event.actorId))).toEqual([admin.id]);
    expect(await storedModels.CollabUpdate.countDocuments({ docName: name })).toBe(0);
    await connection.close();
  });
});
