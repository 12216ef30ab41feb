import { useQuery } from '@urql/preact';
import { useState } from 'preact/hooks';
import { Pager, type PageArgs } from '../components/pager';
import { Busy, ErrorMessage } from '../components/status';
import { graphql } from '../gql';
import type { InboxLeadFragment } from '../gql/graphql';
import { LiveIndicator } from '../live/connection';
import { LiveStartDocument } from '../live/lead-documents';
import { useLiveLeads } from '../live/use-live-leads';
import { recordLabel } from '../records';
import { href, navigate } from '../route';
import {
  KINDS,
  leadFilterOf,
  queryOfView,
  SOURCES,
  STATUSES,
  viewHolds,
  viewOfQuery,
  type InboxView,
} from './inbox-filter';
import { LeadActions, type ActionOutcome } from './lead-actions';

const PAGE = 25;

const InboxDocument = graphql(`
  query Inbox($filter: LeadFilter, $first: Int, $after: String, $last: Int, $before: String) {
    leads(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        ...PageFields
      }
      edges {
        node {
          ...InboxLead
        }
      }
    }
  }
`);

const when = (iso: string) => new Date(iso).toLocaleString();
const label = (value: string) => value.replace('_', ' ').toLowerCase();

/** The newer of two states of a lead. */
const newer = (a: InboxLeadFragment, b: InboxLeadFragment | undefined) => (b && b.version > a.version ? b : a);

function pageArgs(query: URLSearchParams): PageArgs {
  const after = query.get('after');
  const before = query.get('before');
  if (after) return { first: PAGE, after };
  if (before) return { last: PAGE, before };
  return { first: PAGE };
}

/** The filter fields one types: the form is drawn afresh, with the URL's values, only when a URL changes them. */
const typedKey = ({ search, tag, from, to }: InboxView) => JSON.stringify([search, tag, from, to]);

/**
 * The lead inbox: the API's filters and paging kept in the URL, new leads pushed to the top of the first page and
 * changed ones updated in place as the subscriptions tell. The filter form outlives a change of the URL that leaves
 * its typed fields as they were (another page of the list), so nothing typed is lost; the list starts afresh with
 * each URL.
 */
export function InboxPage({ query, myId, steward }: { query: URLSearchParams; myId: string; steward: boolean }) {
  const view = viewOfQuery(query);
  return (
    <section>
      <div class="page-head">
        <h1>Inbox</h1>
        <LiveIndicator />
      </div>
      <InboxFilters
        key={typedKey(view)}
        view={view}
        onChange={(next) => navigate('inbox', undefined, queryOfView(next))}
      />
      <InboxList key={query.toString()} query={query} view={view} myId={myId} steward={steward} />
    </section>
  );
}

