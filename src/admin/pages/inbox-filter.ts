import type { InboxLeadFragment, LeadFilter, LeadKind, LeadSource, LeadStatus } from '../gql/graphql';

/** The inbox's view as its URL holds it (#/inbox?status=NEW&search=x): a link reproduces it. */
export interface InboxView {
  status: LeadStatus[];
  source: LeadSource[];
  kind?: LeadKind;
  unowned: boolean;
  mine: boolean;
  tag?: string;
  search?: string;
  /** YYYY-MM-DD, local days, both included */
  from?: string;
  to?: string;
}

export const STATUSES: LeadStatus[] = ['NEW', 'IN_PROGRESS', 'CONVERTED', 'REJECTED'];
export const SOURCES: LeadSource[] = ['WEB', 'MANUAL', 'IMPORT', 'API'];
export const KINDS: LeadKind[] = ['BUSINESS', 'PRIVATE'];

const list = <T extends string>(value: string | null, allowed: T[]): T[] =>
  (value ?? '').split(',').filter((item): item is T => (allowed as string[]).includes(item));
const day = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);

export function viewOfQuery(query: URLSearchParams): InboxView {
  return {
    status: list(query.get('status'), STATUSES),
    source: list(query.get('source'), SOURCES),
    kind: list(query.get('kind'), KINDS)[0],
    unowned: query.get('unowned') === '1',
    mine: query.get('mine') === '1',
    tag: query.get('tag') || undefined,
    search: query.get('search') || undefined,
    from: day(query.get('from')),
    to: day(query.get('to')),
  };
}

export function queryOfView(view: InboxView): URLSearchParams {
  const query = new URLSearchParams();
  if (view.status.length) query.set('status', view.status.join(','));
  if (view.source.length) query.set('source', view.source.join(','));
  if (view.kind) query.set('kind', view.kind);
  if (view.unowned) query.set('unowned', '1');
  if (view.mine) query.set('mine', '1');
  if (view.tag) query.set('tag', view.tag);
  if (view.search) query.set('search', view.search);
  if (view.from) query.set('from', view.from);
  if (view.to) query.set('to', view.to);
  return query;
}

const startOfDay = (value: string) => new Date(`${value}T00:00:00`);
const startOfNextDay = (value: string) => {
  const date = startOfDay(value);
  date.setDate(date.getDate() + 1);
  return date;
};

/** The API's filter for the view; "mine" is the signed-in user's id. */
export function leadFilterOf(view: InboxView, myId: string): LeadFilter {
  return {
    status: view.status.length ? view.status : undefined,
    source: view.source.length ? view.source : undefined,
    kind: view.kind,
    unowned: view.unowned || undefined,
    ownerId: view.mine ? myId : undefined,
    tag: view.tag,
    search: view.search,
    createdAfter: view.from ? startOfDay(view.from).toISOString() : undefined,
    createdBefore: view.to ? startOfNextDay(view.to).toISOString() : undefined,
  };
}

/**
 * Whether a new lead belongs in the view: known here for every filter but the tag and the free-text search, which
 * only the API applies (undefined: ask the API).
 */
export function viewHolds(view: InboxView, lead: InboxLeadFragment, myId: string): boolean | undefined {
  const created = new Date(lead.createdAt);
  const holds =
    (view.status.length ? view.status.includes(lead.status) : lead.status !== 'MERGED') &&
    (!view.source.length || view.source.includes(lead.source)) &&
    (!view.kind || lead.kind === view.kind) &&
    (!view.unowned || !lead.owner) &&
    (!view.mine || lead.owner?.id === myId) &&
    (!view.from || created >= startOfDay(view.from)) &&
    (!view.to || created < startOfNextDay(view.to));
  if (!holds) return false;
  return view.tag || view.search ? undefined : true;
}
