import type { DataSource } from 'typeorm';
import { transaction } from '../db/transaction';
import type { Lead, User } from '../entities';
import { visibleDivision } from '../records/record-query';
import type { LeadStreamFilter } from '../leads/lead-filter';
import { apiError, badInput } from '../schema/errors';
import { idOfCursor } from '../paging/pagination';
import { LeadTopic } from './pubsub';
import { PushIterator } from './push-iterator';
import type { LeadFeed } from './lead-feed';
import { findLeadsAfter } from '../leads/lead-query';

/** The most leads a subscription replays after its cursor. */
export const MAX_REPLAY = 1000;
/** The most leads a subscriber may fall behind before its subscription ends. */
export const MAX_BEHIND = 10_000;

/** A subscription's filter as a test of one lead, under the division rules of the lead queries. */
export function leadMatcher(actor: User, filter: LeadStreamFilter | null | undefined): (lead: Lead) => boolean {
  const division = visibleDivision(actor, filter?.divisionId);
  const sources = filter?.source?.length ? new Set(filter.source) : null;
  const kind = filter?.kind ?? null;
  return (lead) =>
    (division === undefined || lead.divisionId === division) &&
    (!sources || sources.has(lead.source)) &&
    (!kind || lead.kind === kind);
}

function liveStream(onClose: () => void, resume: string): PushIterator<Lead> {
  return new PushIterator<Lead>(
    MAX_BEHIND,
    () =>
      apiError('FELL_BEHIND', `This subscription fell more than ${MAX_BEHIND} leads behind and was ended; ${resume}`),
    onClose,
  );
}

/** The leads that get a new owner or status and pass the filter, from now on. */
export function changedLeads(
  feed: LeadFeed,
  actor: User,
  filter: LeadStreamFilter | null | undefined,
): AsyncIterableIterator<Lead> {
  const matches = leadMatcher(actor, filter);
  const stream = liveStream(() => stop(), 'subscribe again and reload the leads you show');
  const stop = feed.listen(LeadTopic.UPDATED, (leads) => stream.push(leads.filter(matches)));
  return stream;
}

/**
 * The new leads that pass the filter. With `after`, a cursor of the lead
 * inbox's id order, it first replays from the database the leads created
 * after it, then goes on live. It listens before it reads, holds the live leads
 * while it reads and drops from them what the replay holds: no gap and no
 * duplicate at the seam.
 */
export async function newLeads(
  feed: LeadFeed,
  dataSource: DataSource,
  actor: User,
  filter: LeadStreamFilter | null | undefined,
  after: string | null | undefined,
): Promise<AsyncIterableIterator<Lead>> {
  const matches = leadMatcher(actor, filter);
  const afterId = after == null ? null : idOfCursor(after, 'after');
  let held: Lead[] | null = afterId === null ? null : [];
  let replayed = new Set<number>();
  const stream = liveStream(() => stop(), 'subscribe again with after: the last cursor you received');
  const stop = feed.listen(LeadTopic.CREATED, (leads) => {
    const wanted = leads.filter((lead) => matches(lead) && !replayed.has(lead.id));
    if (held) held.push(...wanted);
    else stream.push(wanted);
  });
  if (afterId === null) return stream;
  try {
    // in a transaction, which on SQLite waits for the writes in flight: the replay never holds a lead that may yet roll back
    const replay = await transaction(dataSource, ({ manager }) =>
      findLeadsAfter(manager, actor, filter, afterId, MAX_REPLAY + 1),
    );
    if (replay.length > MAX_REPLAY) {
      throw badInput(
        `More than ${MAX_REPLAY} leads came after this cursor: page through them with leads(orderBy: { field: CREATED_AT, direction: ASC }, after: …), then subscribe with the last cursor`,
        'after',
      );
    }
    replayed = new Set(replay.map((lead) => lead.id));
    stream.push([...replay, ...held!.filter((lead) => !replayed.has(lead.id))]);
    held = null;
    return stream;
  } catch (error) {
    await stream.return();
    throw error;
  }
}
