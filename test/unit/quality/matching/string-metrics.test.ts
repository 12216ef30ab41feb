import {
  editDistanceWithin,
  jaroWinkler,
  tokenContainment,
  tokenSetSimilarity,
} from '../../../../src/quality/matching/string-metrics';

const talismanJaroWinkler: (a: string, b: string) => number = require('talisman/metrics/jaro-winkler');
const talismanDamerauLevenshtein: (a: string, b: string) => number = require('talisman/metrics/damerau-levenshtein');

/** Seeded pairs of short strings over a small alphabet, half of them one or two edits apart. */
function stringPairs(count: number): Array<[string, string]> {
  let state = 11;
  const random = (n: number) => ((state = (state * 1103515245 + 12345) % 2147483648), state % n);
  const word = () => Array.from({ length: random(12) }, () => 'abcdeø.@ '[random(9)]).join('');
  const edit = (value: string) =>
    value.length > 1 && random(2) === 0 ? value.slice(1) + value[0] : value.slice(0, random(value.length + 1)) + 'x';
  return Array.from({ length: count }, () => {
    const a = word();
    return [a, random(2) === 0 ? word() : edit(random(2) === 0 ? a : edit(a))];
  });
}

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

describe('jaroWinkler', () => {
  it('gives what talisman gives, to the last bit', () => {
    for (const [a, b] of [
      ...stringPairs(20_000),
      ['martha', 'marhta'],
      ['dixon', 'dicksonx'],
      ['', 'a'],
      ['københavn', 'kobenhavn'],
    ] as Array<[string, string]>) {
      expect([a, b, jaroWinkler(a, b)]).toEqual([a, b, talismanJaroWinkler(a, b)]);
    }
  });
});

describe('editDistanceWithin', () => {
  it('is the Damerau-Levenshtein distance up to max, and Infinity beyond', () => {
    for (const [a, b] of stringPairs(20_000)) {
      const distance = talismanDamerauLevenshtein(a, b);
      for (const max of [1, 2])
        expect([a, b, max, editDistanceWithin(a, b, max)]).toEqual([a, b, max, distance <= max ? distance : Infinity]);
    }
  });
});
