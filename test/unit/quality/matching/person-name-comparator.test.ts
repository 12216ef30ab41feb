import type { NormalisedRecord } from '../../../../src/quality/normalise/normalised-record';
import { normaliseRecord } from '../../../../src/quality/normalise/record-normaliser';
import { alignPersonNames, compareNameParts } from '../../../../src/quality/matching/person-name-comparator';

const person = (firstName: string | null, lastName: string | null): NormalisedRecord =>
  normaliseRecord('CONTACT', { firstName, lastName });

describe('compareNameParts', () => {
  it.each([
    ['jensen', 'jensen', 'NAME_EXACT'],
    ['christensen', 'christiansen', 'NAME_SIMILAR'],
    ['ako t', 'akot', 'NAME_SIMILAR'],
    ['rob', 'robert', 'NAME_FUZZY'],
    ['j', 'john', 'NAME_FUZZY'],
    ['anna', 'mette', 'NAME_DIFFERENT'],
  ])('rates %s vs %s as %s', (a, b, level) => {
    expect(compareNameParts(a, b)).toBe(level);
  });

  it('is missing when either side is', () => {
    expect(compareNameParts(null, 'anna')).toBeNull();
  });
});

describe('alignPersonNames', () => {
  it('swaps first and last name written the other way round', () => {
    expect(alignPersonNames(person('Isla', 'Hall'), person('Hall', 'Isla'))).toEqual({
      firstNames: ['isla', 'isla'],
      lastNames: ['hall', 'hall'],
    });
  });

  it('recognises a swap when one swapped pair is close and the other mistyped or different', () => {
    expect(alignPersonNames(person('Gloster', 'Mia'), person('Riley', 'Gloster'))).toEqual({
      firstNames: ['gloster', 'gloster'],
      lastNames: ['mia', 'riley'],
    });
  });

  it('pairs a lone name with the part it matches', () => {
    expect(alignPersonNames(person('Holly', null), person('Thomson', 'Holly'))).toEqual({
      firstNames: ['holly', 'holly'],
      lastNames: [null, 'thomson'],
    });
  });

  it('does not swap when the swapped names are not alike either', () => {
    expect(alignPersonNames(person('Anna', null), person(null, 'Jensen'))).toEqual({
      firstNames: ['anna', null],
      lastNames: [null, 'jensen'],
    });
  });

  it('keeps names that already fit', () => {
    expect(alignPersonNames(person('Anna', 'Jensen'), person('Ana', 'Jensen'))).toEqual({
      firstNames: ['anna', 'ana'],
      lastNames: ['jensen', 'jensen'],
    });
  });
});
