import { useClient, useQuery } from '@urql/preact';
import { useEffect, useState } from 'preact/hooks';
import { Busy, ErrorMessage } from '../components/status';
import { graphql } from '../gql';
import type { ArrivedLeadsQuery, InboxLeadFragment } from '../gql/graphql';
import { LiveIndicator } from '../live/connection';
import { NewestLeadDocument } from '../live/lead-documents';
import { useLiveLeads } from '../live/use-live-leads';
import { recordLabel } from '../records';
import { href } from '../route';
import { figuresSince, latest, perMinute, perSource, startOfToday, type ArrivedLead } from './dashboard-figures';
import { SOURCES } from './inbox-filter';
import type { CombinedError, OperationResult } from '@urql/core';

/** The most leads the dashboard reads at start (pages of 100); beyond it the figures say "at least". */
const MAX_START_PAGES = 20;

const ArrivedLeadsDocument = graphql(`
  query ArrivedLeads($since: DateTimeISO!, $after: String) {
    leads(filter: { createdAfter: $since }, first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          source
          createdAt
          firstName
          lastName
          companyName
        }
      }
    }
  }
`);

const QualityFiguresDocument = graphql(`
  query QualityFigures {
    validationSummary {
      rules {
        code
        description
        findings
      }
    }
    duplicateClusters(first: 1) {
      totalCount
    }
    merges(filter: { undone: false }, first: 100) {
      edges {
        node {
          createdAt
        }
      }
    }
  }
`);

const arrivedOf = (
  lead: Pick<InboxLeadFragment, 'id' | 'source' | 'createdAt' | 'firstName' | 'lastName' | 'companyName'>,
): ArrivedLead => ({
  id: lead.id,
  source: lead.source,
  createdAt: lead.createdAt,
  label: recordLabel(lead),
});

interface Start {
  leads: ArrivedLead[];
  /** where the live leads start: the newest lead read */
  cursor: string | null;
  complete: boolean;
}

/** Today's (and the last hour's) leads, newest first, bounded; and the newest cursor. */
function useStart(): { start?: Start; error?: CombinedError } {
  const client = useClient();
  const [state, setState] = useState<{ start?: Start; error?: CombinedError }>({});
  useEffect(() => {
    let cancelled = false;
    const read = async () => {
      const since = figuresSince(new Date()).toISOString();
      const leads: ArrivedLead[] = [];
      let cursor: string | null = null;
      let after: string | null = null;
      for (let page = 0; page < MAX_START_PAGES; page += 1) {
        const result: OperationResult<ArrivedLeadsQuery> = await client
          .query(ArrivedLeadsDocument, { since, after }, { requestPolicy: 'network-only' })
          .toPromise();
        if (result.error || !result.data) return { error: result.error };
        const connection = result.data.leads;
        cursor ??= connection.edges[0]?.cursor ?? null;
        leads.push(...connection.edges.map((edge) => arrivedOf(edge.node)));
        if (!connection.pageInfo.hasNextPage) return { start: { leads, cursor, complete: true } };
        after = connection.pageInfo.endCursor ?? null;
      }
      return { start: { leads, cursor, complete: false } };
    };
    void read().then(async (next) => {
      // no lead since midnight: live leads start after the newest one of all
      if (next.start && next.start.cursor === null) {
        const newest = await client.query(NewestLeadDocument, {}, { requestPolicy: 'network-only' }).toPromise();
        if (newest.error) next = { error: newest.error };
        else next.start.cursor = newest.data?.leads.edges[0]?.cursor ?? null;
      }
      if (!cancelled) setState(next);
    });
    return () => {
      cancelled = true;
    };
  }, [client]);
  return state;
}