/** The leads under the URL's filters and page, kept up to date by the subscriptions. */
function InboxList({
  query,
  view,
  myId,
  steward,
}: {
  query: URLSearchParams;
  view: InboxView;
  myId: string;
  steward: boolean;
}) {
  const filter = leadFilterOf(view, myId);
  const paging = pageArgs(query);
  const firstPage = !paging.after && !paging.before;
  const [inbox, refetch] = useQuery({ query: InboxDocument, variables: { filter, ...paging } });
  // counts nothing: only its cursor is wanted
  const [since] = useState(() => new Date().toISOString());
  const [newest] = useQuery({ query: LiveStartDocument, variables: { since }, requestPolicy: 'network-only' });
  const [arrived, setArrived] = useState<InboxLeadFragment[]>([]);
  const [changed, setChanged] = useState<Map<string, InboxLeadFragment>>(new Map());
  const [elsewhere, setElsewhere] = useState(0);
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const change = (lead: InboxLeadFragment) =>
    setChanged((previous) => new Map(previous).set(lead.id, newer(lead, previous.get(lead.id))));

  const cursor = newest.data?.leadArrivals.cursor;
  useLiveLeads({ source: filter.source, kind: filter.kind }, cursor, {
    onCreated(lead) {
      const holds = viewHolds(view, lead, myId);
      if (holds === false) return;
      if (!firstPage) return setElsewhere((count) => count + 1);
      // only the API knows whether it matches the tag or the search: add it if a reload shows it
      if (holds === undefined) reload();
      setArrived((previous) => (previous.some((l) => l.id === lead.id) ? previous : [lead, ...previous]));
    },
    onUpdated: change,
    onResumed: reload,
  });

  const connection = inbox.data?.leads;
  const listed = connection?.edges.map((edge) => edge.node) ?? [];
  const listedIds = new Set(listed.map((lead) => lead.id));
  // a lead whose view membership only the API knows shows once a reload lists it
  const fresh = arrived.filter((lead) => !listedIds.has(lead.id) && viewHolds(view, lead, myId) === true);
  const freshIds = new Set(arrived.map((lead) => lead.id));
  const rows = [...fresh, ...listed].map((lead) => newer(lead, changed.get(lead.id)));

  return (
    <>
      {outcome && (
        <p class={outcome.error ? 'error' : 'notice'} role={outcome.error ? 'alert' : 'status'}>
          {outcome.text}
          {outcome.link && (
            <>
              {' '}
              <a href={outcome.link.href}>{outcome.link.text}</a>
            </>
          )}
        </p>
      )}
      {elsewhere > 0 && (
        <p class="notice" role="status">
          {elsewhere} new {elsewhere === 1 ? 'lead' : 'leads'} arrived.{' '}
          <a href={href('inbox', undefined, queryOfView(view))}>Show the newest</a>
        </p>
      )}
      <ErrorMessage error={inbox.error ?? newest.error} />
      {inbox.fetching && <Busy />}
      {connection && (
        <>
          {rows.length === 0 ? (
            <p>No leads under these filters.</p>
          ) : (
            <div class="scroll">
              <table class="inbox">
                <caption>Leads, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">Received</th>
                    <th scope="col">Lead</th>
                    <th scope="col">Source</th>
                    <th scope="col">Status</th>
                    <th scope="col">Owner</th>
                    {steward && <th scope="col">Division</th>}
                    <th scope="col">Actions</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((lead) => (
                    <tr key={lead.id} class={freshIds.has(lead.id) ? 'fresh' : undefined}>
                      <td>
                        {freshIds.has(lead.id) && <span class="badge">New</span>} {when(lead.createdAt)}
                      </td>
                      <th scope="row">
                        <a href={href('leads', lead.id)}>{recordLabel(lead)}</a>
                        <br />
                        <small>{[lead.email, lead.phone].filter(Boolean).join(' · ')}</small>
                      </th>
                      <td>
                        {label(lead.source)}, {label(lead.kind)}
                      </td>
                      <td>
                        <span class={`status ${lead.status}`}>{label(lead.status)}</span>
                        {lead.rejectionReason && <small> ({lead.rejectionReason})</small>}
                      </td>
                      <td>{lead.owner?.name ?? '—'}</td>
                      {steward && <td>{lead.division?.name ?? '—'}</td>}
                      <td>
                        <LeadActions
                          lead={lead}
                          onOutcome={(next) => {
                            setOutcome(next);
                            if (next.lead) change(next.lead);
                            else if (next.error) reload();
                          }}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pager
            info={connection.pageInfo}
            size={PAGE}
            total={connection.totalCount + fresh.length}
            onPage={(page) => {
              const next = queryOfView(view);
              if (page.after) next.set('after', page.after);
              if (page.before) next.set('before', page.before);
              navigate('inbox', undefined, next);
            }}
          />
        </>
      )}
    </>
  );
}

/**
 * The filters as the form holds them, read as the URL would give them (viewOfQuery): every change reads the whole form,
 * so a box ticked just after another, or after typing a search, keeps what the form shows rather than the view it was
 * drawn from.
 */
function viewOfForm(form: HTMLFormElement): InboxView {
  const query = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    const text = String(value).trim();
    if (text) query.set(name, query.has(name) ? `${query.get(name)},${text}` : text);
  }
  return viewOfQuery(query);
}

function InboxFilters({ view, onChange }: { view: InboxView; onChange: (view: InboxView) => void }) {
  const apply = (event: { currentTarget: { form: HTMLFormElement | null } }) =>
    event.currentTarget.form && onChange(viewOfForm(event.currentTarget.form));
  return (
    <form
      class="filters"
      onSubmit={(event) => {
        event.preventDefault();
        onChange(viewOfForm(event.currentTarget));
      }}
    >
      <fieldset>
        <legend>Status</legend>
        {STATUSES.map((status) => (
          <label key={status}>
            <input
              type="checkbox"
              name="status"
              value={status}
              checked={view.status.includes(status)}
              onChange={apply}
            />
            {label(status)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Source</legend>
        {SOURCES.map((source) => (
          <label key={source}>
            <input
              type="checkbox"
              name="source"
              value={source}
              checked={view.source.includes(source)}
              onChange={apply}
            />
            {label(source)}
          </label>
        ))}
      </fieldset>
      <label>
        Kind
        <select name="kind" value={view.kind ?? ''} onChange={apply}>
          <option value="">Any</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {label(kind)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input type="checkbox" name="unowned" value="1" checked={view.unowned} onChange={apply} />
        Unowned
      </label>
      <label>
        <input type="checkbox" name="mine" value="1" checked={view.mine} onChange={apply} />
        Mine
      </label>
      <label>
        Search
        <input name="search" type="search" defaultValue={view.search} maxLength={200} />
      </label>
      <label>
        Tag
        <input name="tag" defaultValue={view.tag} maxLength={100} />
      </label>
      <label>
        From
        <input name="from" type="date" defaultValue={view.from} />
      </label>
      <label>
        To
        <input name="to" type="date" defaultValue={view.to} />
      </label>
      <button type="submit">Apply</button>
    </form>
  );
}
