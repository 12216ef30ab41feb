import type { EntityManager } from 'typeorm';
import { Merge } from '../../entities';
import type { PageArgs } from '../../paging/page';
import type { MergeFilterData } from './merge-filter';
import { paginate, type SortKey } from '../../paging/pagination';

const NEWEST_FIRST: SortKey<Merge> = { expression: 'merge.id', direction: 'DESC', valueOf: (merge) => merge.id };

/** A page of every merge, newest first, undone ones too unless the filter says otherwise. */
export function mergeLog(manager: EntityManager, filter: MergeFilterData | null | undefined, page: PageArgs) {
  const query = manager.createQueryBuilder(Merge, 'merge').where('1 = 1');
  if (filter?.entityType) query.andWhere('merge.entityType = :entityType', { entityType: filter.entityType });
  if (filter?.undone != null) query.andWhere(`merge.undoneAt IS ${filter.undone ? 'NOT ' : ''}NULL`);
  return paginate(query, page, NEWEST_FIRST);
}
