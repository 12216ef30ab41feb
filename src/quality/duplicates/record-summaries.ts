import type { EntityManager } from 'typeorm';
import type { Relation } from '../../entities';
import { ENTITY_OF_TYPE } from '../matching/record-loader';
import type { EntityType } from '../record-fields';

/** What a cluster shows of a member: its name, and its division for the division filter. */
export interface RecordSummary {
  divisionId: number | null;
  label: string;
}

const CHUNK = 500;

const words = (...parts: (string | null)[]) => parts.filter((part) => part != null && part.trim() !== '').join(' ');

const LABELS: Record<EntityType, { columns: string[]; label: (row: Record<string, string | null>) => string }> = {
  RELATION: { columns: ['name'], label: (row) => words(row.name) },
  CONTACT: { columns: ['firstName', 'lastName'], label: (row) => words(row.firstName, row.lastName) },
  LEAD: {
    columns: ['firstName', 'lastName', 'companyName'],
    label: (row) => {
      const person = words(row.firstName, row.lastName);
      return person && row.companyName ? `${person} (${row.companyName})` : person || words(row.companyName);
    },
  },
};

/** The summaries of records of one type by id, a chunk of ids per query. */
export async function recordSummaries(
  manager: EntityManager,
  entityType: EntityType,
  ids: number[],
): Promise<Map<number, RecordSummary>> {
  const { columns, label } = LABELS[entityType];
  const summaries = new Map<number, RecordSummary>();
  for (let start = 0; start < ids.length; start += CHUNK) {
    const query = manager
      .createQueryBuilder(ENTITY_OF_TYPE[entityType] as typeof Relation, 'record')
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
