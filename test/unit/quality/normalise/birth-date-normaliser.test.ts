import { normaliseBirthDate } from '../../../../src/quality/normalise/birth-date-normaliser';

describe('normaliseBirthDate', () => {
  it.each([
    ['1971-06-24', '1971-06-24'],
    ['19710624', '1971-06-24'],
    ['1971/06/24', '1971-06-24'],
    ['24.06.1971', '1971-06-24'],
    ['4-6-1971', '1971-06-04'],
    ['1971-06-24T00:00:00Z', '1971-06-24'],
  ])('reads %s as %s', (input, expected) => {
    expect(normaliseBirthDate(input)).toBe(expected);
  });

  it.each(['1971-02-30', '19711301', '1700-01-01', 'yesterday', '', null])('gives null for %p', (input) => {
    expect(normaliseBirthDate(input)).toBeNull();
  });
});
