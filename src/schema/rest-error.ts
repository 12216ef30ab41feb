import type { ErrorRequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { FieldError } from '../fields/field-errors';

/** The body of every REST error: a stable code as GraphQL's extensions.code, a message, and each bad field when there are some. */
export function sendError(res: Response, status: number, code: string, message: string, fields?: FieldError[]): void {
  res.status(status).json({ error: code, message, ...(fields ? { fields: fields.map((f) => ({ ...f })) } : {}) });
}

/**
 * The last error handler of a REST route: logged, answered in the same JSON shape, never a stack trace. A transaction
 * that kept losing to concurrent ones (BUSY) wrote nothing and may be sent again: 503 with Retry-After.
 */
export const internalError: ErrorRequestHandler = (error, req, res, _next) => {
  if (error instanceof GraphQLError && error.extensions.code === 'BUSY') {
    req.log?.warn({ err: error }, 'request gave up on contention');
    res.set('Retry-After', '1');
    return sendError(res, 503, 'BUSY', error.message);
  }
  req.log?.error({ err: error }, 'request failed');
  sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'The server failed; the error is logged');
};
