import { jaroWinkler, tokenContainment, tokenSetSimilarity } from '../../../../src/quality/matching/string-metrics';

describe('tokenSetSimilarity', () => {
  it('is 1 for the same words in another order', () => {
    expect(tokenSetSimilarity(['ritz', 'carlton', 'dining'], ['dining', 'carlton', 'ritz'])).toBe(1);
  });

  it('counts a mistyped long word as shared', () => {
    expect(tokenSetSimilarity(['courallie', 'lander'], ['lander', 'couralylie'])).toBe(1);
  });

  it('does not count short words that only look alike', () => {
    expect(tokenSetSimilarity(['ab', 'cd'], ['ac', 'cd'])).toBe(0.5);
  });

  it('is 0 without shared words or without words', () => {
    expect(tokenSetSimilarity(['alpha'], ['omega'])).toBe(0);
    expect(tokenSetSimilarity([], ['omega'])).toBe(0);
  });
});

describe('tokenContainment', () => {
  it('is 1 when all words of the shorter name are in the longer', () => {
    expect(tokenContainment(['virgils'], ['virgils', 'real', 'bbq'])).toBe(1);
  });

  it('is the shared share of the shorter name', () => {
    expect(tokenContainment(['shun', 'lee', 'west'], ['shun', 'lee', 'palace'])).toBeCloseTo(2 / 3);
  });
});

describe('jaroWinkler', () => {
  it('rewards a common prefix', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeGreaterThan(0.95);
    expect(jaroWinkler('same', 'same')).toBe(1);
  });
});
