import {
  type SurvivorCandidate,
  suggestFieldValues,
  suggestSurvivor,
} from '../../../../src/quality/matching/survivor-suggester';

const relation = (
  id: string,
  fields: Partial<Extract<SurvivorCandidate['fields'], { name: unknown }>>,
  createdAt?: string,
): SurvivorCandidate => ({
  id,
  entityType: 'RELATION',
  fields: { kind: 'COMPANY', name: 'Acme ApS', ...fields },
  createdAt,
});

describe('suggestSurvivor', () => {
  it('keeps the most complete record', () => {
    expect(
      suggestSurvivor([
        relation('a', {}),
        relation('b', { phone: '12345678', city: 'Aarhus' }),
        relation('c', { city: 'Aarhus' }),
      ]),
    ).toBe('b');
  });

  it('keeps the oldest of equally complete records, then the lowest id', () => {
    expect(suggestSurvivor([relation('a', {}, '2024-05-01'), relation('b', {}, '2021-01-01'), relation('c', {})])).toBe(
      'b',
    );
    expect(suggestSurvivor([relation('b', {}), relation('a', {})])).toBe('a');
  });

  it('needs a record', () => {
    expect(() => suggestSurvivor([])).toThrow();
  });
});

describe('suggestFieldValues', () => {
  it('takes the value most records agree on, comparing normalised values', () => {
    const suggestions = suggestFieldValues([
      relation('a', { phone: '+45 12 34 56 78', country: 'DK', city: 'Aarhus C' }),
      relation('b', { phone: '12345678', country: 'DK' }),
      relation('c', { phone: '87654321', country: 'DK', email: 'info@acme.dk' }),
    ]);
    expect(suggestions.phone).toEqual({ value: '+45 12 34 56 78', sourceIds: ['a', 'b'] });
    expect(suggestions.city).toEqual({ value: 'Aarhus C', sourceIds: ['a'] });
    expect(suggestions.email).toEqual({ value: 'info@acme.dk', sourceIds: ['c'] });
  });

  it("prefers the survivor's value on a tie and its spelling within a group", () => {
    const suggestions = suggestFieldValues([
      relation('a', { name: 'ACME APS', website: 'acme.dk' }),
      relation('b', { name: 'Acme ApS', website: 'www.acme.com', phone: '1', city: 'x', street: 'y' }),
    ]);
    expect(suggestions.website).toEqual({ value: 'www.acme.com', sourceIds: ['b'] });
    expect(suggestions.name).toEqual({ value: 'Acme ApS', sourceIds: ['a', 'b'] });
  });
});
