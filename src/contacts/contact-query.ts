import type { EntityManager } from 'typeorm';
import { Contact, type User } from '../entities';
import { applyRecordFilter } from '../records/record-query';
import { byText } from '../paging/sort-keys';
import { LIVE_STATUSES } from '../relations/relation-query';
import type { PageArgs } from '../paging/page';
import type { ContactFilterData } from './contact-filter';
import { idOf } from '../schema/global-id';
import { paginate } from '../paging/pagination';

/** Contacts by last name. */
export async function findContacts(
  manager: EntityManager,
  actor: User,
  filter: ContactFilterData | null | undefined,
  page: PageArgs,
) {
  const f = filter ?? {};
  const query = manager.createQueryBuilder(Contact, 'contact');
  await applyRecordFilter(query, actor, f, 'CONTACT');
  query.andWhere('contact.status IN (:...status)', { status: f.status?.length ? f.status : LIVE_STATUSES });
  if (f.relationId)
    query.andWhere('contact.relationId = :relationId', { relationId: idOf('Relation', f.relationId, 'relationId') });
  return paginate(query, page, byText('ASC', 'contact', 'lastName'));
}
