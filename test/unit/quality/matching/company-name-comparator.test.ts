import { companyNameTokens, compareCompanyNames } from '../../../../src/quality/matching/company-name-comparator';

describe('compareCompanyNames', () => {
  it.each([
    ['the palm', 'palm the', 'NAME_EXACT'],
    ['dining room ritz carlton buckhead', 'ritz carlton dining room buckhead', 'NAME_EXACT'],
    ['hansen son', 'hansen soen', 'NAME_SIMILAR'],
    ['maersk line', 'maersk lines', 'NAME_SIMILAR'],
    ['virgils', 'virgils real bbq', 'NAME_PARTIAL'],
    ['shun lee west', 'shun lee palace', 'NAME_PARTIAL'],
    ['circus circus', 'steak house', 'NAME_DIFFERENT'],
  ])('rates %s vs %s as %s', (a, b, level) => {
    expect(compareCompanyNames(a, b)).toBe(level);
  });

  it('is missing when either side is', () => {
    expect(compareCompanyNames('acme', null)).toBeNull();
  });
});

describe('companyNameTokens', () => {
  it('drops stop words but keeps a name made of them only', () => {
    expect(companyNameTokens('the apple pan')).toEqual(['apple', 'pan']);
    expect(companyNameTokens('the the')).toEqual(['the']);
  });
});
