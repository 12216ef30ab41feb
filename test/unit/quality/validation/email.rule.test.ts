import { emailInvalidRule } from '../../../../src/quality/validation/email.rule';

describe('EMAIL_INVALID', () => {
  it.each([
    [' Info@Hansen.DK ', 'info@hansen.dk'],
    ['mailto:info@hansen.dk', 'info@hansen.dk'],
  ])('suggests the cleaned-up address for %p', (email, fixed) => {
    expect(emailInvalidRule.check({ kind: 'COMPANY', name: 'Hansen', email })).toEqual({
      code: 'EMAIL_INVALID',
      severity: 'ERROR',
      field: 'email',
      message: `E-mail '${email}' is not a valid address; did you mean '${fixed}'?`,
      value: email,
      suggestedValue: fixed,
    });
  });

  it.each(['info@hansen', 'info hansen.dk', 'info@@hansen.dk', 'jens@hansen..dk'])(
    'flags %p without a suggestion',
    (email) => {
      expect(emailInvalidRule.check({ email })).toMatchObject({
        message: `E-mail '${email}' is not a valid address; expected an address such as name@example.com`,
        suggestedValue: null,
      });
    },
  );

  it.each(['info@hansen.dk', 'Jens.Hansen+crm@firma.co.uk', null, '', undefined])('accepts %p', (email) => {
    expect(emailInvalidRule.check({ email })).toBeNull();
  });
});
