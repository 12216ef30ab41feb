import { evaluateDedupe, truePairsOfLabels } from '../../../../src/quality/duplicates/dedupe-evaluation';
import { pairKey } from '../../../../src/quality/duplicates/pair-metrics';
import { DEFAULT_MODEL } from '../../../../src/quality/matching/default-model';
import type { MatchRecord } from '../../../../src/quality/matching/match-record';

const company = (id: string, name: string, phone: string, street: string): MatchRecord => ({
  id,
  entityType: 'RELATION',
  fields: { kind: 'COMPANY', name, phone, street, city: 'Springfield', country: 'US' },
});

describe('evaluateDedupe', () => {
  const records = [
    company('1', 'Beacon Diner', '(217) 555-0142', '4520 N Beacon St'),
    company('2', 'Beacon Diner Inc', '555-0142', '4520 North Beacon Street'),
    company('3', 'Harbor Books', '(217) 555-0199', '12 Harbor Rd'),
    company('4', 'Harbour Books', '(217) 555-0177', '90 Elm Ave'),
  ];
  const truePairs = truePairsOfLabels(
    new Map([
      ['1', 'a'],
      ['2', 'a'],
      ['3', 'b'],
      ['4', 'b'],
    ]),
  );

  it('reads true pairs from a label per record, leaving unlabelled records alone', () => {
    expect(
      truePairsOfLabels(
        new Map([
          ['x', ' 7 '],
          ['y', '7'],
          ['z', ''],
        ]),
      ),
    ).toEqual(new Set([pairKey('x', 'y')]));
  });

  it('measures blocking recall, pairwise figures at the threshold and a sweep with the best threshold', () => {
    const figures = evaluateDedupe({ records, truePairs }, DEFAULT_MODEL);
    expect(figures.truePairs).toBe(2);
    expect(figures.blockingRecall).toBe(1);
    expect(figures.threshold).toBe(DEFAULT_MODEL.threshold);
    expect(figures).toMatchObject({ precision: 1, recall: 0.5, truePositives: 1 });
    expect(figures.sweep.map((row) => row.threshold)).toContain(0.5);
    expect(figures.best.f1).toBe(Math.max(...figures.sweep.map((row) => row.f1)));
    expect(evaluateDedupe({ records, truePairs }, DEFAULT_MODEL, 0.5).threshold).toBe(0.5);
  });
});
