import type { EntityManager } from 'typeorm';
import type { Relation } from '../../entities';
import { RECORD_TYPES } from '../../entities/record-types';
import type { EntityType } from '../record-fields';

/** What a cluster shows of a member: its name, and its division for the division filter. */
export interface RecordSummary {
  divisionId: number | null;
  label: string;
}

const CHUNK = 500;

const words = (...parts: (string | null)[]) => parts.filter((part) => part != null && part.trim() !== '').join(' ');

/** A relation by its name, a contact by its person's, a lead by its person's with the company in brackets. */
function label(row: Record<string, string | null>): string {
  const person = words(row.firstName, row.lastName);
  if (person && row.companyName) return `${person} (${row.companyName})`;
  return person || words(row.companyName, row.name);
}

/** The summaries of records of one type by id, a chunk of ids per query. */
export async function recordSummaries(
  manager: EntityManager,
  entityType: EntityType,
  ids: number[],
): Promise<Map<number, RecordSummary>> {
  const { entity, labelColumns: columns } = RECORD_TYPES[entityType];
  const summaries = new Map<number, RecordSummary>();
  for (let start = 0; start < ids.length; start += CHUNK) {
    const query = manager
      .createQueryBuilder(entity as typeof Relation, 'record')
      .select('record.id', 'id')
      .addSelect('record.divisionId', 'divisionId');
    for (const column of columns) query.addSelect(`record.${column}`, column);
    const rows: Record<string, string | null>[] = await query
      .where('record.id IN (:...ids)', { ids: ids.slice(start, start + CHUNK) })
      .getRawMany();
    for (const row of rows)
      summaries.set(Number(row.id), {
        divisionId: row.divisionId == null ? null : Number(row.divisionId),
        label: label(row),
      });
  }
  return summaries;
}
