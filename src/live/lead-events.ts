import type { DataSource } from 'typeorm';
import type { UnitOfWork } from '../db/unit-of-work';
import { LeadTopic, type LeadPubSub } from './pubsub';
import { PerDatabase } from '../db/per-database';

const pubSubs = new PerDatabase<LeadPubSub>();

/**
 * Lead events of this DataSource's transactions go to this pub/sub (the server
 * sets it while it runs; null stops it); with none they go nowhere.
 */
export function announceLeadsThrough(dataSource: DataSource, pubSub: LeadPubSub | null): void {
  if (pubSub) pubSubs.set(dataSource, pubSub);
  else pubSubs.delete(dataSource);
}

/** One event per topic and committed transaction, however many batches it wrote (an import writes hundreds). */
function announce(uow: UnitOfWork, topic: LeadTopic, ids: number[]): void {
  const pubSub = pubSubs.get(uow.manager.dataSource);
  if (!pubSub || ids.length === 0) return;
  const topics = uow.leadEvents;
  if (topics.size === 0)
    uow.afterCommit(() =>
      topics.forEach((topicIds, committedTopic) => pubSub.publish(committedTopic, { ids: topicIds })),
    );
  const topicIds = topics.get(topic) ?? topics.set(topic, []).get(topic)!;
  for (const id of ids) topicIds.push(id);
}

/** Tells the subscriptions, once the transaction has committed, that these leads are new. */
export function announceNewLeads(uow: UnitOfWork, ids: number[]): void {
  announce(uow, LeadTopic.CREATED, ids);
}

/** Tells the subscriptions, once the transaction has committed, that these leads have a new owner or status. */
export function announceChangedLeads(uow: UnitOfWork, ids: number[]): void {
  announce(uow, LeadTopic.UPDATED, ids);
}
