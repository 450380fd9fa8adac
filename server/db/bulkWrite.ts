import type { AnyBulkWriteOperation, Model } from 'mongoose';

/**
 * FerretDB 1.24.2 hangs on an `update` command carrying 100 or more statements (measured: 99 run
 * in 0.4 s, 100 never return and stall the connection), so bulk writes go in batches well below it.
 */
export const BULK_BATCH_SIZE = 50;

/** `Model.bulkWrite` in batches of {@link BULK_BATCH_SIZE}, unordered within a batch. */
export async function bulkWriteInBatches<T extends object>(
  model: Model<T>,
  operations: AnyBulkWriteOperation<T>[],
): Promise<void> {
  for (let start = 0; start < operations.length; start += BULK_BATCH_SIZE) {
    await model.bulkWrite(
      operations.slice(start, start + BULK_BATCH_SIZE) as Parameters<Model<T>['bulkWrite']>[0],
      {
        ordered: false,
      },
    );
  }
}

/**
 * The driver's `collection.bulkWrite` in the same batches, bypassing mongoose casting: for restoring
 * documents exactly as they were stored (field order, fields another schema version had).
 */
export async function rawBulkWriteInBatches(
  collection: Model<object>['collection'],
  operations: Parameters<Model<object>['collection']['bulkWrite']>[0],
): Promise<void> {
  for (let start = 0; start < operations.length; start += BULK_BATCH_SIZE) {
    await collection.bulkWrite(operations.slice(start, start + BULK_BATCH_SIZE), { ordered: false });
  }
}
