import { evaluateSharedSets } from '../../../../bench/eval-dedupe';

describe('evaluateSharedSets', () => {
  it('measures pairwise precision, recall and F1 on a sample of each labelled set kept in the repository', () => {
    delete process.env.ER_DATA_DIR;
    const figures = evaluateSharedSets({ sampleSize: 300 });
    expect(figures.map((row) => row.set)).toEqual([
      'febrl/dataset1',
      'febrl/dataset2',
      'splink/fake_1000',
      'fodors_zagats',
    ]);
    for (const { trained, untrained } of figures) {
      expect(trained.truePairs).toBeGreaterThan(0);
      expect(trained.f1).toBeCloseTo(
        (2 * trained.precision * trained.recall) / (trained.precision + trained.recall),
        10,
      );
      expect(trained.f1).toBeGreaterThan(0.8);
      expect(trained.best.f1).toBeGreaterThanOrEqual(trained.f1);
      expect(untrained.f1).toBeGreaterThan(0.7);
    }
  });
});
