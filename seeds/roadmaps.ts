import * as Y from 'yjs';
import { documentName } from '../common/collab';
import type { Models } from '../server/db/models';
import { RoadmapItemStore } from '../server/db/stores/roadmapItems';
import { createLogger } from '../server/logger';
import { RoadmapProjector } from '../server/realtime/projection/roadmap';
import { addItem, addLane, addMilestone, setMeta } from '../common/roadmapDocument';
import { writeSnapshot } from '../server/db/collabStore';
import { DEMO_TASKFORCE } from './demoAccounts';

interface DemoItem {
  id: string;
  title: string;
  lane: string;
  startYear: number;
  endYear: number;
  status: string;
  standards: string[];
}

interface DemoRoadmap {
  title: string;
  vision: string;
  lanes: Array<{ id: string; title: string }>;
  items: DemoItem[];
  milestones: Array<{ id: string; title: string; date: string }>;
}

/** Two ten-year demo roadmaps; items link to real standards by slug (seeds/data/standards.json). */
const roadmaps: DemoRoadmap[] = [
  {
    title: 'Common Ground 2025–2034',
    vision:
      'In 2034 werken alle deelnemende gemeenten met gescheiden gegevens en processen: gegevens bij de bron, bevraagd via API’s.',
    lanes: [
      { id: 'zaakgericht', title: 'Zaakgericht werken' },
      { id: 'basisgegevens', title: 'Basisgegevens bij de bron' },
      { id: 'infrastructuur', title: 'Infrastructuur en beveiliging' },
    ],
    items: [
      {
        id: 'zgw-apis',
        title: 'ZGW API’s in alle zaaksystemen',
        lane: 'zaakgericht',
        startYear: 2025,
        endYear: 2027,
        status: 'IN_PROGRESS',
        standards: ['zaken-api', 'documenten-api', 'catalogi-api'],
      },
      {
        id: 'besluiten',
        title: 'Besluiten registreren via API',
        lane: 'zaakgericht',
        startYear: 2026,
        endYear: 2028,
        status: 'PLANNED',
        standards: ['besluiten-api'],
      },
      {
        id: 'notificaties',
        title: 'Notificaties tussen componenten',
        lane: 'zaakgericht',
        startYear: 2027,
        endYear: 2029,
        status: 'PLANNED',
        standards: ['notificaties-api'],
      },
      {
        id: 'stuf-uitfasering',
        title: 'StUF-ZKN uitfaseren',
        lane: 'zaakgericht',
        startYear: 2029,
        endYear: 2032,
        status: 'PLANNED',
        standards: ['stuf-zkn'],
      },
      {
        id: 'brp-bevragen',
        title: 'BRP bevragen in plaats van kopiëren',
        lane: 'basisgegevens',
        startYear: 2025,
        endYear: 2028,
        status: 'IN_PROGRESS',
        standards: ['brp-bevragen-api'],
      },
      {
        id: 'bag-bevragen',
        title: 'BAG en BRK bevragen bij de bron',
        lane: 'basisgegevens',
        startYear: 2026,
        endYear: 2030,
        status: 'PLANNED',
        standards: ['bag-bevragen-api', 'brk-bevragen-api'],
      },
      {
        id: 'objecten',
        title: 'Objecten- en Objecttypen-registratie',
        lane: 'basisgegevens',
        startYear: 2028,
        endYear: 2031,
        status: 'PLANNED',
        standards: ['objecten-api', 'objecttypen-api'],
      },
      {
        id: 'autorisaties',
        title: 'Centrale autorisaties voor API-gebruik',
        lane: 'infrastructuur',
        startYear: 2025,
        endYear: 2026,
        status: 'PLANNED',
        standards: ['autorisaties-api'],
      },
      {
        id: 'logging',
        title: 'Logging van verwerkingen overal',
        lane: 'infrastructuur',
        startYear: 2027,
        endYear: 2034,
        status: 'PLANNED',
        standards: ['logging-van-verwerkingen-api', 'verwerkingsactiviteiten-api'],
      },
    ],
    milestones: [
      { id: 'halverwege', title: 'Helft van de gemeenten op ZGW', date: '2027-12-31' },
      { id: 'stuf-uit', title: 'Laatste StUF-koppeling uit', date: '2032-12-31' },
    ],
  },
  {
    title: 'Dienstverlening aan inwoners 2025–2034',
    vision:
      'Inwoners regelen hun zaken digitaal, zien de status van hun aanvragen en geven één keer hun gegevens.',
    lanes: [
      { id: 'contact', title: 'Klantcontact' },
      { id: 'transparantie', title: 'Transparantie' },
    ],
    items: [
      {
        id: 'klanten',
        title: 'Klantinteracties registreren via API',
        lane: 'contact',
        startYear: 2025,
        endYear: 2027,
        status: 'IN_PROGRESS',
        standards: ['klanten-api', 'contactmomenten-api'],
      },
      {
        id: 'productaanvragen',
        title: 'Productaanvragen digitaal ontvangen',
        lane: 'contact',
        startYear: 2026,
        endYear: 2029,
        status: 'PLANNED',
        standards: ['productaanvragen-api'],
      },
      {
        id: 'raadsinformatie',
        title: 'Open raadsinformatie publiceren',
        lane: 'transparantie',
        startYear: 2025,
        endYear: 2026,
        status: 'DONE',
        standards: ['open-raadsinformatie-api'],
      },
      {
        id: 'terinzagelegging',
        title: 'Digitale terinzagelegging',
        lane: 'transparantie',
        startYear: 2027,
        endYear: 2030,
        status: 'PLANNED',
        standards: ['digitale-terinzagelegging-api'],
      },
      {
        id: 'woo',
        title: 'Actieve openbaarmaking (Woo)',
        lane: 'transparantie',
        startYear: 2028,
        endYear: 2034,
        status: 'PLANNED',
        standards: ['open-wob-api'],
      },
    ],
    milestones: [{ id: 'mijn-zaken', title: 'Mijn Zaken voor alle inwoners', date: '2030-06-30' }],
  },
];

