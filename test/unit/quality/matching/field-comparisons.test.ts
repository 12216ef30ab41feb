import { normaliseRecord } from '../../../../src/quality/normalise/record-normaliser';
import { COMPARISON_FIELDS } from '../../../../src/quality/matching/comparison-levels';
import { compareFields } from '../../../../src/quality/matching/field-comparisons';

describe('compareFields', () => {
  it('gives one level per field, MISSING where a side lacks the value', () => {
    const a = normaliseRecord('RELATION', {
      kind: 'COMPANY',
      name: 'Acme ApS',
      registrationNumber: 'DK12345678',
      phone: '+4512345678',
      country: 'DK',
    });
    const b = normaliseRecord('RELATION', {
      kind: 'COMPANY',
      name: 'ACME A/S',
      registrationNumber: '87654321',
      phone: '12 34 56 78',
      country: 'DK',
    });
    const levels = Object.fromEntries(compareFields(a, b).map(({ field, reason }) => [field, reason]));
    expect(Object.keys(levels)).toEqual([...COMPARISON_FIELDS]);
    expect(levels).toMatchObject({
      registrationNumber: 'REGNO_CONFLICT',
      phone: 'PHONE_EXACT',
      companyName: 'NAME_EXACT',
      email: 'EMAIL_MISSING',
      website: 'WEBSITE_MISSING',
      firstName: 'NAME_MISSING',
      relation: 'RELATION_MISSING',
    });
  });

  it('compares contacts of the same relation', () => {
    const a = normaliseRecord('CONTACT', { firstName: 'Anna', relationId: 'r1' });
    const b = normaliseRecord('CONTACT', { firstName: 'Anna', relationId: 'r2' });
    expect(compareFields(a, b).find(({ field }) => field === 'relation')?.reason).toBe('RELATION_DIFFERENT');
  });
});
