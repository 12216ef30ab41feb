import { listRuleMetadata, RULES, ruleByCode, validateRecord } from '../../../../src/quality/validation';

describe('rule registry', () => {
  it('has unique SCREAMING_SNAKE codes, each with a description and entity types', () => {
    const codes = RULES.map((rule) => rule.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const rule of RULES) {
      expect(rule.code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      expect(rule.description).not.toBe('');
      expect(rule.entityTypes.length).toBeGreaterThan(0);
    }
  });

  it('holds the rules the validation overview needs', () => {
    expect(
      listRuleMetadata()
        .map(({ code, severity }) => `${code}:${severity}`)
        .sort(),
    ).toEqual([
      'BIRTH_DATE_IMPLAUSIBLE:ERROR',
      'COMPANY_NAME_REQUIRED:ERROR',
      'CONTACT_INFO_REQUIRED:ERROR',
      'CONTACT_NAME_REQUIRED:ERROR',
      'CONTACT_WITHOUT_RELATION:ERROR',
      'COUNTRY_INVALID:ERROR',
      'EMAIL_INVALID:ERROR',
      'FREE_MAIL_WITH_WEBSITE:WARNING',
      'LEAD_NAME_REQUIRED:ERROR',
      'NAME_ALL_CAPS:WARNING',
      'NAME_REQUIRED:ERROR',
      'PHONE_INVALID:ERROR',
      'PHONE_NOT_E164:WARNING',
      'POSTAL_CODE_INVALID:ERROR',
      'PRIVATE_WITH_REGNO:ERROR',
      'REGNO_INVALID:ERROR',
      'WHITESPACE:WARNING',
    ]);
  });

  it('lists metadata without the check function', () => {
    expect(listRuleMetadata().find((rule) => rule.code === 'PHONE_NOT_E164')).toEqual({
      code: 'PHONE_NOT_E164',
      severity: 'WARNING',
      entityTypes: ['RELATION', 'CONTACT', 'LEAD'],
      field: 'phone',
      description: 'The phone number is valid but not written in E.164 form (+4534412345).',
    });
  });

  it('finds a rule by code', () => {
    expect(ruleByCode('EMAIL_INVALID')?.field).toBe('email');
    expect(ruleByCode('NO_SUCH_RULE')).toBeUndefined();
  });

  it('finds nothing on a clean relation', () => {
    expect(
      validateRecord('RELATION', {
        kind: 'COMPANY',
        name: 'Hansen VVS A/S',
        registrationNumber: '13585628',
        country: 'DK',
        email: 'info@hansen-vvs.dk',
        phone: '+4532123456',
        website: 'www.hansen-vvs.dk',
        street: 'Vestergade 1',
        postalCode: '2100',
        city: 'København Ø',
      }),
    ).toEqual([]);
  });

  it('runs only the rules of the entity type and flattens their findings', () => {
    const codes = validateRecord('CONTACT', {
      firstName: 'JENS',
      lastName: 'HANSEN ',
      phone: '12 34',
      country: 'DK',
      relationId: null,
    }).map((f) => `${f.code}:${f.field}`);
    expect(codes).toEqual([
      'PHONE_INVALID:phone',
      'WHITESPACE:lastName',
      'NAME_ALL_CAPS:firstName',
      'NAME_ALL_CAPS:lastName',
      'CONTACT_WITHOUT_RELATION:relationId',
    ]);
  });

  it('reports a lead missing name and contact details', () => {
    expect(validateRecord('LEAD', { kind: 'BUSINESS', country: 'NO' }).map((f) => f.code)).toEqual([
      'LEAD_NAME_REQUIRED',
      'CONTACT_INFO_REQUIRED',
      'COMPANY_NAME_REQUIRED',
    ]);
  });
});
