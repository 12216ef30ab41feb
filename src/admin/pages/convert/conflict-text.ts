import type { CombinedError } from '@urql/core';

/** A refused conversion (CONFLICT) in words: what happened, and that the wizard now shows the lead as it is. */
export function conflictText(error: CombinedError): string {
  const extensions = error.graphQLErrors[0]?.extensions ?? {};
  if (extensions.status)
    return `Nothing was converted: someone else ${String(extensions.status) === 'REJECTED' ? 'rejected' : 'converted'} this lead first.`;
  if (extensions.candidates)
    return 'Nothing was converted: a choice is no longer certain, as records resembling the lead were added meanwhile. The wizard has reloaded them: choose again and convert.';
  return 'Nothing was converted: someone changed the lead after you opened the wizard. The wizard has reloaded it as it is now: check your choices and convert again.';
}
