import type { WebSocket } from 'ws';

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

  closeAll(tokenId: number, code: number, reason: string): void {
    for (const socket of this.byToken.get(tokenId) ?? []) socket.close(code, reason);
  }
}
