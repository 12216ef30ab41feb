import { GraphQLError } from 'graphql';

/** The stable error codes clients key on (extensions.code). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'FELL_BEHIND'
  | 'TIMED_OUT'
  | 'REGISTER_UNAVAILABLE';

export function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badInput = (message: string, field?: string) =>
  apiError('BAD_USER_INPUT', message, field ? { field } : {});
export const notFound = (type: string, id: string) => apiError('NOT_FOUND', `No ${type} with id '${id}'`, { id });
export const conflict = (message: string, extra: Record<string, unknown> = {}) => apiError('CONFLICT', message, extra);
export const forbidden = (message: string) => apiError('FORBIDDEN', message);
export const unauthenticated = () =>
  apiError(
    'UNAUTHENTICATED',
    'Send a valid API token as "Authorization: Bearer <token>" (create one with `crm user create`)',
  );
