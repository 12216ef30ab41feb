import { findCandidatePairs } from '../../../../src/quality/matching/candidate-finder';
import type { MatchRecord } from '../../../../src/quality/matching/match-record';

const contact = (id: string, email: string): MatchRecord => ({ id, entityType: 'CONTACT', fields: { email } });

describe('findCandidatePairs', () => {
  it('pairs records sharing a key once, whatever keys they share', () => {
    const records: MatchRecord[] = [
      {
        id: 'a',
        entityType: 'CONTACT',
        fields: { firstName: 'Anna', lastName: 'Jensen', email: 'anna@acme.dk', birthDate: '1980-01-01' },
      },
      {
        id: 'b',
        entityType: 'CONTACT',
        fields: { firstName: 'Anna', lastName: 'Jensen', email: 'anna@acme.dk', birthDate: '1980-01-01' },
      },
      { id: 'c', entityType: 'CONTACT', fields: { firstName: 'Bo', lastName: 'Madsen', email: 'bo@other.dk' } },
    ];
    expect(findCandidatePairs(records)).toEqual([{ a: 'a', b: 'b' }]);
  });

  it('never pairs records of different entity types', () => {
    const relation: MatchRecord = {
      id: 'r',
      entityType: 'RELATION',
      fields: { kind: 'COMPANY', name: 'Acme', email: 'anna@acme.dk' },
    };
    expect(findCandidatePairs([relation, contact('c', 'anna@acme.dk')])).toEqual([]);
  });

  it('skips keys shared by more records than maxBlockSize', () => {
    const records = ['a', 'b', 'c', 'd'].map((id) => contact(id, 'info@acme.dk'));
    expect(findCandidatePairs(records, { maxBlockSize: 3 })).toEqual([]);
    expect(findCandidatePairs(records, { maxBlockSize: 4 })).toHaveLength(6);
  });
});
