import type { CombinedError } from '@urql/core';
import { explain } from '../errors';

/** Shown from the first render of a request: a busy indicator screen readers announce. */
export function Busy({ what = 'Loading' }: { what?: string }) {
  return (
    <p class="busy" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      {what}…
    </p>
  );
}

export function ErrorMessage({ error }: { error: CombinedError | undefined | null }) {
  if (!error) return null;
  const { code, text } = explain(error);
  return (
    <p class="error" role="alert" data-code={code}>
      {text}
    </p>
  );
}

export function Notice({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <p class="notice" role="status">
      {text}
    </p>
  );
}
