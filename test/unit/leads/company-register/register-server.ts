import { createServer, IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A stand-in register on 127.0.0.1 whose answer each test chooses. */
export class RegisterServer {
  readonly requests: { url: string; headers: IncomingHttpHeaders }[] = [];
  private handler: Handler = (_req, res) => res.writeHead(500).end();

  private constructor(private readonly server: Server) {
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      this.requests.push({ url: req.url ?? '', headers: req.headers });
      this.handler(req, res);
    });
  }

  static async start(): Promise<RegisterServer> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new RegisterServer(server);
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  answer(status: number, body: string | object): void {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    this.handler = (_req, res) =>
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(text);
  }

  /** Accepts requests and never answers them. */
  hang(): void {
    this.handler = () => undefined;
  }

  reset(): void {
    this.requests.length = 0;
    this.handler = (_req, res) => res.writeHead(500).end();
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((err) => (err ? reject(err) : resolve())));
  }
}
