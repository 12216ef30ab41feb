import { birthDateImplausibleRule } from '../../../../src/quality/validation/birth-date.rule';
import type { RuleFinding } from '../../../../src/quality/validation/rule-types';

describe('BIRTH_DATE_IMPLAUSIBLE', () => {
  beforeAll(() =>
    jest.useFakeTimers({ now: new Date('2026-06-15T22:30:00Z'), doNotFake: ['nextTick', 'setImmediate'] }),
  );
  afterAll(() => jest.useRealTimers());

  const check = (birthDate: string | null) => birthDateImplausibleRule.check({ birthDate }) as RuleFinding | null;

  it('flags a birth date in the future', () => {
    expect(check('2999-02-28')).toEqual({
      code: 'BIRTH_DATE_IMPLAUSIBLE',
      severity: 'ERROR',
      field: 'birthDate',
      message: "Birth date '2999-02-28' lies in the future (today is 2026-06-15)",
      value: '2999-02-28',
      suggestedValue: null,
    });
    expect(check('2026-06-16')?.code).toBe('BIRTH_DATE_IMPLAUSIBLE');
  });

  it('flags a birth date more than 120 years ago', () => {
    expect(check('1906-06-14')).toMatchObject({
      message: "Birth date '1906-06-14' is more than 120 years ago (before 1906-06-15); check the year",
      value: '1906-06-14',
    });
    expect(check('1850-01-01')?.code).toBe('BIRTH_DATE_IMPLAUSIBLE');
  });

  it('flags a stored birth date that is no real date', () => {
    expect(check('1990-02-31')?.message).toBe("Birth date '1990-02-31' is not a real date written YYYY-MM-DD");
    expect(check('31.12.1980')?.code).toBe('BIRTH_DATE_IMPLAUSIBLE');
  });

  it.each(['2026-06-15', '1906-06-15', '1990-02-28', '2000-02-29', null, ''])('accepts %p', (birthDate) => {
    expect(check(birthDate)).toBeNull();
  });
});
