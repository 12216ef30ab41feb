import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { Lead, Relation, User } from '../entities';
import { LeadStatus } from '../entities/enums';
import { applyRecordFilter } from '../records/record-query';
import { byDate, byId, byText } from '../paging/sort-keys';
import type { PageArgs } from '../paging/page';
import { LeadOrderField, type LeadFilterData, type LeadOrderData } from './lead-filter';
import { paginate, type SortKey } from '../paging/pagination';
import { keepsTagLists } from '../tags/tag-lists';
import { shaped } from '../db/query-shape';

function sortKey(order: LeadOrderData | null | undefined): SortKey<Lead> {
  const direction = order?.direction ?? 'DESC';
  switch (order?.field ?? LeadOrderField.CREATED_AT) {
    case LeadOrderField.LAST_NAME:
      return byText(direction, 'lead', 'lastName');
    case LeadOrderField.COMPANY_NAME:
      return byText(direction, 'lead', 'companyName');
    case LeadOrderField.UPDATED_AT:
      return byDate(direction, 'lead', 'updatedAt');
    default:
      // ids grow with creation time, and the primary key is the cheapest index there is
      return byId(direction, 'lead');
  }
}

/** The leads an actor may see that pass the filter. */
async function filteredLeads(
  manager: EntityManager,
  actor: User,
  filter: LeadFilterData | null | undefined,
): Promise<SelectQueryBuilder<Lead>> {
  const f = filter ?? {};
  const query = shaped(manager.createQueryBuilder(Lead, 'lead'));
  await applyRecordFilter(query, actor, f, 'LEAD');
  if (f.status?.length) query.andWhere('lead.status IN (:...status)', { status: f.status });
  else query.andWhere('lead.status != :merged', { merged: LeadStatus.MERGED });
  if (f.source?.length) query.andWhere('lead.source IN (:...source)', { source: f.source });
  if (f.kind) query.andWhere('lead.kind = :kind', { kind: f.kind });
  return query;
}

/** What a page of leads can read in its own statement: the owner and the relation it was converted into. */
const LEAD_JOINS = {
  owner: { entity: User, foreignKey: 'ownerId' },
  relation: { entity: Relation, foreignKey: 'convertedRelationId' },
} as const;

/** The records a page of leads reads joined, each with only some properties (and its id), or every column. */
export type LeadJoins = Partial<Record<keyof typeof LEAD_JOINS, { properties?: readonly string[] }>>;

/**
 * A page of the lead inbox, filtered and ordered; with columns, its leads hold only those (see paginate), and the
 * owners and relations their columns name come joined (Page.joined.owner, .relation) when `joined` asks for them,
 * and with `withTags` each lead's kept tag list (Page.computed.tags, see tag-lists.ts) where the database keeps them.
 */
export async function findLeads(
  manager: EntityManager,
  actor: User,
  filter: LeadFilterData | null | undefined,
  order: LeadOrderData | null | undefined,
  page: PageArgs,
  columns?: readonly string[],
  joined: LeadJoins = {},
  withTags = false,
) {
  const joins = Object.fromEntries(
    Object.entries(joined).map(([name, { properties }]) => [
      name,
      { ...LEAD_JOINS[name as keyof typeof LEAD_JOINS], properties },
    ]),
  );
  const query = await filteredLeads(manager, actor, filter);
  const tags = withTags && keepsTagLists(manager.connection, 'LEAD');
  return paginate(query, page, sortKey(order), columns, joins, tags ? { tags: 'lead.tagList' } : {});
}

/** At most `limit` leads created after the lead `afterId`, oldest first. */
export async function findLeadsAfter(
  manager: EntityManager,
  actor: User,
  filter: LeadFilterData | null | undefined,
  afterId: number,
  limit: number,
): Promise<Lead[]> {
  return (await filteredLeads(manager, actor, filter))
    .andWhere('lead.id > :afterId', { afterId })
    .orderBy('lead.id', 'ASC')
    .limit(limit)
    .getMany();
}
