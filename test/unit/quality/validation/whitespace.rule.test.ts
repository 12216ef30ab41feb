import { whitespaceRule } from '../../../../src/quality/validation/whitespace.rule';
import { asList } from './as-list';

describe('WHITESPACE', () => {
  it('reports each text field with bad spacing, with the trimmed and collapsed value', () => {
    const found = asList(
      whitespaceRule.check({
        kind: 'COMPANY',
        name: ' Hansen  A/S',
        city: 'København Ø ',
        street: 'Vej 1',
        postalCode: '   ',
      }),
    );
    expect(found).toEqual([
      {
        code: 'WHITESPACE',
        severity: 'WARNING',
        field: 'name',
        message: "Name ' Hansen  A/S' has leading, trailing or doubled spaces; write it as 'Hansen A/S'",
        value: ' Hansen  A/S',
        suggestedValue: 'Hansen A/S',
      },
      expect.objectContaining({ field: 'city', suggestedValue: 'København Ø' }),
      expect.objectContaining({
        field: 'postalCode',
        message: 'Postal code holds only spaces; clear it',
        suggestedValue: '',
      }),
    ]);
  });

  it('accepts tidy text and ignores missing fields', () => {
    expect(
      whitespaceRule.check({ firstName: 'Jens Peter', lastName: 'Hansen', email: null, relationId: '1' }),
    ).toBeNull();
  });
});
