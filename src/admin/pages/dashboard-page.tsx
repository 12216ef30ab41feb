import { useClient, useQuery } from '@urql/preact';
import { useEffect, useState } from 'preact/hooks';
import { Busy, ErrorMessage } from '../components/status';
import { graphql } from '../gql';
import type { InboxLeadFragment, LeadSource } from '../gql/graphql';
import { LiveIndicator } from '../live/connection';
import { useLiveLeads } from '../live/use-live-leads';
import { recordLabel } from '../records';
import { href } from '../route';
import { latest, perMinute, perSource, startOfToday, type ArrivedLead, type MinuteCount } from './dashboard-figures';
import { SOURCES } from './inbox-filter';
import type { CombinedError } from '@urql/core';

/** What the dashboard starts from: the counts up to the newest lead, and the latest leads for the ticker. */
const DashboardStartDocument = graphql(`
  query DashboardStart($since: DateTimeISO!) {
    leadArrivals(since: $since) {
      cursor
      bySource {
        source
        count
      }
      perMinute {
        start
        count
      }
    }
    leads(first: 20) {
      edges {
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
  /** counted up to the lead of cursor */
  minutes: MinuteCount[];
  sources: Map<LeadSource, number>;
  /** where the live leads start */
  cursor: string;
  latest: ArrivedLead[];
}

/** The counts of the day and the latest leads, read again when the day or the reading changes. */
function useStart(day: string, reading: number): { start?: Start; error?: CombinedError } {
  const client = useClient();
  const [state, setState] = useState<{ start?: Start; error?: CombinedError }>({});
  useEffect(() => {
    let cancelled = false;
    const since = startOfToday(new Date()).toISOString();
    void client
      .query(DashboardStartDocument, { since }, { requestPolicy: 'network-only' })
      .toPromise()
      .then(({ data, error }) => {
        if (cancelled) return;
        if (!data) return setState({ error });
        const { cursor, bySource, perMinute: minutes } = data.leadArrivals;
        setState({
          start: {
            cursor,
            minutes: minutes.map((minute) => ({ start: new Date(minute.start), count: minute.count })),
            sources: new Map(bySource.map((row) => [row.source, row.count])),
            latest: data.leads.edges.map((edge) => arrivedOf(edge.node)),
          },
        });
      });
    return () => {
      cancelled = true;
    };
  }, [client, day, reading]);
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
  const now = useClock(10_000);
  const [reading, setReading] = useState(0);
  const { start, error } = useStart(startOfToday(now).toISOString(), reading);
  // the leads after the start's cursor, each once
  const [live, setLive] = useState<Map<string, ArrivedLead>>(new Map());
  const [quality, refetchQuality] = useQuery({ query: QualityFiguresDocument, pause: !steward });
  useEffect(() => setLive(new Map()), [start]);
  useEffect(() => {
    if (!steward) return;
    const timer = setInterval(() => refetchQuality({ requestPolicy: 'network-only' }), 60_000);
    return () => clearInterval(timer);
  }, [steward, refetchQuality]);
  useLiveLeads({}, start?.cursor, {
    onCreated: (lead) => setLive((previous) => new Map(previous).set(lead.id, arrivedOf(lead))),
    onUpdated: () => undefined,
    onResumed(replayed) {
      // without the replay the counts since the last cursor are lost: count again
      if (!replayed) setReading((n) => n + 1);
      if (steward) refetchQuality({ requestPolicy: 'network-only' });
    },
  });

  if (error) return <ErrorMessage error={error} />;
  if (!start) return <Busy what="Counting today's leads" />;
  const arrived = [...live.values()];
  const minutes = perMinute(start.minutes, arrived, now);
  const sources = perSource(start.sources, arrived, SOURCES, now);
  const today = [...sources.values()].reduce((sum, count) => sum + count, 0);
  const lastHour = minutes.reduce((sum, minute) => sum + minute.count, 0);
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
          new leads today
        </p>
        <p>
          <span class="big" data-testid="leads-last-hour">
            {lastHour}
          </span>{' '}
          in the last hour
        </p>
      </div>
      <div class="dashboard-grid">
        <div>
          <MinuteChart minutes={minutes} />
          <SourceBars sources={sources} total={today} />
          <h2>Data quality</h2>
          {steward ? (
            <>
              <ErrorMessage error={quality.error} />
              {quality.data && <QualityFigures data={quality.data} now={now} />}
            </>
          ) : (
            <p>The data-quality figures are shown to data stewards.</p>
          )}
        </div>
        <div>
          <h2>Latest leads</h2>
          <ol class="ticker" aria-live="polite">
            {latest([...arrived, ...start.latest], 20).map((lead) => (
              <li key={lead.id}>
                <time dateTime={lead.createdAt}>{new Date(lead.createdAt).toLocaleTimeString()}</time>{' '}
                <a href={href('leads', lead.id)}>{lead.label}</a> <small>({lead.source.toLowerCase()})</small>
              </li>
            ))}
          </ol>
        </div>
      </div>
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
