import { compareStreets } from '../../../../src/quality/matching/street-comparator';

const at = (street: string | null, houseNumber: string | null) => ({ street, houseNumber });

describe('compareStreets', () => {
  it.each([
    [at('vesterbro gade', '12b'), at('vesterbro gade', '12b'), 'ADDRESS_EXACT'],
    [at('vesterbro gade', '12b'), at('vesterbor gade', '12b'), 'ADDRESS_SIMILAR'],
    [at('courallie lander cres', '15'), at('lander cres couralylie', '15'), 'ADDRESS_SIMILAR'],
    [at('vesterbro gade', null), at('vesterbro gade', '12'), 'ADDRESS_SIMILAR'],
    [at('vesterbro gade', '12'), at('vesterbro gade', '14'), 'ADDRESS_SAME_STREET'],
    [at('vesterbro gade', '12'), at('norre alle', '12'), 'ADDRESS_DIFFERENT'],
  ])('rates %p vs %p as %s', (a, b, level) => {
    expect(compareStreets(a, b)).toBe(level);
  });

  it('is missing without a street on either side', () => {
    expect(compareStreets(at(null, '12'), at('main st', '12'))).toBeNull();
  });
});