function buildDocument(roadmap: DemoRoadmap, standardIds: Map<string, string>): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    setMeta(doc, { title: roadmap.title, startYear: 2025, endYear: 2034 });
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(roadmap.vision)]);
    doc.getXmlFragment('vision').insert(0, [paragraph]);
    roadmap.lanes.forEach((lane) => addLane(doc, lane));
    for (const item of roadmap.items) {
      addItem(doc, {
        id: item.id,
        title: item.title,
        startYear: item.startYear,
        endYear: item.endYear,
        laneId: item.lane,
        status: item.status,
        // Standards are seeded by another step; a missing one is left out rather than failing.
        standardIds: item.standards.flatMap((slug) => standardIds.get(slug) ?? []),
        owner: null,
      });
    }
    roadmap.milestones.forEach((milestone) => addMilestone(doc, milestone));
  });
  return doc;
}

/**
 * Seeds the demo roadmaps of the demo taskforce: the initial Y.Doc is built here and stored as a
 * snapshot, then projected. Idempotent: an existing roadmap (by title) is left as its editors left it.
 */
export async function seedRoadmaps(models: Models): Promise<number> {
  const taskforce = await models.Taskforce.findOne({ name: DEMO_TASKFORCE }).lean();
  if (!taskforce) return 0;
  const standards = await models.Standard.find({}, { slug: 1 }).lean();
  const standardIds = new Map(standards.map((s) => [s.slug, String(s._id)]));
  const logger = createLogger('warn');
  const items = new RoadmapItemStore(models);
  const existing = await models.Roadmap.find({ taskforceId: taskforce._id }, { title: 1 }).lean();
  for (const roadmap of roadmaps) {
    if (existing.some((r) => r.title === roadmap.title)) continue;
    const record = await models.Roadmap.create({
      title: roadmap.title,
      taskforceId: taskforce._id,
      startYear: 2025,
      endYear: 2034,
    });
    const doc = buildDocument(roadmap, standardIds);
    await writeSnapshot(models, documentName('roadmap', String(record._id)), Y.encodeStateAsUpdate(doc));
    const projector = new RoadmapProjector(models, items, () => doc, String(record._id), logger);
    projector.schedule();
    await projector.flush();
    doc.destroy();
  }
  return roadmaps.length;
}
