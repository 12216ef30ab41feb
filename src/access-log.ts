import type { RequestHandler } from 'express';
import type { Logger } from './logger';

declare module 'http' {
  interface IncomingMessage {
    /** the server's logger, for what goes wrong while this request is answered (error handlers) */
    log?: Logger;
  }
}

/**
 * One line per request once it is answered, or once the client gave up (status null): method, path, status, time
 * and the GraphQL operation's name; never the headers, which carry bearer tokens. pino-http wrote the same line
 * through a child logger made for every request, which cost a twentieth of the CPU of a page of leads.
 */
export function accessLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const arrivedAt = Date.now();
    req.log = logger;
    const answered = () => {
      res.off('finish', answered);
      res.off('close', answered);
      const ms = Date.now() - arrivedAt;
      logger.info(
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
