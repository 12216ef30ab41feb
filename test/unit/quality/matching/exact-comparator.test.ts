import { compareExactly } from '../../../../src/quality/matching/exact-comparator';

describe('compareExactly', () => {
  it('agrees only on equal values and is missing without both', () => {
    expect(compareExactly('+4512345678', '+4512345678', 'PHONE_EXACT', 'PHONE_DIFFERENT')).toBe('PHONE_EXACT');
    expect(compareExactly('+4512345678', '+4587654321', 'PHONE_EXACT', 'PHONE_DIFFERENT')).toBe('PHONE_DIFFERENT');
    expect(compareExactly(null, '+4587654321', 'PHONE_EXACT', 'PHONE_DIFFERENT')).toBeNull();
  });
});
