import { normalisePostalCode } from '../../../../src/quality/normalise/postal-code-normaliser';

describe('normalisePostalCode', () => {
  it.each([
    ['NL 1234 ab', '1234AB'],
    ['NL1234AB', '1234AB'],
    ['SE 123 45', '12345'],
    ['DK-2100', '2100'],
    ['DK2100', '2100'],
    ['D-10115', '10115'],
    ['CZ 110 00', '11000'],
    [' 2100 ', '2100'],
    ['SW1A 1AA', 'SW1A1AA'],
    ['SE10 9AA', 'SE109AA'],
  ])('reads %s as %s', (input, expected) => {
    expect(normalisePostalCode(input)).toBe(expected);
  });

  it.each(['', ' - ', null])('gives null for %p', (input) => {
    expect(normalisePostalCode(input)).toBeNull();
  });
});
