import type { EntityManager } from 'typeorm';
import { Deal, type User } from '../entities';
import { scopeToDivision } from '../records/record-query';
import { byId } from '../paging/sort-keys';
import { searchColumns } from '../db/search-columns';
import type { PageArgs } from '../paging/page';
import type { DealFilterData } from './deal-filter';
import { idOf } from '../schema/global-id';
import { paginate } from '../paging/pagination';

const ID_FILTERS = [
  ['relationId', 'Relation'],
  ['contactId', 'Contact'],
  ['managerId', 'User'],
  ['pipelineId', 'Pipeline'],
] as const;

/** Deals, newest first. */
export function findDeals(
  manager: EntityManager,
  actor: User,
  filter: DealFilterData | null | undefined,
  page: PageArgs,
) {
  const f = filter ?? {};
  const query = manager.createQueryBuilder(Deal, 'deal');
  scopeToDivision(query, actor, f.divisionId);
  for (const [field, type] of ID_FILTERS) {
    const value = f[field];
    if (value) query.andWhere(`deal.${field} = :${field}`, { [field]: idOf(type, value, field) });
  }
  if (f.status?.length) query.andWhere('deal.status IN (:...status)', { status: f.status });
  searchColumns(query, ['title'], f.search);
  return paginate(query, page, byId('DESC', 'deal'));
}
