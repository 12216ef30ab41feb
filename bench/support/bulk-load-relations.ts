import type { DataSource } from 'typeorm';
import { bulkInsert } from '../../src/db/bulk-insert';
import { transaction } from '../../src/db/transaction';
import { Relation } from '../../src/entities';
import { RecordStatus, RelationKind } from '../../src/entities/enums';
import { generateRelations } from '../generate';
import { stopwatch } from './benchmark';

const ROWS_PER_INSERT = 500;
const INSERTS_PER_TRANSACTION = 20;
const DAY_MS = 86_400_000;

export interface Owners {
  divisionId: number;
  ownerIds: number[];
}

/** A cheap, deterministic choice per record: the same numbers for the same index on every run. */
const hash = (i: number, salt: number) => (Math.imul(i ^ salt, 0x9e3779b1) >>> 0) % 1000;

/**
 * Inserts `count` generated relations around the API, as a migration from
 * another system would: multi-row INSERTs of 500, 10,000 rows per
 * transaction, no findings written. Relations are spread over the divisions,
 * 70 % of them owned by one of the division's sellers, created over the last
 * two years. Answers the milliseconds it took.
 */
export async function bulkLoadRelations(
  dataSource: DataSource,
  count: number,
  owners: Owners[],
  onProgress?: (done: number) => void,
): Promise<number> {
  const clock = stopwatch();
  const firstCreated = Date.now() - 730 * DAY_MS;
  const step = (730 * DAY_MS) / count;
  const records = generateRelations({ count, seed: 1 })[Symbol.iterator]();
  let done = 0;
  while (done < count) {
    await transaction(dataSource, async ({ manager }) => {
      for (let insert = 0; insert < INSERTS_PER_TRANSACTION && done < count; insert++) {
        const rows = [];
        for (let n = 0; n < ROWS_PER_INSERT && done < count; n++, done++) {
          const { fields } = records.next().value!;
          const { divisionId, ownerIds } = owners[done % owners.length];
          rows.push({
            ...fields,
            kind: fields.kind === 'PRIVATE' ? RelationKind.PRIVATE : RelationKind.COMPANY,
            name: fields.name ?? '',
            status: RecordStatus.ACTIVE,
            divisionId,
            ownerId: hash(done, 1) < 700 ? ownerIds[hash(done, 2) % ownerIds.length] : null,
            createdAt: new Date(firstCreated + done * step),
          });
        }
        await bulkInsert(manager, Relation, rows);
      }
    });
    onProgress?.(done);
  }
  return clock();
}
