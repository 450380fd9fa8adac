import { bulkWriteInBatches } from '../server/db/bulkWrite';
import type { Models } from '../server/db/models';
import type { MergerRecord } from '../server/db/models/Merger';
import { municipalitySearchName, type MunicipalityRecord } from '../server/db/models/Municipality';
import mergers from './data/mergers.json' with { type: 'json' };
import provinces from './data/provinces.json' with { type: 'json' };

/**
 * The successor an ended municipality points to: the only receiver of a full merger, and for a split
 * the RvIG "nieuwe code" (CBS lists one receiver per part; RvIG names one main successor).
 */
function mainSuccessor(endedCode: string): string {
  const rows = mergers.filter((m) => m.endedCode === endedCode);
  return (
    rows.find((m) => m.transition === 'FULL')?.successorCode ?? rows[0]?.rvigNewCode ?? rows[0]!.successorCode
  );
}

/**
 * The 69 real mergers of 2018–2023 (seeds/README.md): every ended municipality is kept with its CBS
 * code, `validUntil` (the date it ended) and successor, so older records map onto today's 342; and
 * one Merger record per ended × receiving municipality. Idempotent; returns the number of records.
 */
export async function seedMergers(models: Models): Promise<number> {
  const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
  const ended = new Map(mergers.map((m) => [m.endedCode, m]));
  await bulkWriteInBatches<MunicipalityRecord>(
    models.Municipality,
    [...ended.values()].map((m) => ({
      updateOne: {
        filter: { _id: m.endedCode },
        update: {
          $set: {
            cbsNumber: m.endedCode.slice(2),
            name: m.endedName,
            officialName: m.endedName,
            provinceCode: m.endedProvinceCode,
            province: provinceName.get(m.endedProvinceCode) ?? m.endedProvinceInSource,
            searchName: municipalitySearchName(m.endedName),
            validUntil: m.effectiveDate,
            mergedInto: mainSuccessor(m.endedCode),
          },
          $setOnInsert: { lat: null, lon: null, validFrom: null },
        },
        upsert: true,
      },
    })),
  );
  await bulkWriteInBatches<MergerRecord>(
    models.Merger,
    mergers.map((m) => ({
      updateOne: {
        filter: { endedId: m.endedCode, successorId: m.successorCode },
        update: {
          $set: {
            effectiveDate: m.effectiveDate,
            transition: m.transition as MergerRecord['transition'],
            successorIsNew: m.successorIsNew,
            note: m.note,
            sources: m.sources,
          },
        },
        upsert: true,
      },
    })),
  );
  return mergers.length;
}
