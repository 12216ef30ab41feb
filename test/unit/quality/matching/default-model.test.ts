import { COMPARISON_FIELDS } from '../../../../src/quality/matching/comparison-levels';
import { DEFAULT_MODEL } from '../../../../src/quality/matching/default-model';
import type { MatchRecord } from '../../../../src/quality/matching/match-record';
import { compare, levelWeight } from '../../../../src/quality/matching/match-scorer';

const relation = (
  id: string,
  fields: Partial<Extract<MatchRecord['fields'], { kind: 'COMPANY' | 'PRIVATE'; name: unknown }>>,
): MatchRecord => ({
  id,
  entityType: 'RELATION',
  fields: {
    kind: 'COMPANY',
    name: null,
    country: 'DK',
    street: 'Vestergade 12',
    postalCode: '8000',
    city: 'Aarhus C',
    ...fields,
  },
});

describe('DEFAULT_MODEL', () => {
  it.each(COMPARISON_FIELDS)('has m and u summing to 1 over the levels of %s', (field) => {
    const levels = Object.values(DEFAULT_MODEL.levels[field]);
    expect(levels.reduce((sum, level) => sum + level.m, 0)).toBeCloseTo(1, 6);
    expect(levels.reduce((sum, level) => sum + level.u, 0)).toBeCloseTo(1, 6);
  });

  it('weighs a whole address as one fact that different entities share, short of a match alone', () => {
    const address =
      levelWeight(DEFAULT_MODEL, 'street', 'ADDRESS_EXACT') +
      levelWeight(DEFAULT_MODEL, 'postalCode', 'POSTAL_EXACT') +
      levelWeight(DEFAULT_MODEL, 'city', 'CITY_EXACT');
    expect(address).toBeGreaterThan(12);
    expect(address).toBeLessThan(16);
  });

  it('does not match a company and a person, or two companies, on a shared address alone', () => {
    const company = relation('a', { name: 'Nordisk VVS ApS', phone: '+45 86 12 34 56', email: 'info@nordiskvvs.dk' });
    const person = relation('b', {
      kind: 'PRIVATE',
      name: 'Anna Jensen',
      phone: '+45 20 11 22 33',
      email: 'anna.jensen@gmail.com',
    });
    const neighbour = relation('c', { name: null, phone: '+45 86 99 88 77' });
    expect(compare(company, person).score).toBeLessThan(DEFAULT_MODEL.threshold);
    expect(compare(company, neighbour).score).toBeLessThan(DEFAULT_MODEL.threshold);
    expect(compare(relation('d', {}), relation('e', {})).score).toBeLessThan(DEFAULT_MODEL.threshold);
  });

  it('matches a name plus an address even against a different phone and e-mail', () => {
    const a = relation('a', {
      kind: 'PRIVATE',
      name: 'Anna Jensen',
      phone: '+45 20 11 22 33',
      email: 'anna.jensen@gmail.com',
    });
    const b = relation('b', {
      kind: 'PRIVATE',
      name: 'Anna Jensen',
      phone: '+45 86 12 34 56',
      email: 'aj1980@hotmail.com',
      street: 'Vesterg. 12',
    });
    const c = relation('c', { name: 'Nordisk VVS ApS', phone: '+45 86 12 34 56', email: 'info@nordiskvvs.dk' });
    const d = relation('d', { name: 'Nordisk VVS', phone: '+45 86 99 88 77', email: 'salg@nordisk-vvs.dk' });
    expect(compare(a, b).score).toBeGreaterThanOrEqual(DEFAULT_MODEL.threshold);
    expect(compare(c, d).score).toBeGreaterThanOrEqual(DEFAULT_MODEL.threshold);
  });
});

describe('DEFAULT_MODEL for contacts of one relation', () => {
  const contact = (id: string, firstName: string, lastName: string, birthDate: string): MatchRecord => ({
    id,
    entityType: 'CONTACT',
    fields: { firstName, lastName, birthDate, relationId: '42' },
  });

  it('takes the same name under one relation for one person', () => {
    const score = compare(contact('a', 'Mia', 'Gloster', ''), contact('b', 'Mia', 'Gloster', '')).score;
    expect(score).toBeGreaterThanOrEqual(DEFAULT_MODEL.threshold);
  });

  it('takes colleagues of one name but different birth dates for two people', () => {
    const score = compare(
      contact('a', 'Mia', 'Gloster', '1980-03-14'),
      contact('b', 'Mia', 'Gloster', '1962-11-02'),
    ).score;
    expect(score).toBeLessThan(DEFAULT_MODEL.threshold);
  });
});
