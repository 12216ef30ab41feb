import { latest, perMinute, perSource, type ArrivedLead } from '../../../src/admin/pages/dashboard-figures';

const now = new Date(2026, 11, 3, 0, 30, 20);
const at = (hours: number, minutes: number, seconds = 0) => new Date(2026, 11, 3, hours, minutes, seconds);
const arrived = (id: string, createdAt: Date, source: ArrivedLead['source'] = 'WEB'): ArrivedLead => ({
  id,
  source,
  createdAt: createdAt.toISOString(),
  label: id,
});

describe("the dashboard's figures", () => {
  it('count the counted and the arrived leads of each of the last 60 minutes, the running minute last', () => {
    const leads = [
      arrived('a', at(0, 30, 1)),
      arrived('b', at(0, 30, 19)),
      arrived('c', at(0, 29, 59)),
      arrived('d', new Date(2026, 11, 2, 23, 31, 0)),
      arrived('too old', new Date(2026, 11, 2, 23, 30, 59)),
    ];
    const counted = [
      { start: at(0, 29), count: 5 },
      // a minute that has run out of the hour since it was counted
      { start: new Date(2026, 11, 2, 23, 30), count: 7 },
    ];
    const minutes = perMinute(counted, leads, now);
    expect(minutes).toHaveLength(60);
    expect(minutes[59]).toEqual({ start: at(0, 30), count: 2 });
    expect(minutes[58]).toEqual({ start: at(0, 29), count: 6 });
    expect(minutes[0]).toEqual({ start: new Date(2026, 11, 2, 23, 31), count: 1 });
    expect(minutes.reduce((sum, minute) => sum + minute.count, 0)).toBe(9);
  });

  it("count today's leads per source, counted and arrived, leaving out yesterday's", () => {
    const leads = [
      arrived('a', at(0, 10), 'WEB'),
      arrived('b', at(0, 20), 'IMPORT'),
      arrived('c', at(0, 25), 'WEB'),
      arrived('d', new Date(2026, 11, 2, 23, 50), 'WEB'),
    ];
    const counted = new Map([['API', 4] as const]);
    expect([...perSource(counted, leads, ['WEB', 'MANUAL', 'IMPORT', 'API'], now)]).toEqual([
      ['WEB', 2],
      ['MANUAL', 0],
      ['IMPORT', 1],
      ['API', 4],
    ]);
  });

  it('list the newest leads first, each once, at most as many as asked', () => {
    const leads = [arrived('a', at(0, 10)), arrived('b', at(0, 20)), arrived('c', at(0, 15)), arrived('b', at(0, 20))];
    expect(latest(leads, 2).map((lead) => lead.id)).toEqual(['b', 'c']);
    expect(latest(leads, 5).map((lead) => lead.id)).toEqual(['b', 'c', 'a']);
  });
});
