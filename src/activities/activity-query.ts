import type { EntityManager } from 'typeorm';
import { Activity, Contact, Deal, Lead, Relation, type User } from '../entities';
import { dateParameter } from '../db/dialect';
import { byId } from '../paging/sort-keys';
import type { PageArgs } from '../paging/page';
import type { ActivityFilterData } from './activity-filter';
import { divisionLimit } from '../schema/access';
import { idOf } from '../schema/global-id';
import { paginate } from '../paging/pagination';

const PARENTS = { leadId: Lead, relationId: Relation, contactId: Contact, dealId: Deal } as const;

/** Activities, newest first; a SALES user sees those on their division's records, as node(id) does. */
export function findActivities(
  manager: EntityManager,
  actor: User,
  filter: ActivityFilterData | null | undefined,
  page: PageArgs,
) {
  const f = filter ?? {};
  const query = manager.createQueryBuilder(Activity, 'activity');
  const limit = divisionLimit(actor);
  if (limit !== undefined) {
    const inDivision = limit === null ? 'p.divisionId IS NULL' : 'p.divisionId = :division';
    const parents = Object.entries(PARENTS).map(([column, entity]) => {
      const ids = query.subQuery().select('p.id').from(entity, 'p').where(inDivision).getQuery();
      return `activity.${column} IN ${ids}`;
    });
    query.andWhere(`(${parents.join(' OR ')})`, { division: limit });
  }
  if (f.ownerId) query.andWhere('activity.ownerId = :ownerId', { ownerId: idOf('User', f.ownerId, 'ownerId') });
  if (f.type?.length) query.andWhere('activity.type IN (:...type)', { type: f.type });
  if (f.done === true) query.andWhere('activity.doneAt IS NOT NULL');
  if (f.done === false) query.andWhere('activity.doneAt IS NULL');
  if (f.dueAfter) query.andWhere('activity.dueAt >= :dueAfter', { dueAfter: dateParameter(f.dueAfter) });
  if (f.dueBefore) query.andWhere('activity.dueAt < :dueBefore', { dueBefore: dateParameter(f.dueBefore) });
  return paginate(query, page, byId('DESC', 'activity'));
}
