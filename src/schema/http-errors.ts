import type { ErrorRequestHandler } from 'express';

/**
 * What the body parser in front of GraphQL refuses (malformed JSON, a body over the limit, an unknown charset),
 * answered as GraphQL over HTTP answers a bad request: JSON errors with a code, its 4xx status, no stack trace.
 * Anything else is logged and answered 500 in the same shape.
 */
export function graphqlHttpErrors(bodyLimit: string): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const status = Number(error?.status ?? error?.statusCode);
    if (status >= 400 && status < 500) {
      const message =
        error.type === 'entity.parse.failed'
          ? `The request body is not valid JSON: ${error.message}`
          : error.type === 'entity.too.large'
            ? `The request body is larger than the limit of ${bodyLimit}`
            : String(error.message);
      res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    req.log?.error({ err: error }, 'request failed');
    res.status(500).json({
      errors: [{ message: 'The server failed; the error is logged', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
  };
}
