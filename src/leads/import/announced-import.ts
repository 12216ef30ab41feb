import pino from 'pino';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../../config';
import { LeadTopic, openPubSub, type LeadPubSub } from '../../live/pubsub';
import { announceLeadsThrough } from '../../live/lead-events';
import { importCommand, type ImportCommandOptions } from './import.command';

/** A pub/sub that counts the leads announced through it, per topic, and passes every event on. */
function counting(pubSub: LeadPubSub): { pubSub: LeadPubSub; announced: Map<LeadTopic, number> } {
  const announced = new Map<LeadTopic, number>();
  return {
    announced,
    pubSub: {
      ...pubSub,
      publish(topic, event) {
        announced.set(topic, (announced.get(topic) ?? 0) + event.ids.length);
        pubSub.publish(topic, event);
      },
    },
  };
}

/**
 * `crm import`. The leads it creates are announced as the server's are: with
 * REDIS_URL through the same Redis channels (REDIS_CHANNEL_PREFIX), so the
 * subscribers of every server instance on that Redis hear of them once the
 * import commits. Redis is reached before anything is written; without
 * REDIS_URL nobody can be told, and the last line says so.
 */
export async function importAnnouncing(
  dataSource: DataSource,
  file: string,
  options: ImportCommandOptions,
): Promise<void> {
  if (options.entity !== 'leads' || options.dryRun) return importCommand(dataSource, file, options);
  const config = loadConfig();
  // on stderr: stdout is the report
  const logger = pino({ level: config.logLevel, base: { service: 'crm' } }, pino.destination(2));
  const { pubSub, announced } = counting(await openPubSub(config, logger));
  announceLeadsThrough(dataSource, pubSub);
  try {
    await importCommand(dataSource, file, options);
  } finally {
    announceLeadsThrough(dataSource, null);
    // QUIT waits for the replies to the PUBLISHes sent before it; a failure here must not hide the import's own
    await pubSub
      .close()
      .catch((error: Error) =>
        console.error(`crm: the running servers may not have been told of the imported leads: ${error.message}`),
      );
  }
  const created = announced.get(LeadTopic.CREATED) ?? 0;
  if (!config.redisUrl && created > 0) {
    const [these, them] = created === 1 ? ['this lead', 'it'] : [`these ${created} leads`, 'them'];
    console.log(
      `REDIS_URL is not set, so the leadCreated subscribers of running servers were not told of ${these}: ` +
        `a subscription gets ${them} by subscribing again with after: a cursor from before the import (if at most 1000 leads came after it), and the leads query lists ${them}.`,
    );
  }
}
