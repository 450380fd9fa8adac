import type { Models } from '../models';
import type { InitiativeRecord } from '../models/Initiative';
import type { StandardRecord } from '../models/Standard';
import { RecordStore } from './recordStore';

/** The read-change-write stores of one process (their queues are per process). */
export interface RecordStores {
  initiatives: RecordStore<InitiativeRecord>;
  standards: RecordStore<StandardRecord>;
}

/** Builds the stores over `models`. */
export function createRecordStores(models: Models): RecordStores {
  return {
    initiatives: new RecordStore<InitiativeRecord>(models.Initiative),
    standards: new RecordStore<StandardRecord>(models.Standard),
  };
}
