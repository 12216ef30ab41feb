import { normaliseCountry } from '../../../../src/quality/normalise/country-normaliser';

describe('normaliseCountry', () => {
  it.each([
    ['dk', 'DK'],
    [' SE ', 'SE'],
    ['UK', 'GB'],
  ])('reads %s as %s', (input, expected) => {
    expect(normaliseCountry(input)).toBe(expected);
  });

  it.each(['Denmark', 'D', '', null])('gives null for %p', (input) => {
    expect(normaliseCountry(input)).toBeNull();
  });
});
