import { resolveCountry } from '../../../../src/quality/validation/country-code';
import { countryInvalidRule } from '../../../../src/quality/validation/country.rule';

describe('COUNTRY_INVALID', () => {
  it.each([
    ['Denmark', 'DK'],
    ['Danmark', 'DK'],
    ['Norge', 'NO'],
    ['Sverige', 'SE'],
    ['Nederland', 'NL'],
    ['The Netherlands', 'NL'],
    ['Česko', 'CZ'],
    ['Czech Republic', 'CZ'],
    ['Deutschland', 'DE'],
    ['United Kingdom', 'GB'],
    ['UK', 'GB'],
    ['dk', 'DK'],
  ])('suggests the code for %p', (country, code) => {
    expect(countryInvalidRule.check({ country })).toEqual({
      code: 'COUNTRY_INVALID',
      severity: 'ERROR',
      field: 'country',
      message: `Country '${country}' is not an ISO 3166-1 alpha-2 code; expected two capital letters such as DK, NO or GB; did you mean ${code}?`,
      value: country,
      suggestedValue: code,
    });
  });

  it.each(['Atlantis', 'XK', 'EU', 'DNK'])('flags %p without a suggestion', (country) => {
    expect(countryInvalidRule.check({ country })).toMatchObject({
      message: `Country '${country}' is not an ISO 3166-1 alpha-2 code; expected two capital letters such as DK, NO or GB`,
      suggestedValue: null,
    });
  });

  it.each(['DK', 'NO', 'SE', 'NL', 'CZ', 'DE', 'GB', 'AQ', null, ''])('accepts %p', (country) => {
    expect(countryInvalidRule.check({ country })).toBeNull();
  });
});

describe('resolveCountry', () => {
  it.each([
    ['DK', 'DK'],
    ['Tyskland', 'DE'],
    ['  sverige ', 'SE'],
    ['Cesko', 'CZ'],
    ['Storbritannien', 'GB'],
    ['Nowhere', null],
    [null, null],
  ])('reads %p as %p', (value, code) => {
    expect(resolveCountry(value)).toBe(code);
  });
});
