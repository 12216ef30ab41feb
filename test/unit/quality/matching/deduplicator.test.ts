import { deduplicate } from '../../../../src/quality/matching/deduplicator';
import type { MatchRecord } from '../../../../src/quality/matching/match-record';

const relation = (id: string, fields: Partial<Extract<MatchRecord['fields'], { name: unknown }>>): MatchRecord => ({
  id,
  entityType: 'RELATION',
  fields: { kind: 'COMPANY', name: null, country: 'DK', ...fields },
});

describe('deduplicate', () => {
  it('runs blocking, scoring and clustering with the default model', () => {
    const records = [
      relation('1', { name: 'Hansen & Søn ApS', registrationNumber: 'DK12345678', city: 'Aarhus' }),
      relation('2', { name: 'Hansen og Søn', registrationNumber: '12345678' }),
      relation('3', { name: 'Hansen & Søn A/S', phone: '+45 86 12 34 56', website: 'hansen.dk' }),
      relation('4', { name: 'Hansen og Søn ApS', phone: '86123456', street: 'Søndergade 1', postalCode: '8000' }),
      relation('5', { name: 'Hansen & Søn ApS', city: 'Aarhus' }),
      relation('6', { name: 'Madsen Byg ApS', registrationNumber: '87654321' }),
    ];
    const result = deduplicate(records);
    expect(result.clusters.map((cluster) => cluster.ids)).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(result.matches.every((pair) => pair.score >= 0.9)).toBe(true);
    expect(result.candidatePairs).toBeGreaterThanOrEqual(result.matches.length);
  });
});
