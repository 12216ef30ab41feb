import type { CombinedError } from '@urql/core';
import { useState } from 'preact/hooks';
import { createApiClient } from '../client';
import { Busy, ErrorMessage } from '../components/status';
import { MeDocument } from '../me';

/** Asks for an API token and keeps it only once the API accepts it. */
export function SignInPage({ onSignIn }: { onSignIn: (token: string) => void }) {
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CombinedError | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await createApiClient(token.trim()).query(MeDocument, {}, { requestPolicy: 'network-only' });
    setBusy(false);
    if (result.error) setError(result.error);
    else onSignIn(token.trim());
  };
  return (
    <main class="sign-in">
      <h1>CRM data quality</h1>
      <form onSubmit={submit}>
        <label for="token">API token</label>
        <input
          id="token"
          type="password"
          autoComplete="off"
          required
          value={token}
          onInput={(e) => setToken(e.currentTarget.value)}
        />
        <button type="submit" disabled={busy}>
          Sign in
        </button>
      </form>
      {busy && <Busy what="Checking the token" />}
      <ErrorMessage error={error} />
    </main>
  );
}
