import { evaluateDedupe } from '../../../../bench/eval-dedupe';

describe('evaluateDedupe', () => {
  it('measures pairwise precision, recall and F1 on a sample of each labelled set', () => {
    const figures = evaluateDedupe({ sampleSize: 300 });
    expect(figures.map((row) => row.set)).toEqual([
      'febrl/dataset1',
      'febrl/dataset2',
      'splink/fake_1000',
      'fodors_zagats',
    ]);
    for (const row of figures) {
      expect(row.truePairs).toBeGreaterThan(0);
      expect(row.f1).toBeCloseTo((2 * row.precision * row.recall) / (row.precision + row.recall), 10);
      expect(row.f1).toBeGreaterThan(0.8);
    }
  });
});
