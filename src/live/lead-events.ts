import type { DataSource, EntityManager } from 'typeorm';
import { afterCommit } from '../db/transaction';
import { LeadTopic, type LeadPubSub } from './pubsub';

const pubSubs = new WeakMap<DataSource, LeadPubSub>();

/**
 * Lead events of this DataSource's transactions go to this pub/sub (the server
 * sets it while it runs; null stops it); with none they go nowhere.
 */
export function announceLeadsThrough(dataSource: DataSource, pubSub: LeadPubSub | null): void {
  if (pubSub) pubSubs.set(dataSource, pubSub);
  else pubSubs.delete(dataSource);
}

/** The ids each open transaction announces, by topic. */
const announced = new WeakMap<EntityManager, Map<LeadTopic, number[]>>();

/** One event per topic and committed transaction, however many batches it wrote (an import writes hundreds). */
function announce(manager: EntityManager, topic: LeadTopic, ids: number[]): void {
  const pubSub = pubSubs.get(manager.dataSource);
  if (!pubSub || ids.length === 0) return;
  let topics = announced.get(manager);
  if (!topics) {
    const committed = new Map<LeadTopic, number[]>();
    afterCommit(manager, () =>
      committed.forEach((topicIds, committedTopic) => pubSub.publish(committedTopic, { ids: topicIds })),
    );
    announced.set(manager, (topics = committed));
  }
  const topicIds = topics.get(topic) ?? topics.set(topic, []).get(topic)!;
  for (const id of ids) topicIds.push(id);
}

/** Tells the subscriptions, once the transaction has committed, that these leads are new. */
export function announceNewLeads(manager: EntityManager, ids: number[]): void {
  announce(manager, LeadTopic.CREATED, ids);
}

/** Tells the subscriptions, once the transaction has committed, that these leads have a new owner or status. */
export function announceChangedLeads(manager: EntityManager, ids: number[]): void {
  announce(manager, LeadTopic.UPDATED, ids);
}
