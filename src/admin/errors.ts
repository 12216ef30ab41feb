import type { CombinedError } from '@urql/core';

export interface ErrorText {
  code: string;
  text: string;
}

/** What went wrong, in words a data steward can act on. */
export function explain(error: CombinedError): ErrorText {
  if (error.networkError && error.graphQLErrors.length === 0)
    return { code: 'NETWORK', text: 'The server cannot be reached. Check the connection and try again.' };
  const first = error.graphQLErrors[0];
  const code = String(first?.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  const message = first?.message ?? error.message;
  switch (code) {
    case 'UNAUTHENTICATED':
      return { code, text: 'Your API token is not valid (any more). Sign out and sign in with a valid token.' };
    case 'FORBIDDEN':
      return { code, text: `Your role may not do this. ${message}` };
    case 'CONFLICT':
      return {
        code,
        text: `Someone else changed this first, so nothing was changed. ${message} The page now shows the current data.`,
      };
    case 'NOT_FOUND':
      return { code, text: `Not found: ${message}` };
    case 'BAD_USER_INPUT':
      return { code, text: message };
    default:
      return { code, text: `The server could not do this (${message}). Try again; if it keeps failing, tell IT.` };
  }
}
