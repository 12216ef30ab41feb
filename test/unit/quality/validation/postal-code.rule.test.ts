import { postalCodeInvalidRule } from '../../../../src/quality/validation/postal-code.rule';

const check = (postalCode: string | null, country: string | null) =>
  postalCodeInvalidRule.check({ kind: 'COMPANY', name: 'Acme', postalCode, country });

describe('POSTAL_CODE_INVALID', () => {
  it.each([
    ['DK-2100', 'DK', '2100'],
    ['11455', 'SE', '114 55'],
    ['S-114 55', 'SE', '114 55'],
    ['1012ab', 'NL', '1012 AB'],
    ['1012  AB', 'NL', '1012 AB'],
    ['11000', 'CZ', '110 00'],
    ['D-10115', 'DE', '10115'],
    ['sw1a1aa', 'GB', 'SW1A 1AA'],
    ['ec1a 1bb', 'UK', 'EC1A 1BB'],
    ['M11AE', 'GB', 'M1 1AE'],
  ])('suggests the canonical form of %p in %s', (postalCode, country, canonical) => {
    expect(check(postalCode, country)).toEqual({
      code: 'POSTAL_CODE_INVALID',
      severity: 'ERROR',
      field: 'postalCode',
      message: `Postal code '${postalCode}' is not in the format for ${country === 'UK' ? 'GB' : country}; write it as ${canonical}`,
      value: postalCode,
      suggestedValue: canonical,
    });
  });

  it.each([
    ['210', 'DK', '4 digits, e.g. 2100'],
    ['01500', 'NO', '4 digits, e.g. 0150'],
    ['1145', 'SE', "5 digits written '123 45', e.g. 114 55"],
    ['0123 AB', 'NL', "4 digits and 2 letters written '1234 AB', e.g. 1012 AB"],
    ['1100', 'CZ', "5 digits written '123 45', e.g. 110 00"],
    ['1011', 'DE', '5 digits, e.g. 10115'],
    ['SW1A', 'GB', 'a UK postcode: outward code, space, inward code, e.g. SW1A 1AA'],
  ])('flags %p in %s and says what is expected', (postalCode, country, expected) => {
    expect(check(postalCode, country)).toMatchObject({
      message: `Postal code '${postalCode}' is not in the format for ${country}; expected ${expected}`,
      suggestedValue: null,
    });
  });

  it.each([
    ['2100', 'DK'],
    ['0150', 'NO'],
    ['114 55', 'SE'],
    ['1012 AB', 'NL'],
    ['110 00', 'CZ'],
    ['01067', 'DE'],
    ['SW1A 1AA', 'GB'],
    ['GIR 0AA', 'GB'],
    ['2100 ', 'DK'],
    ['75001', 'FR'],
    ['2100', null],
    [null, 'DK'],
  ])('accepts %p in %p (canonical, or a country without a format)', (postalCode, country) => {
    expect(check(postalCode, country)).toBeNull();
  });
});
