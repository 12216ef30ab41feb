import type { InboxLeadFragment } from '../../../src/admin/gql/graphql';
import { leadFilterOf, queryOfView, viewHolds, viewOfQuery } from '../../../src/admin/pages/inbox-filter';

const lead = (more: Partial<InboxLeadFragment> = {}): InboxLeadFragment => ({
  id: 'TGVhZDox',
  kind: 'BUSINESS',
  status: 'NEW',
  source: 'WEB',
  firstName: 'Ann',
  lastName: 'Lead',
  companyName: null,
  email: null,
  phone: null,
  createdAt: new Date(2026, 11, 3, 12, 0).toISOString(),
  rejectionReason: null,
  version: 1,
  owner: null,
  division: null,
  tags: [],
  relation: null,
  contact: null,
  deal: null,
  ...more,
});

describe("the inbox's view in its URL", () => {
  it('reads back the view it wrote, leaving out what is not set', () => {
    const query = new URLSearchParams(
      'status=NEW,IN_PROGRESS&source=WEB&kind=PRIVATE&unowned=1&mine=1&tag=vip&search=acme&from=2026-12-01&to=2026-12-03',
    );
    const view = viewOfQuery(query);
    expect(view).toEqual({
      status: ['NEW', 'IN_PROGRESS'],
      source: ['WEB'],
      kind: 'PRIVATE',
      unowned: true,
      mine: true,
      tag: 'vip',
      search: 'acme',
      from: '2026-12-01',
      to: '2026-12-03',
    });
    expect(queryOfView(view).toString()).toBe(query.toString());
    expect(queryOfView(viewOfQuery(new URLSearchParams())).toString()).toBe('');
  });

  it('drops values the API would refuse: unknown statuses, sources, kinds and dates that are not days', () => {
    expect(viewOfQuery(new URLSearchParams('status=NEW,BOGUS&source=FAX&kind=ALIEN&from=yesterday'))).toMatchObject({
      status: ['NEW'],
      source: [],
      kind: undefined,
      from: undefined,
    });
  });

  it("asks the API for the view: mine is the user's id, the days are whole local days", () => {
    const filter = leadFilterOf(viewOfQuery(new URLSearchParams('mine=1&from=2026-12-01&to=2026-12-03')), 'VXNlcjox');
    expect(filter).toMatchObject({
      ownerId: 'VXNlcjox',
      createdAfter: new Date(2026, 11, 1).toISOString(),
      createdBefore: new Date(2026, 11, 4).toISOString(),
    });
  });
});

describe('whether a new lead belongs in the view', () => {
  const view = (query: string) => viewOfQuery(new URLSearchParams(query));

  it('decides on status, source, kind, owner and days', () => {
    expect(viewHolds(view(''), lead(), 'me')).toBe(true);
    expect(viewHolds(view('status=REJECTED'), lead(), 'me')).toBe(false);
    expect(viewHolds(view('source=IMPORT'), lead(), 'me')).toBe(false);
    expect(viewHolds(view('kind=PRIVATE'), lead(), 'me')).toBe(false);
    expect(viewHolds(view('mine=1'), lead({ owner: { id: 'me', name: 'Me' } }), 'me')).toBe(true);
    expect(viewHolds(view('unowned=1'), lead({ owner: { id: 'me', name: 'Me' } }), 'me')).toBe(false);
    expect(viewHolds(view('from=2026-12-04'), lead(), 'me')).toBe(false);
    expect(viewHolds(view('to=2026-12-03'), lead(), 'me')).toBe(true);
  });

  it('leaves the tag and the free-text search to the API', () => {
    expect(viewHolds(view('search=acme'), lead(), 'me')).toBeUndefined();
    expect(viewHolds(view('tag=vip&status=REJECTED'), lead(), 'me')).toBe(false);
  });
});
