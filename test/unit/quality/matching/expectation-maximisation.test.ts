import type { FieldComparison } from '../../../../src/quality/matching/field-comparisons';
import { estimateM } from '../../../../src/quality/matching/expectation-maximisation';
import type { LevelTable } from '../../../../src/quality/matching/level-frequencies';

const table = (phone: Record<string, number>, city: Record<string, number>): LevelTable =>
  ({
    registrationNumber: {},
    email: {},
    phone,
    website: {},
    companyName: {},
    firstName: {},
    lastName: {},
    birthDate: {},
    street: {},
    postalCode: {},
    city,
    relation: {},
  }) as LevelTable;

const vector = (phone: string, city: string): FieldComparison[] => [
  { field: 'phone', reason: phone as FieldComparison['reason'] },
  { field: 'city', reason: city as FieldComparison['reason'] },
];

describe('estimateM', () => {
  it('separates the agreeing pairs from the disagreeing ones', () => {
    const vectors = [
      ...Array.from({ length: 30 }, () => vector('PHONE_EXACT', 'CITY_EXACT')),
      ...Array.from({ length: 3 }, () => vector('PHONE_EXACT', 'CITY_DIFFERENT')),
      ...Array.from({ length: 60 }, () => vector('PHONE_DIFFERENT', 'CITY_DIFFERENT')),
      ...Array.from({ length: 7 }, () => vector('PHONE_DIFFERENT', 'CITY_EXACT')),
    ];
    const result = estimateM(
      vectors,
      table({ PHONE_EXACT: 0.5, PHONE_DIFFERENT: 0.5 }, { CITY_EXACT: 0.5, CITY_DIFFERENT: 0.5 }),
      table({ PHONE_EXACT: 0.1, PHONE_DIFFERENT: 0.9 }, { CITY_EXACT: 0.2, CITY_DIFFERENT: 0.8 }),
      { maxIterations: 50, tolerance: 1e-6 },
    );
    expect(result.m.phone.PHONE_EXACT).toBeGreaterThan(0.85);
    expect(result.m.city.CITY_EXACT).toBeGreaterThan(0.75);
    expect(result.matchShare).toBeGreaterThan(0.25);
    expect(result.matchShare).toBeLessThan(0.45);
  });

  it('keeps the starting m without pairs', () => {
    const initial = table({ PHONE_EXACT: 0.9, PHONE_DIFFERENT: 0.1 }, {});
    expect(estimateM([], initial, initial, { maxIterations: 10, tolerance: 1e-6 })).toEqual({
      m: initial,
      matchShare: 0,
      iterations: 0,
    });
  });
});
