import { DEFAULT_MODEL } from '../../../../src/quality/matching/default-model';
import type { FieldComparison } from '../../../../src/quality/matching/field-comparisons';
import { type LevelTable, levelFrequencies, observedFields } from '../../../../src/quality/matching/level-frequencies';

/** Half a comparison per level, for every level of the default model. */
const halfEach = Object.fromEntries(
  Object.entries(DEFAULT_MODEL.levels).map(([field, levels]) => [
    field,
    Object.fromEntries(Object.keys(levels).map((reason) => [reason, 0.5])),
  ]),
) as LevelTable;
const vectors: FieldComparison[][] = [
  [
    { field: 'phone', reason: 'PHONE_EXACT' },
    { field: 'city', reason: 'CITY_MISSING' },
  ],
  [
    { field: 'phone', reason: 'PHONE_DIFFERENT' },
    { field: 'city', reason: 'CITY_MISSING' },
  ],
  [
    { field: 'phone', reason: 'PHONE_DIFFERENT' },
    { field: 'city', reason: 'CITY_MISSING' },
  ],
];

describe('levelFrequencies', () => {
  it('gives weighted level shares among present values, smoothed by the prior', () => {
    const shares = levelFrequencies(vectors, () => 1, halfEach, 1);
    expect(shares.phone.PHONE_EXACT).toBeCloseTo((1 + 0.5) / (3 + 1));
    expect(shares.phone.PHONE_DIFFERENT).toBeCloseTo((2 + 0.5) / (3 + 1));
    expect(shares.city.CITY_EXACT).toBeCloseTo(1 / 3);
    expect(shares.city.CITY_MISSING).toBeUndefined();
  });

  it('weighs each comparison', () => {
    const shares = levelFrequencies(vectors, (index) => (index === 0 ? 1 : 0), halfEach, 0);
    expect(shares.phone.PHONE_EXACT).toBe(1);
  });
});

describe('observedFields', () => {
  it('lists the fields present on both sides somewhere', () => {
    expect([...observedFields(vectors)]).toEqual(['phone']);
  });
});
