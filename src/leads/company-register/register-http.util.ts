import { CompanyRegisterError } from './company-register';

export interface RegisterRequest {
  /** the register's name as a person reads it in an error message */
  register: string;
  userAgent: string;
  signal: AbortSignal;
  /** statuses by which the register says the company does not exist */
  notFoundStatuses: readonly number[];
}

/** GETs a register URL: its parsed JSON body, or null when the register answers "not found" or nothing at all. */
export async function fetchRegisterJson(url: URL, request: RegisterRequest): Promise<unknown> {
  const { register, signal } = request;
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json', 'user-agent': request.userAgent }, signal });
  } catch (err) {
    // An abort is the caller's timeout, which it reports itself.
    if (signal.aborted) throw err;
    throw new CompanyRegisterError('UNAVAILABLE', `${register} could not be reached; try again later.`, { cause: err });
  }
  if (request.notFoundStatuses.includes(response.status)) {
    await response.body?.cancel();
    return null;
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new CompanyRegisterError('UNAVAILABLE', `${register} answered HTTP ${response.status}; try again later.`);
  }
  const body = await response.text();
  if (body.trim() === '') return null;
  try {
    return JSON.parse(body);
  } catch (err) {
    throw new CompanyRegisterError('UNAVAILABLE', `${register} sent an answer that is not JSON; try again later.`, {
      cause: err,
    });
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A register field as trimmed text; null for absent, empty or non-scalar values. */
export function textOf(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export function unexpectedAnswer(register: string): CompanyRegisterError {
  return new CompanyRegisterError(
    'UNAVAILABLE',
    `${register} sent an answer in an unexpected format; try again later.`,
  );
}
