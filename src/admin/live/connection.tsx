import { useEffect, useState } from 'preact/hooks';

/** Whether the subscriptions' socket is connected and acknowledged, as graphql-ws reports it. */
export type ConnectionState = 'live' | 'reconnecting';

const listeners = new Set<(state: ConnectionState) => void>();
let current: ConnectionState = 'reconnecting';

export const connection = {
  set(state: ConnectionState): void {
    if (state === current) return;
    current = state;
    for (const listener of listeners) listener(state);
  },
  /** Calls listener on every change; returns how to stop. */
  listen(listener: (state: ConnectionState) => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get state(): ConnectionState {
    return current;
  },
};

export function useConnectionState(): ConnectionState {
  const [state, setState] = useState(connection.state);
  useEffect(() => {
    setState(connection.state);
    return connection.listen(setState);
  }, []);
  return state;
}

/** The small "live" / "reconnecting" indicator of a live page. */
export function LiveIndicator() {
  const state = useConnectionState();
  return (
    <p class={`live-indicator ${state}`} role="status" aria-live="polite">
      <span class="dot" aria-hidden="true" />
      {state === 'live' ? 'live' : 'reconnecting…'}
    </p>
  );
}
