import { COMPARISON_FIELDS } from '../../../../src/quality/matching/comparison-levels';
import { DEFAULT_MODEL } from '../../../../src/quality/matching/default-model';

describe('DEFAULT_MODEL', () => {
  it.each(COMPARISON_FIELDS)('has m and u summing to 1 over the levels of %s', (field) => {
    const levels = Object.values(DEFAULT_MODEL.levels[field]);
    expect(levels.reduce((sum, level) => sum + level.m, 0)).toBeCloseTo(1, 6);
    expect(levels.reduce((sum, level) => sum + level.u, 0)).toBeCloseTo(1, 6);
  });
});
