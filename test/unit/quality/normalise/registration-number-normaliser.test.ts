import { normaliseRegistrationNumber } from '../../../../src/quality/normalise/registration-number-normaliser';

describe('normaliseRegistrationNumber', () => {
  it.each([
    ['DK 12 34 56 78', '12345678'],
    ['DK12345678', '12345678'],
    ['12345678', '12345678'],
    ['NO 974 760 673 MVA', '974760673'],
    ['SE556036079301', '5560360793'],
    ['556036-0793', '5560360793'],
    ['CZ25596641', '25596641'],
    ['NL123456789B01', '123456789'],
    ['BE0123.456.789', '0123456789'],
  ])('reads %s as %s', (input, expected) => {
    expect(normaliseRegistrationNumber(input)).toBe(expected);
  });

  it.each(['n/a', '', null])('gives null for %p', (input) => {
    expect(normaliseRegistrationNumber(input)).toBeNull();
  });
});
