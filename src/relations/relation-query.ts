import type { EntityManager } from 'typeorm';
import { Relation, type User } from '../entities';
import { RecordStatus } from '../entities/enums';
import { applyRecordFilter, byDate, byId, byText } from '../records/record-query';
import type { ConnectionArgs } from '../resolvers/types/connection-args';
import { RelationOrderField, type RelationFilter, type RelationOrder } from '../resolvers/types/relation.filter';
import { paginate, type SortKey } from '../paging/pagination';

export const LIVE_STATUSES = [RecordStatus.ACTIVE, RecordStatus.INACTIVE];

function sortKey(order: RelationOrder | null | undefined): SortKey<Relation> {
  const direction = order?.direction ?? 'ASC';
  switch (order?.field ?? RelationOrderField.NAME) {
    case RelationOrderField.CREATED_AT:
      return byId(direction, 'relation');
    case RelationOrderField.UPDATED_AT:
      return byDate(direction, 'relation', 'updatedAt');
    default:
      return byText(direction, 'relation', 'name');
  }
}

export async function findRelations(
  manager: EntityManager,
  actor: User,
  filter: RelationFilter | null | undefined,
  order: RelationOrder | null | undefined,
  page: ConnectionArgs,
) {
  const f = filter ?? {};
  const query = manager.createQueryBuilder(Relation, 'relation');
  await applyRecordFilter(query, actor, f, 'RELATION');
  query.andWhere('relation.status IN (:...status)', { status: f.status?.length ? f.status : LIVE_STATUSES });
  if (f.kind) query.andWhere('relation.kind = :kind', { kind: f.kind });
  if (f.country) query.andWhere('relation.country = :country', { country: f.country.toUpperCase() });
  return paginate(query, page, sortKey(order));
}
