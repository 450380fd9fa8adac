/** What grouping needs of a mongoose model. */
interface InsertableModel {
  new (fields: object): { validate(): Promise<void>; toObject(): object };
  insertMany(documents: object[], options: { lean: true }): Promise<unknown>;
}

/** Documents waiting for the next insert into one collection. */
interface InsertQueue {
  waiting: Array<{ document: object; resolve: () => void; reject: (error: unknown) => void }>;
  running: boolean;
}

/** Most documents in one insert: well under FerretDB's hang on 100-statement writes. */
const MAX_GROUP = 50;

const queues = new WeakMap<InsertableModel, InsertQueue>();

/**
 * Inserts `document` (validated here, so one bad document fails only its own caller), grouped with
 * the documents other callers hand in while an insert into the same collection runs: under a burst
 * of writes the database commits one insert per round trip instead of one per document. Resolves
 * when the document is written.
 */
export async function groupedInsert(model: InsertableModel, fields: object): Promise<void> {
  const document = new model(fields);
  await document.validate();
  let queue = queues.get(model);
  if (!queue) queues.set(model, (queue = { waiting: [], running: false }));
  const written = new Promise<void>((resolve, reject) =>
    queue.waiting.push({ document: document.toObject(), resolve, reject }),
  );
  if (!queue.running) void drain(model, queue);
  await written;
}

async function drain(model: InsertableModel, queue: InsertQueue): Promise<void> {
  queue.running = true;
  while (queue.waiting.length > 0) {
    const group = queue.waiting.splice(0, MAX_GROUP);
    try {
      // Validated above: inserted as they are, in one command.
      await model.insertMany(
        group.map((entry) => entry.document),
        { lean: true },
      );
      for (const entry of group) entry.resolve();
    } catch (error) {
      for (const entry of group) entry.reject(error);
    }
  }
  queue.running = false;
}
