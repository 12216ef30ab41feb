import type { ContactFields, LeadFields, RelationFields } from '../../../../src/quality/record-fields';
import {
  companyNameRequiredRule,
  contactInfoRequiredRule,
  contactNameRequiredRule,
  leadNameRequiredRule,
  nameRequiredRule,
} from '../../../../src/quality/validation/required-fields.rule';

const relation = (fields: Partial<RelationFields>): RelationFields => ({
  kind: 'COMPANY',
  name: 'Hansen A/S',
  ...fields,
});
const lead = (fields: Partial<LeadFields>): LeadFields => ({ kind: 'PRIVATE', ...fields });

describe('NAME_REQUIRED', () => {
  it.each([
    ['company without name', relation({ name: null }), 'company relation'],
    ['company with spaces only', relation({ name: '   ' }), 'company relation'],
    ['private without name', relation({ kind: 'PRIVATE', name: undefined }), 'private relation'],
  ])('flags a %s', (_, fields, kindText) => {
    const found = nameRequiredRule.check(fields);
    expect(found).toMatchObject({
      code: 'NAME_REQUIRED',
      severity: 'ERROR',
      field: 'name',
      value: null,
      suggestedValue: null,
    });
    expect(found).toHaveProperty('message', expect.stringContaining(kindText));
  });

  it.each([relation({}), relation({ kind: 'PRIVATE', name: 'Jens Hansen' })])('accepts a named relation', (fields) => {
    expect(nameRequiredRule.check(fields)).toBeNull();
  });
});

describe('LEAD_NAME_REQUIRED', () => {
  it.each([
    ['private lead without names', lead({ companyName: 'Acme' })],
    ['business lead without any name', lead({ kind: 'BUSINESS', firstName: ' ', lastName: '' })],
  ])('flags a %s', (_, fields) => {
    expect(leadNameRequiredRule.check(fields)).toMatchObject({ code: 'LEAD_NAME_REQUIRED', severity: 'ERROR' });
  });

  it.each([
    ['first name', lead({ firstName: 'Ole' })],
    ['last name', lead({ lastName: 'Olsen' })],
    ['company name of a business lead', lead({ kind: 'BUSINESS', companyName: 'Acme AB' })],
  ])('accepts a lead with a %s', (_, fields) => {
    expect(leadNameRequiredRule.check(fields)).toBeNull();
  });
});

describe('CONTACT_INFO_REQUIRED', () => {
  it('flags a lead with neither e-mail nor phone', () => {
    expect(contactInfoRequiredRule.check(lead({ email: ' ', phone: null }))).toMatchObject({
      code: 'CONTACT_INFO_REQUIRED',
      field: 'email|phone',
      message: 'Lead has neither e-mail nor phone; enter at least one of them',
    });
  });

  it.each([lead({ email: 'ole@firma.dk' }), lead({ phone: '+4532123456' })])(
    'accepts a lead with e-mail or phone',
    (fields) => {
      expect(contactInfoRequiredRule.check(fields)).toBeNull();
    },
  );
});

describe('COMPANY_NAME_REQUIRED', () => {
  it('flags a business lead without company name', () => {
    expect(companyNameRequiredRule.check(lead({ kind: 'BUSINESS', firstName: 'Ole' }))).toMatchObject({
      code: 'COMPANY_NAME_REQUIRED',
      field: 'companyName',
    });
  });

  it.each([lead({ kind: 'BUSINESS', companyName: 'Acme AB' }), lead({ kind: 'PRIVATE' })])(
    'accepts a business lead with company name and a private lead without',
    (fields) => {
      expect(companyNameRequiredRule.check(fields)).toBeNull();
    },
  );
});

describe('CONTACT_NAME_REQUIRED', () => {
  it('flags a contact without first and last name', () => {
    const contact: ContactFields = { firstName: '', lastName: null, relationId: '1' };
    expect(contactNameRequiredRule.check(contact)).toMatchObject({ code: 'CONTACT_NAME_REQUIRED' });
  });

  it('accepts a contact with a last name only', () => {
    expect(contactNameRequiredRule.check({ lastName: 'Jensen', relationId: '1' })).toBeNull();
  });
});
