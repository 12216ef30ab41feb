import { compareCities, comparePostalCodes } from '../../../../src/quality/matching/locality-comparator';

describe('comparePostalCodes', () => {
  it.each([
    ['2100', '2100', 'POSTAL_EXACT'],
    ['2100', '2300', 'POSTAL_SIMILAR'],
    ['4217', '4127', 'POSTAL_SIMILAR'],
    ['2100', '8000', 'POSTAL_DIFFERENT'],
    ['2100', '21000', 'POSTAL_DIFFERENT'],
  ])('rates %s vs %s as %s', (a, b, level) => {
    expect(comparePostalCodes(a, b)).toBe(level);
  });
});

describe('compareCities', () => {
  it.each([
    ['london', 'london', 'CITY_EXACT'],
    ['london', 'lonon', 'CITY_SIMILAR'],
    ['new york', 'new york city', 'CITY_SIMILAR'],
    ['london', 'leeds', 'CITY_DIFFERENT'],
  ])('rates %s vs %s as %s', (a, b, level) => {
    expect(compareCities(a, b)).toBe(level);
  });

  it('is missing when either side is', () => {
    expect(compareCities(null, 'london')).toBeNull();
    expect(comparePostalCodes('2100', null)).toBeNull();
  });
});
