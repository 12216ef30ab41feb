import { regnoInvalidRule } from '../../../../src/quality/validation/registration-number.rule';

const check = (registrationNumber: string | null, country: string | null) =>
  regnoInvalidRule.check({ kind: 'COMPANY', name: 'Acme', registrationNumber, country });

describe('REGNO_INVALID', () => {
  it.each([
    ['DK 13 58 56 28', 'DK', '13585628'],
    ['13 58 56 28', 'Danmark', '13585628'],
    ['988 077 917', 'NO', '988077917'],
    ['556036-0793', 'SE', '5560360793'],
    ['255 96 641', 'CZ', '25596641'],
    ['1234.5678', 'NL', '12345678'],
  ])('suggests the compact form of the valid %p (%s)', (value, country, compact) => {
    expect(check(value, country)).toMatchObject({
      code: 'REGNO_INVALID',
      severity: 'ERROR',
      field: 'registrationNumber',
      value,
      suggestedValue: compact,
      message: expect.stringContaining(`not in compact form; write it as ${compact}`),
    });
  });

  it.each([
    ['13585629', 'DK', 'the check digit does not match'],
    ['1358562', 'DK', 'it has the wrong number of digits'],
    ['988077918', 'NO', 'the check digit does not match'],
    ['5560360794', 'SE', 'the check digit does not match'],
    ['25596642', 'CZ', 'the check digit does not match'],
    ['1234567', 'NL', 'it has the wrong number of digits'],
    ['KVK1234', 'NL', 'it is not in the expected format'],
  ])('flags %p for %s: %s', (value, country, problem) => {
    expect(check(value, country)).toMatchObject({ suggestedValue: null, message: expect.stringContaining(problem) });
  });

  it('names the number, the country and what is expected', () => {
    expect(check('13585629', 'DK')).toHaveProperty(
      'message',
      "Registration number '13585629' is not a valid CVR number for DK: the check digit does not match; expected 8 digits with a valid check digit, e.g. 13585628",
    );
  });

  it.each([
    ['13585628', 'DK'],
    ['988077917', 'NO'],
    ['5560360793', 'SE'],
    ['25596641', 'CZ'],
    ['12345678', 'NL'],
    [' 13585628 ', 'DK'],
    ['HRB 12345', 'DE'],
    ['13585629', null],
    [null, 'DK'],
  ])('accepts %p for %p (valid, or a country without a check)', (value, country) => {
    expect(check(value, country)).toBeNull();
  });
});
