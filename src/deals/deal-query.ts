import type { EntityManager } from 'typeorm';
import { Deal, type User } from '../entities';
import { scopeToDivision } from '../records/record-query';
import { byId } from '../paging/sort-keys';
import { searchColumns } from '../db/search-columns';
import type { PageArgs } from '../paging/page';
import type { DealFilterData } from './deal-filter';
import { paginate } from '../paging/pagination';

const ID_FILTERS = ['relationId', 'contactId', 'managerId', 'pipelineId'] as const;

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
  for (const field of ID_FILTERS) {
    const value = f[field];
    if (value) query.andWhere(`deal.${field} = :${field}`, { [field]: value });
  }
  if (f.status?.length) query.andWhere('deal.status IN (:...status)', { status: f.status });
  searchColumns(query, ['title'], f.search);
  return paginate(query, page, byId('DESC', 'deal'));
}
