import { countSameTypePairs, sampleRandomPairs } from '../../../../src/quality/matching/random-pairs';

describe('sampleRandomPairs', () => {
  it('gives every same-type pair when there are no more than asked for', () => {
    expect(sampleRandomPairs(['LEAD', 'LEAD', 'CONTACT', 'LEAD'], 10, 1)).toEqual([
      [0, 1],
      [0, 3],
      [1, 3],
    ]);
  });

  it('samples distinct ordered pairs of the same type, the same for the same seed', () => {
    const types = Array.from({ length: 200 }, (_, index) => (index % 3 === 0 ? 'CONTACT' : 'LEAD'));
    const pairs = sampleRandomPairs(types, 500, 42);
    expect(pairs).toHaveLength(500);
    expect(new Set(pairs.map(([i, j]) => `${i}-${j}`)).size).toBe(500);
    expect(pairs.every(([i, j]) => i < j && types[i] === types[j])).toBe(true);
    expect(sampleRandomPairs(types, 500, 42)).toEqual(pairs);
  });
});

describe('countSameTypePairs', () => {
  it('counts pairs within each entity type', () => {
    expect(countSameTypePairs(['LEAD', 'LEAD', 'LEAD', 'CONTACT', 'CONTACT'])).toBe(4);
  });
});
