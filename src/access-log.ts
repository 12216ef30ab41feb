import type { RequestHandler } from 'express';
import type { Logger } from './logger';

declare module 'http' {
  interface IncomingMessage {
    /** the server's logger with the request's method and path, for what goes wrong while it is answered (error handlers) */
    log?: Logger;
  }
}

/**
 * One line per request once it is answered, or once the client gave up (status null): method, path, status, time
 * and the GraphQL operation's name, at level error for a 5xx; never the headers, which carry bearer tokens. Handlers
 * log through req.log, whose lines name the request. pino-http wrote the same line through a child logger made for
 * every request, which cost a twentieth of the CPU of a page of leads.
 */
export function accessLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const arrivedAt = Date.now();
    let requestLog: Logger | undefined;
    // made when a handler first logs: most requests never do
    Object.defineProperty(req, 'log', {
      get: () => (requestLog ??= logger.child({ req: { method: req.method, url: req.originalUrl } })),
    });
    const answered = () => {
      res.off('finish', answered);
      res.off('close', answered);
      const ms = Date.now() - arrivedAt;
      // a failure of the server is an error wherever else it was logged
      logger[res.statusCode >= 500 ? 'error' : 'info'](
        {
          req: { method: req.method, url: req.originalUrl },
          res: { statusCode: res.headersSent ? res.statusCode : null },
          responseTime: ms,
          operationName: req.body?.operationName ?? undefined,
        },
        `${req.method} ${req.originalUrl} ${res.statusCode} ${ms}ms`,
      );
    };
    res.on('finish', answered);
    res.on('close', answered);
    next();
  };
}
