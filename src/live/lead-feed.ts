import { In, type DataSource } from 'typeorm';
import { Lead } from '../entities';
import type { Logger } from '../logger';
import { LeadTopic, type LeadEvent, type LeadPubSub } from './pubsub';

export type LeadListener = (leads: Lead[]) => void;

const READ_SLICE = 500;

/**
 * One server instance's ear on the lead events: a single subscription per
 * topic, each event's leads read once and handed to every local listener, in
 * the order the events came. Listening starts synchronously, so a subscription
 * that listens before it reads the database misses nothing between the two.
 */
export class LeadFeed {
  private readonly listeners = new Map<LeadTopic, Set<LeadListener>>(
    Object.values(LeadTopic).map((topic) => [topic, new Set()]),
  );
  private readonly upstream: AsyncIterator<LeadEvent>[] = [];
  private delivery: Promise<void> = Promise.resolve();

  private constructor(
    private readonly dataSource: DataSource,
    private readonly logger: Logger,
  ) {}

  /** Subscribes to every lead topic and resolves once the subscriptions are in effect. */
  static async open(pubSub: LeadPubSub, dataSource: DataSource, logger: Logger): Promise<LeadFeed> {
    const feed = new LeadFeed(dataSource, logger);
    for (const topic of Object.values(LeadTopic)) feed.follow(topic, pubSub.subscribe(topic)[Symbol.asyncIterator]());
    await pubSub.subscribed();
    return feed;
  }

  /** Calls listener with the leads of every event on topic from now on; returns how to stop. */
  listen(topic: LeadTopic, listener: LeadListener): () => void {
    const listeners = this.listeners.get(topic)!;
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  /** How many subscriptions listen now. */
  get size(): number {
    return [...this.listeners.values()].reduce((sum, listeners) => sum + listeners.size, 0);
  }

  async close(): Promise<void> {
    await Promise.all(this.upstream.map((iterator) => iterator.return?.()));
    await this.delivery;
  }

  private follow(topic: LeadTopic, iterator: AsyncIterator<LeadEvent>): void {
    this.upstream.push(iterator);
    const pump = async () => {
      // the first next() subscribes, synchronously
      for (let result = await iterator.next(); !result.done; result = await iterator.next())
        this.deliver(topic, result.value);
    };
    void pump();
  }

  private deliver(topic: LeadTopic, event: LeadEvent): void {
    // one read at a time keeps the events in order
    this.delivery = this.delivery
      .then(async () => {
        const listeners = this.listeners.get(topic)!;
        // an import announces all its leads at once: read them a slice at a time, while anyone listens
        for (let start = 0; start < event.ids.length && listeners.size > 0; start += READ_SLICE) {
          const ids = event.ids.slice(start, start + READ_SLICE);
          const leads = await this.dataSource
            .getRepository(Lead)
            .find({ where: { id: In(ids) }, order: { id: 'ASC' } });
          for (const listener of listeners) listener(leads);
        }
      })
      .catch((error: Error) =>
        this.logger.error({ err: error, topic, ids: event.ids }, 'lead event not delivered to the subscriptions'),
      );
  }
}
