import type { LeadKind } from '../../entities/enums';
import { fieldError, type FieldError } from '../../fields/field-errors';
import { LEAD_KINDS, parseKind } from '../import/kind-values';
import type { LeadData } from '../lead-data';

/** A field people never see (hidden by the form's CSS); only bots fill it in. */
export const HONEYPOT_FIELD = '_gotcha';
/** The site key as a form field, for forms that cannot set the X-Site-Key header. */
export const SITE_KEY_FIELD = 'siteKey';

const TEXT_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'companyName',
  'registrationNumber',
  'country',
  'street',
  'postalCode',
  'city',
  'website',
  'birthDate',
  'message',
] as const;
const OTHER_FIELDS = ['kind', 'tags', 'externalId', SITE_KEY_FIELD, HONEYPOT_FIELD];
const KNOWN_FIELDS = new Set<string>([...TEXT_FIELDS, ...OTHER_FIELDS]);
const MAX_REQUEST_KEY = 100;

export interface WebLeadPost {
  /** the honeypot was filled in: accept, store nothing */
  trapped: boolean;
  lead: LeadData;
  /** the Idempotency-Key header, else the form's externalId: a retry with it answers the first lead */
  requestKey: string | null;
  errors: FieldError[];
}

const notText = (field: string) => fieldError(field, 'NOT_TEXT', `${field} must be text`);

/**
 * Reads a lead from a web form's fields (JSON or form-encoded): what the form
 * may set, nothing more. Checks of the values themselves are the intake's.
 */
export function parseWebLead(body: unknown, idempotencyKey: string | undefined): WebLeadPost {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return {
      trapped: false,
      lead: {},
      requestKey: null,
      errors: [fieldError('body', 'NOT_OBJECT', 'Send one lead: a JSON object or a form post')],
    };
  }
  const fields = body as Record<string, unknown>;
  const errors: FieldError[] = [];
  const lead: LeadData = {};
  for (const [field, value] of Object.entries(fields)) {
    if (!KNOWN_FIELDS.has(field)) errors.push(fieldError(field, 'UNKNOWN_FIELD', `A web lead has no field '${field}'`));
    else if ((TEXT_FIELDS as readonly string[]).includes(field)) {
      if (typeof value === 'string') lead[field as (typeof TEXT_FIELDS)[number]] = value;
      else if (value != null) errors.push(notText(field));
    }
  }

  const kind = fields.kind;
  if (typeof kind === 'string' && kind.trim()) {
    lead.kind = parseKind(LEAD_KINDS, kind) as LeadKind | undefined;
    if (!lead.kind) errors.push(fieldError('kind', 'KIND_INVALID', `kind '${kind}' is neither BUSINESS nor PRIVATE`));
  } else if (kind != null && typeof kind !== 'string') errors.push(notText('kind'));

  const tags = fields.tags;
  // a field repeated (tags=a&tags=b,c) arrives as an array; each value may itself be comma-separated
  if (typeof tags === 'string') lead.tags = tags.split(',');
  else if (Array.isArray(tags) && tags.every((tag) => typeof tag === 'string'))
    lead.tags = tags.flatMap((tag) => tag.split(','));
  else if (tags != null)
    errors.push(fieldError('tags', 'NOT_TEXT', 'tags must be text, one tag or several separated by commas'));

  const externalId = fields.externalId;
  if (externalId != null && typeof externalId !== 'string') errors.push(notText('externalId'));
  const header = idempotencyKey?.trim();
  const requestKey = header || (typeof externalId === 'string' && externalId.trim()) || null;
  if (requestKey && requestKey.length > MAX_REQUEST_KEY) {
    const field = header ? 'Idempotency-Key' : 'externalId';
    errors.push(
      fieldError(field, 'TOO_LONG', `${field} is ${requestKey.length} characters long; at most ${MAX_REQUEST_KEY} fit`),
    );
  }

  const honeypot = fields[HONEYPOT_FIELD];
  const trapped = honeypot != null && String(honeypot).trim() !== '';
  return { trapped, lead, requestKey, errors };
}