function useClock(everyMs: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** The wall screen: leads per minute and per source, the newest leads, and (for stewards) data-quality figures. */
export function DashboardPage({ steward }: { steward: boolean }) {
  const { start, error } = useStart();
  const [leads, setLeads] = useState<Map<string, ArrivedLead>>(new Map());
  const [quality, refetchQuality] = useQuery({ query: QualityFiguresDocument, pause: !steward });
  const now = useClock(10_000);
  useEffect(() => {
    if (start) setLeads(new Map(start.leads.map((lead) => [lead.id, lead])));
  }, [start]);
  useEffect(() => {
    if (!steward) return;
    const timer = setInterval(() => refetchQuality({ requestPolicy: 'network-only' }), 60_000);
    return () => clearInterval(timer);
  }, [steward, refetchQuality]);
  useLiveLeads({}, start?.cursor, {
    onCreated: (lead) => setLeads((previous) => new Map(previous).set(lead.id, arrivedOf(lead))),
    onUpdated: () => undefined,
    onResumed: () => steward && refetchQuality({ requestPolicy: 'network-only' }),
  });

  if (error) return <ErrorMessage error={error} />;
  if (!start) return <Busy what="Reading today's leads" />;
  const all = [...leads.values()];
  const minutes = perMinute(all, now);
  const sources = perSource(all, SOURCES, now);
  const today = [...sources.values()].reduce((sum, count) => sum + count, 0);
  const lastHour = minutes.reduce((sum, minute) => sum + minute.count, 0);
  const atLeast = start.complete ? '' : 'at least ';
  return (
    <section class="dashboard">
      <div class="page-head">
        <h1>Dashboard</h1>
        <LiveIndicator />
      </div>
      <div class="totals">
        <p>
          <span class="big" data-testid="leads-today">
            {today}
          </span>{' '}
          {atLeast}new leads today
        </p>
        <p>
          <span class="big" data-testid="leads-last-hour">
            {lastHour}
          </span>{' '}
          {atLeast}in the last hour
        </p>
      </div>
      <MinuteChart minutes={minutes} />
      <SourceBars sources={sources} total={today} />
      <h2>Latest leads</h2>
      <ol class="ticker" aria-live="polite">
        {latest(all, 20).map((lead) => (
          <li key={lead.id}>
            <time dateTime={lead.createdAt}>{new Date(lead.createdAt).toLocaleTimeString()}</time>{' '}
            <a href={href('leads', lead.id)}>{lead.label}</a> <small>({lead.source.toLowerCase()})</small>
          </li>
        ))}
      </ol>
      <h2>Data quality</h2>
      {steward ? (
        <>
          <ErrorMessage error={quality.error} />
          {quality.data && <QualityFigures data={quality.data} now={now} />}
        </>
      ) : (
        <p>The data-quality figures are shown to data stewards.</p>
      )}
    </section>
  );
}

function MinuteChart({ minutes }: { minutes: { start: Date; count: number }[] }) {
  const max = Math.max(1, ...minutes.map((minute) => minute.count));
  const busiest = minutes.reduce((best, minute) => (minute.count > best.count ? minute : best), minutes[0]);
  const time = (date: Date) => date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return (
    <figure class="minutes">
      <figcaption>
        New leads per minute, last hour (busiest {time(busiest.start)}: {busiest.count})
      </figcaption>
      <svg viewBox="0 0 600 120" role="img" aria-label="New leads per minute over the last hour">
        {minutes.map((minute, i) => {
          const height = (minute.count / max) * 110;
          return (
            <rect key={i} x={i * 10 + 1} y={115 - height} width={8} height={height} class="minute-bar">
              <title>
                {time(minute.start)}: {minute.count}
              </title>
            </rect>
          );
        })}
        <line x1="0" y1="115.5" x2="600" y2="115.5" class="axis" />
      </svg>
    </figure>
  );
}

function SourceBars({ sources, total }: { sources: Map<string, number>; total: number }) {
  return (
    <figure class="sources">
      <figcaption>New leads per source, today</figcaption>
      <ul class="bars">
        {[...sources].map(([source, count]) => (
          <li key={source}>
            <span class="bar-label">{source.toLowerCase()}</span>
            <span class="bar-track" aria-hidden="true">
              <span class="bar-fill" style={{ width: `${total ? (count / total) * 100 : 0}%` }} />
            </span>
            <span class="bar-value">{count}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

function QualityFigures({
  data,
  now,
}: {
  data: {
    validationSummary: { rules: { code: string; description: string; findings: number }[] };
    duplicateClusters: { totalCount: number };
    merges: { edges: { node: { createdAt: string } }[] };
  };
  now: Date;
}) {
  const today = startOfToday(now).getTime();
  const merges = data.merges.edges.filter((edge) => new Date(edge.node.createdAt).getTime() >= today).length;
  const rules = data.validationSummary.rules.filter((rule) => rule.findings > 0);
  return (
    <div class="quality">
      <p>
        <span class="big">{data.duplicateClusters.totalCount}</span> open duplicate clusters ·{' '}
        <span class="big">{merges === 100 ? `${merges}+` : merges}</span> merges today
      </p>
      {rules.length === 0 ? (
        <p>No open findings.</p>
      ) : (
        <table>
          <caption>Open findings by rule</caption>
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Open findings</th>
            </tr>
          </thead>
          <tbody>
            {rules.map((rule) => (
              <tr key={rule.code}>
                <th scope="row" title={rule.description}>
                  {rule.code}
                </th>
                <td>{rule.findings}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
