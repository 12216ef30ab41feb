import { GraphQLError } from 'graphql';

/** The stable error codes clients key on (extensions.code). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'FELL_BEHIND'
  | 'TOO_MANY_SUBSCRIPTIONS'
  | 'TIMED_OUT'
  | 'REGISTER_UNAVAILABLE'
  | 'BUSY';

export function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badInput = (message: string, field?: string) =>
  apiError('BAD_USER_INPUT', message, field ? { field } : {});
export const notFound = (type: string, id: string) => apiError('NOT_FOUND', `No ${type} with id '${id}'`, { id });
export const conflict = (message: string, extra: Record<string, unknown> = {}) => apiError('CONFLICT', message, extra);
export const forbidden = (message: string) => apiError('FORBIDDEN', message);
/** Without a refusal: no token was sent. */
export const unauthenticated = (refusal?: string | null) =>
  apiError(
    'UNAUTHENTICATED',
    refusal
      ? `${refusal}: send a valid one as "Authorization: Bearer <token>" (an ADMIN makes one with \`crm token create\` or createApiToken)`
      : 'Send a valid API token as "Authorization: Bearer <token>" (create one with `crm user create`)',
  );
