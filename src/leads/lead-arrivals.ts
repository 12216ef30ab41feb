import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { dateColumn, dateParameter } from '../db/dialect';
import { Lead, type User } from '../entities';
import type { LeadSource } from '../entities/enums';
import { scopeToDivision } from '../records/record-query';
import type { LeadStreamFilter } from './lead-filter';
import { badInput } from '../schema/errors';

/** How far back `since` may reach: "today" in any time zone, and a bound on the rows counted. */
export const MAX_ARRIVALS_SPAN_HOURS = 48;
const MINUTE = 60_000;
const MINUTES = 60;

export interface LeadArrivalCounts {
  /** the newest lead counted; 0 before any lead */
  newestId: number;
  bySource: { source: LeadSource; count: number }[];
  /** the last 60 minutes, oldest first; the last is the minute now running */
  perMinute: { start: Date; count: number }[];
}

/**
 * New leads counted per source since a moment and per minute over the last hour, every status included (a lead
 * merged since still arrived), under the division rules and filter of leadCreated. Both count up to the newest
 * lead read first, so a client that goes on with leadCreated(after: that lead) counts every later lead once.
 */
export async function countLeadArrivals(
  manager: EntityManager,
  actor: User,
  filter: LeadStreamFilter | null | undefined,
  since: Date,
  now = new Date(),
): Promise<LeadArrivalCounts> {
  if (since.getTime() < now.getTime() - MAX_ARRIVALS_SPAN_HOURS * 60 * MINUTE)
    throw badInput(`since must lie within the last ${MAX_ARRIVALS_SPAN_HOURS} hours`, 'since');
  const leads = (): SelectQueryBuilder<Lead> => {
    const query = manager.createQueryBuilder(Lead, 'lead');
    scopeToDivision(query, actor, filter?.divisionId);
    if (filter?.source?.length) query.andWhere('lead.source IN (:...sources)', { sources: filter.source });
    if (filter?.kind) query.andWhere('lead.kind = :kind', { kind: filter.kind });
    return query;
  };
  const firstMinute = Math.floor(now.getTime() / MINUTE) - (MINUTES - 1);
  const starts = Array.from({ length: MINUTES }, (_, i) => new Date((firstMinute + i) * MINUTE));
  const { newest } = (await leads().select('MAX(lead.id)', 'newest').getRawOne<{ newest: number | null }>()) ?? {};
  if (newest == null) return { newestId: 0, bySource: [], perMinute: starts.map((start) => ({ start, count: 0 })) };

  const created = dateColumn('lead', 'createdAt');
  const bySource = await leads()
    .select('lead.source', 'source')
    .addSelect('COUNT(*)', 'count')
    .andWhere('lead.id <= :newest', { newest })
    .andWhere(`${created} >= :since`, { since: dateParameter(since) })
    .groupBy('lead.source')
    .orderBy('lead.source')
    .getRawMany<{ source: LeadSource; count: string | number }>();

  // the minute each lead falls in, as CASE over the minutes' starts: the same SQL on SQLite and MariaDB
  const bucket = `CASE ${starts
    .slice(1)
    .map((_, i) => `WHEN ${created} < :start${i + 1} THEN ${i}`)
    .join(' ')} ELSE ${MINUTES - 1} END`;
  const minuteRows = await leads()
    .select(bucket, 'minute')
    .addSelect('COUNT(*)', 'count')
    .andWhere('lead.id <= :newest', { newest })
    .andWhere(`${created} >= :start0`)
    .setParameters(Object.fromEntries(starts.map((start, i) => [`start${i}`, dateParameter(start)])))
    .groupBy('minute')
    .getRawMany<{ minute: string | number; count: string | number }>();
  const counts = new Map(minuteRows.map((row) => [Number(row.minute), Number(row.count)]));
  return {
    newestId: newest,
    bySource: bySource.map((row) => ({ source: row.source, count: Number(row.count) })),
    perMinute: starts.map((start, i) => ({ start, count: counts.get(i) ?? 0 })),
  };
}
