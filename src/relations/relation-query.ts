import type { EntityManager } from 'typeorm';
import { Relation, User } from '../entities';
import { RecordStatus } from '../entities/enums';
import { applyRecordFilter } from '../records/record-query';
import { byDate, byId, byText } from '../paging/sort-keys';
import type { PageArgs } from '../paging/page';
import { RelationOrderField, type RelationFilterData, type RelationOrderData } from './relation-filter';
import { paginate, type SortKey } from '../paging/pagination';
import { shaped } from '../db/query-shape';

export const LIVE_STATUSES = [RecordStatus.ACTIVE, RecordStatus.INACTIVE];

function sortKey(order: RelationOrderData | null | undefined): SortKey<Relation> {
  const direction = order?.direction ?? 'ASC';
  switch (order?.field ?? RelationOrderField.NAME) {
    case RelationOrderField.CREATED_AT:
      return byId(direction, 'relation');
    case RelationOrderField.UPDATED_AT:
      return byDate(direction, 'relation', 'updatedAt');
    default:
      return byText(direction, 'relation', 'name', false);
  }
}

/** What a page of relations can read in its own statement: the owner. */
const RELATION_JOINS = { owner: { entity: User, foreignKey: 'ownerId' } } as const;

/**
 * A page of relations, filtered and ordered; with columns, its relations hold only those (see paginate), and the
 * owners come joined (Page.joined.owner) when `joined` asks for them.
 */
export async function findRelations(
  manager: EntityManager,
  actor: User,
  filter: RelationFilterData | null | undefined,
  order: RelationOrderData | null | undefined,
  page: PageArgs,
  columns?: readonly string[],
  joined: readonly (keyof typeof RELATION_JOINS)[] = [],
) {
  const f = filter ?? {};
  const query = shaped(manager.createQueryBuilder(Relation, 'relation'));
  await applyRecordFilter(query, actor, f, 'RELATION');
  // the live statuses are every one but MERGED: said so, the status index does not stand in for the order's
  if (f.status?.length) query.andWhere('relation.status IN (:...status)', { status: f.status });
  else query.andWhere('relation.status != :merged', { merged: RecordStatus.MERGED });
  if (f.kind) query.andWhere('relation.kind = :kind', { kind: f.kind });
  if (f.country) query.andWhere('relation.country = :country', { country: f.country.toUpperCase() });
  const joins = Object.fromEntries(joined.map((name) => [name, RELATION_JOINS[name]]));
  return paginate(query, page, sortKey(order), columns, joins);
}
