import { phoneInvalidRule, phoneNotE164Rule } from '../../../../src/quality/validation/phone.rule';

describe('PHONE_INVALID', () => {
  it('names the country, the expected length and an example', () => {
    expect(phoneInvalidRule.check({ phone: '12 34', country: 'DK' })).toEqual({
      code: 'PHONE_INVALID',
      severity: 'ERROR',
      field: 'phone',
      message: "Phone '12 34' is not a valid number for DK; expected 8 digits, e.g. +45 34 41 23 45",
      value: '12 34',
      suggestedValue: null,
    });
  });

  it('judges a +CC number by its own country, not the record’s', () => {
    expect(phoneInvalidRule.check({ phone: '+44 20 7946 095', country: 'DK' })).toHaveProperty(
      'message',
      "Phone '+44 20 7946 095' is not a valid number for GB; expected 7, 9 or 10 digits, e.g. +44 7400 123456",
    );
  });

  it.each([
    ['letters', 'call reception', 'NO'],
    ['an unassigned DK range', '12345678', 'DK'],
    ['too long for SE', '070-123 45 67 89', 'SE'],
    ['an international number without country', '+45 12', null],
  ])('flags %s', (_, phone, country) => {
    expect(phoneInvalidRule.check({ phone, country })).toMatchObject({ code: 'PHONE_INVALID', value: phone });
  });

  it.each([
    ['+45 32 12 34 56', 'DK'],
    ['32 12 34 56', 'DK'],
    ['0045 32123456', 'DK'],
    ['22 12 34 56', 'NO'],
    ['070-123 45 67', 'SE'],
    ['020 123 4567', 'NL'],
    ['601 123 456', 'CZ'],
    ['030 1234567', 'DE'],
    ['020 7946 0958', 'GB'],
    ['020 7946 0958', 'UK'],
    ['32 12 34 56', 'Danmark'],
    ['+44 20 7946 0958', 'DK'],
    ['32123456', null],
    [null, 'DK'],
  ])('accepts %p in %p', (phone, country) => {
    expect(phoneInvalidRule.check({ phone, country })).toBeNull();
  });
});

describe('PHONE_NOT_E164', () => {
  it.each([
    ['+45 32 12 34 56', 'DK', '+4532123456'],
    ['32 12 34 56', 'DK', '+4532123456'],
    ['0045 32123456', 'DK', '+4532123456'],
    ['(020) 7946 0958', 'GB', '+442079460958'],
    ['601 123 456', 'CZ', '+420601123456'],
  ])('suggests E.164 for %p in %p', (phone, country, e164) => {
    expect(phoneNotE164Rule.check({ phone, country })).toEqual({
      code: 'PHONE_NOT_E164',
      severity: 'WARNING',
      field: 'phone',
      message: `Phone '${phone}' is valid but not in E.164 form; write it as ${e164}`,
      value: phone,
      suggestedValue: e164,
    });
  });

  it('suggests nothing when E.164 would drop an extension', () => {
    expect(phoneNotE164Rule.check({ phone: '+45 32 12 34 56 ext. 12', country: 'DK' })).toMatchObject({
      message:
        "Phone '+45 32 12 34 56 ext. 12' is valid but not in E.164 form; write it as +4532123456 and keep extension 12 elsewhere",
      suggestedValue: null,
    });
  });

  it('asks for the country code when the record has no country to read a national number by', () => {
    expect(phoneNotE164Rule.check({ phone: '32 12 34 56', country: 'Atlantis' })).toMatchObject({
      code: 'PHONE_NOT_E164',
      suggestedValue: null,
      message: expect.stringContaining('has no country code'),
    });
  });

  it.each([
    ['+4532123456', 'DK'],
    ['+442079460958', 'DK'],
    ['12 34', 'DK'],
    [' ', 'DK'],
  ])('says nothing about %p in %p (E.164 already, or invalid, or empty)', (phone, country) => {
    expect(phoneNotE164Rule.check({ phone, country })).toBeNull();
  });
});
