import cors from 'cors';
import express, { Router, type ErrorRequestHandler, type RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config';
import type { Site } from '../../entities';
import { InputRejected } from '../../fields/field-errors';
import { toGlobalId } from '../../schema/global-id';
import { internalError, sendError } from '../../schema/rest-error';
import type { RateLimitCounts } from './rate-limit-counts';
import { isSiteOrigin, siteByKey } from './site.service';
import { parseWebLead, SITE_KEY_FIELD } from './web-lead.parser';
import { receiveWebLead } from './web-lead.service';

const PATH = '/api/web-leads';

function perMinute(
  counts: RateLimitCounts,
  limit: number,
  what: string,
  keyGenerator?: (req: express.Request, res: express.Response) => string,
): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit,
    store: counts.store(what),
    standardHeaders: 'draft-7', // RateLimit headers, and Retry-After on 429
    legacyHeaders: false,
    keyGenerator,
    handler: (_req, res) =>
      sendError(res, 429, 'RATE_LIMITED', `Too many leads from this ${what}; try again after Retry-After seconds`),
  });
}

const formOrJson: RequestHandler = (req, res, next) => {
  if (req.is(['application/json', 'application/x-www-form-urlencoded'])) return next();
  sendError(
    res,
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    'Send the lead as JSON or as an ordinary form post (application/x-www-form-urlencoded)',
  );
};

/** The site whose key came in the X-Site-Key header or the siteKey field; its pages' origins only. */
function authenticateSite(dataSource: DataSource): RequestHandler {
  return async (req, res, next) => {
    const key = req.get('x-site-key') ?? req.body?.[SITE_KEY_FIELD];
    const site = typeof key === 'string' && key ? await siteByKey(dataSource, key) : null;
    if (!site)
      return sendError(
        res,
        401,
        'UNAUTHENTICATED',
        `Send the site's key (from \`crm site create\`) in the X-Site-Key header or the ${SITE_KEY_FIELD} field`,
      );
    const origin = req.get('origin');
    if (origin && !site.allowedOrigins.includes(origin))
      return sendError(res, 403, 'FORBIDDEN', `Pages of ${origin} may not post leads for this site`);
    res.locals.site = site;
    next();
  };
}

function receive(dataSource: DataSource): RequestHandler {
  return async (req, res) => {
    const post = parseWebLead(req.body, req.get('idempotency-key'));
    // a bot is told what a person is told, and nothing is kept
    if (post.trapped) return void res.status(202).json({ id: null });
    try {
      const id = await receiveWebLead(dataSource, res.locals.site as Site, post);
      res.status(202).json({ id: toGlobalId('Lead', id) });
    } catch (error) {
      if (!(error instanceof InputRejected)) throw error;
      sendError(res, 400, 'BAD_USER_INPUT', 'The lead has bad fields', error.fieldErrors);
    }
  };
}

const bodyErrors: ErrorRequestHandler = (error, _req, res, next) => {
  const type = (error as { type?: string }).type;
  if (type === 'entity.too.large')
    return sendError(res, 413, 'PAYLOAD_TOO_LARGE', 'The lead is larger than the web form limit (WEB_LEAD_BODY_LIMIT)');
  if (type === 'entity.parse.failed') return sendError(res, 400, 'BAD_USER_INPUT', 'The body is not valid JSON');
  if (type === 'charset.unsupported' || type === 'encoding.unsupported')
    return sendError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', (error as Error).message);
  next(error);
};

/**
 * The web site connector: POST /api/web-leads takes one lead from a company's
 * web form. CORS answers only origins a site lists (a preflight carries no key,
 * so there any site's origins count; the post itself must come from its own site's).
 */
export function webLeadRoutes(config: Config, dataSource: DataSource, counts: RateLimitCounts): Router {
  const siteCors = cors({
    origin: (origin, callback) => {
      if (!origin) return callback(null, false);
      isSiteOrigin(dataSource, origin).then((known) => callback(null, known && origin), callback);
    },
    methods: ['POST'],
    allowedHeaders: ['Content-Type', 'X-Site-Key', 'Idempotency-Key'],
    exposedHeaders: ['Retry-After'],
    maxAge: 600,
  });
  const router = Router();
  router.options(PATH, siteCors);
  router.post(
    PATH,
    siteCors,
    perMinute(counts, config.webLeadsPerAddressPerMinute, 'address'),
    formOrJson,
    express.json({ limit: config.webLeadBodyLimit }),
    express.urlencoded({ extended: false, limit: config.webLeadBodyLimit }),
    authenticateSite(dataSource),
    perMinute(counts, config.webLeadsPerSitePerMinute, 'site', (_req, res) => `site:${(res.locals.site as Site).id}`),
    receive(dataSource),
  );
  router.use(PATH, bodyErrors, internalError);
  return router;
}
