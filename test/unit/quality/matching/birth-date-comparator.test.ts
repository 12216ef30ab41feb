import { compareBirthDates } from '../../../../src/quality/matching/birth-date-comparator';

describe('compareBirthDates', () => {
  it.each([
    ['1971-06-24', '1971-06-24', 'BIRTHDATE_EXACT'],
    ['1971-06-24', '1971-05-24', 'BIRTHDATE_SIMILAR'],
    ['1971-06-24', '1917-06-24', 'BIRTHDATE_SIMILAR'],
    ['1971-06-04', '1971-04-06', 'BIRTHDATE_SIMILAR'],
    ['2010-01-02', '2010-03-01', 'BIRTHDATE_NEAR'],
    ['1978-08-19', '1979-04-21', 'BIRTHDATE_NEAR'],
    ['1950-01-01', '1987-11-23', 'BIRTHDATE_DIFFERENT'],
  ])('rates %s vs %s as %s', (a, b, level) => {
    expect(compareBirthDates(a, b)).toBe(level);
  });

  it('is missing when either side is', () => {
    expect(compareBirthDates(null, '1971-06-24')).toBeNull();
  });
});
