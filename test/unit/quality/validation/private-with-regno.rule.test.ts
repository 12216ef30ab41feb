import { privateWithRegnoRule } from '../../../../src/quality/validation/private-with-regno.rule';

describe('PRIVATE_WITH_REGNO', () => {
  it.each([
    ['relation', { kind: 'PRIVATE' as const, name: 'Jens Hansen', registrationNumber: '13585628' }],
    ['lead', { kind: 'PRIVATE' as const, lastName: 'Hansen', registrationNumber: '13585628' }],
  ])('flags a private %s with a registration number', (_, fields) => {
    expect(privateWithRegnoRule.check(fields)).toEqual({
      code: 'PRIVATE_WITH_REGNO',
      severity: 'ERROR',
      field: 'registrationNumber',
      message:
        "Registration number '13585628' is set on a private record; make the record a company/business one or clear the number",
      value: '13585628',
      suggestedValue: null,
    });
  });

  it.each([
    { kind: 'COMPANY' as const, name: 'Hansen A/S', registrationNumber: '13585628' },
    { kind: 'BUSINESS' as const, companyName: 'Hansen A/S', registrationNumber: '13585628' },
    { kind: 'PRIVATE' as const, name: 'Jens Hansen', registrationNumber: ' ' },
  ])('accepts %p', (fields) => {
    expect(privateWithRegnoRule.check(fields)).toBeNull();
  });
});
