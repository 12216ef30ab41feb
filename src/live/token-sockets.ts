import { CloseCode } from 'graphql-ws';
import type { WebSocket } from 'ws';
import type { Logger } from '../logger';
import type { TokenAuthenticator } from '../schema/token-authenticator';

/** The open websockets of each API token on this server instance: to cap them, and to close them when it is refused. */
export class TokenSockets {
  private readonly byToken = new Map<number, Set<WebSocket>>();

  get size(): number {
    return this.byToken.size;
  }

  count(tokenId: number): number {
    return this.byToken.get(tokenId)?.size ?? 0;
  }

  add(tokenId: number, socket: WebSocket): void {
    const sockets = this.byToken.get(tokenId) ?? new Set<WebSocket>();
    this.byToken.set(tokenId, sockets.add(socket));
  }

  remove(tokenId: number, socket: WebSocket): void {
    const sockets = this.byToken.get(tokenId);
    if (!sockets?.delete(socket) || sockets.size > 0) return;
    this.byToken.delete(tokenId);
  }

  tokenIds(): number[] {
    return [...this.byToken.keys()];
  }

  /** Closes every socket of these tokens with 4403 (graphql-ws's Forbidden) and the token's refusal as the reason. */
  closeRefused(refused: Map<number, string>): void {
    for (const [tokenId, reason] of refused)
      for (const socket of this.byToken.get(tokenId) ?? []) socket.close(CloseCode.Forbidden, reason);
  }
}

/** Every intervalMs, asks the database about the tokens of the open sockets and closes those it refuses; returns how to stop. */
export function recheckTokens(
  sockets: TokenSockets,
  authenticator: TokenAuthenticator,
  intervalMs: number,
  logger: Logger,
): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running || sockets.size === 0) return;
    running = true;
    authenticator
      .refusals(sockets.tokenIds())
      .then((refused) => sockets.closeRefused(refused))
      .catch((error: Error) => logger.warn({ err: error }, 'the tokens of open websockets were not checked'))
      .finally(() => (running = false));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
