import { useClient } from '@urql/preact';
import { useEffect, useRef } from 'preact/hooks';
import type { InboxLeadFragment, LeadSubscriptionFilter } from '../gql/graphql';
import { connection } from './connection';
import { LeadCreatedDocument, LeadUpdatedDocument, LiveStartDocument } from './lead-documents';

export interface LiveLeadHandlers {
  onCreated(lead: InboxLeadFragment): void;
  onUpdated(lead: InboxLeadFragment): void;
  /**
   * Live again after a drop. replayed: the server replays the leads created meanwhile, but not the changes (reload
   * what the page shows); not replayed: it refused the cursor (too far behind), so the leads go on from the newest
   * one and the page must read everything again.
   */
  onResumed(replayed: boolean): void;
}

const MAX_WAIT_MS = 5000;

/**
 * Pushes new and changed leads to the page. `after` is the newest cursor the page holds when it starts (null: none);
 * after a drop it subscribes again with the newest cursor it has received since, so the server replays the gap.
 * Nothing runs while `after` is undefined (the page is still reading it).
 */
export function useLiveLeads(
  filter: LeadSubscriptionFilter,
  after: string | null | undefined,
  handlers: LiveLeadHandlers,
): void {
  const client = useClient();
  const latest = useRef(handlers);
  latest.current = handlers;
  const filterKey = JSON.stringify(filter);
  useEffect(() => {
    if (after === undefined) return;
    let cursor = after;
    let stopped = false;
    let failures = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let subscriptions: { unsubscribe(): void }[] = [];
    let dropped = false;
    const stopLive = connection.listen((state) => {
      if (state !== 'live' || !dropped) return;
      dropped = false;
      failures = 0;
      latest.current.onResumed(true);
    });
    // the server refused the cursor (too many leads behind it): start again from the newest lead, and reload
    let fromNewest = false;
    const schedule = () => {
      const wait = Math.min(MAX_WAIT_MS, 500 * 2 ** failures++) * (0.5 + Math.random() / 2);
      clearTimeout(timer);
      timer = setTimeout(() => void start(), wait);
    };
    const restart = (refused: boolean) => {
      // both subscriptions fail when the socket drops: the first one restarts them
      if (stopped || subscriptions.length === 0) return;
      for (const subscription of subscriptions) subscription.unsubscribe();
      subscriptions = [];
      if (refused) fromNewest = true;
      else dropped = true;
      schedule();
    };
    const start = async () => {
      if (stopped) return;
      if (fromNewest) {
        const since = new Date().toISOString();
        const { data } = await client
          .query(LiveStartDocument, { since }, { requestPolicy: 'network-only' })
          .toPromise();
        if (stopped) return;
        if (!data) return schedule();
        cursor = data.leadArrivals.cursor;
        fromNewest = false;
        latest.current.onResumed(false);
      }
      const created = client.subscription(LeadCreatedDocument, { after: cursor, filter }).subscribe((result) => {
        if (result.error) return restart(result.error.graphQLErrors.length > 0);
        const edge = result.data?.leadCreated;
        if (!edge) return;
        cursor = edge.cursor;
        latest.current.onCreated(edge.node);
      });
      const updated = client.subscription(LeadUpdatedDocument, { filter }).subscribe((result) => {
        if (result.error) return restart(false);
        if (result.data) latest.current.onUpdated(result.data.leadUpdated);
      });
      subscriptions = [created, updated];
    };
    void start();
    return () => {
      stopped = true;
      clearTimeout(timer);
      stopLive();
      for (const subscription of subscriptions) subscription.unsubscribe();
    };
    // filterKey stands for filter
  }, [client, filterKey, after]);
}
