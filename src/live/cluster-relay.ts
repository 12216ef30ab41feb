import cluster from 'node:cluster';
import { EventEmitter } from 'node:events';

/**
 * What a worker of a cluster (src/cluster) sends its primary to pass on to every worker, itself too; the primary
 * passes it on as it came, then answers the sender with `relayed: id`.
 */
export interface RelayRequest {
  relay: { channel: string; detail: unknown; id?: number };
}

export interface RelayedAnswer {
  relayed: number;
}

export function isRelayRequest(message: unknown): message is RelayRequest {
  return typeof (message as RelayRequest | null)?.relay?.channel === 'string';
}

const isRelayedAnswer = (message: unknown): message is RelayedAnswer =>
  typeof (message as RelayedAnswer | null)?.relayed === 'number';

/** Messages between the workers of one cluster, through its primary: what a server instance alone would keep to itself. */
export interface ClusterRelay {
  /** to every worker, this one too; resolves once the primary has passed it on to each (so each hears it before anything the primary sends it later, such as a new connection) */
  send(channel: string, detail: unknown): Promise<void>;
  /** listener hears what any worker sends on channel; the function it gives stops it */
  listen(channel: string, listener: (detail: unknown) => void): () => void;
}

function workerRelay(): ClusterRelay {
  const channels = new EventEmitter().setMaxListeners(0);
  const waiting = new Map<number, () => void>();
  let lastId = 0;
  process.on('message', (message: unknown) => {
    if (isRelayRequest(message)) channels.emit(message.relay.channel, message.relay.detail);
    else if (isRelayedAnswer(message)) {
      waiting.get(message.relayed)?.();
      waiting.delete(message.relayed);
    }
  });
  return {
    send: (channel, detail) =>
      new Promise((resolve, reject) => {
        const id = (lastId += 1);
        waiting.set(id, resolve);
        const request: RelayRequest = { relay: { channel, detail, id } };
        process.send!(request, undefined, undefined, (error: Error | null) => {
          if (!error) return;
          waiting.delete(id);
          reject(error);
        });
      }),
    listen(channel, listener) {
      channels.on(channel, listener);
      return () => void channels.off(channel, listener);
    },
  };
}

let relay: ClusterRelay | undefined;

/** The relay of this worker of a cluster; null in a process of its own (WORKERS=1, `crm`, the tests). */
export function clusterRelay(): ClusterRelay | null {
  if (!cluster.isWorker) return null;
  return (relay ??= workerRelay());
}
