import type { ReasonCode } from '../../../../src/quality/matching/comparison-levels';
import { DEFAULT_MODEL } from '../../../../src/quality/matching/default-model';
import { deduplicate } from '../../../../src/quality/matching/deduplicator';
import { levelWeight } from '../../../../src/quality/matching/match-scorer';
import { trainModel } from '../../../../src/quality/matching/model-trainer';
import { syntheticPeople } from './synthetic-people';

describe('trainModel', () => {
  const records = syntheticPeople(400, 100);
  const model = trainModel(records, { randomPairs: 20_000 });

  it('learns that agreeing names and birth dates speak for a match and disagreeing ones against', () => {
    expect(levelWeight(model, 'lastName', 'NAME_EXACT')).toBeGreaterThan(2);
    expect(levelWeight(model, 'lastName', 'NAME_DIFFERENT')).toBeLessThan(-2);
    expect(levelWeight(model, 'birthDate', 'BIRTHDATE_EXACT')).toBeGreaterThan(5);
    expect(levelWeight(model, 'birthDate', 'BIRTHDATE_DIFFERENT')).toBeLessThan(-3);
  });

  it('learns that these records share e-mail addresses only when they are the same person', () => {
    expect(model.levels.email.EMAIL_EXACT?.m).toBeGreaterThan(0.9);
    expect(levelWeight(model, 'email', 'EMAIL_EXACT')).toBeGreaterThan(10);
  });

  it('estimates the prior from the matches EM finds', () => {
    const truePairs = 100;
    const allPairs = (records.length * (records.length - 1)) / 2;
    expect(model.prior).toBeGreaterThan(truePairs / allPairs / 2);
    expect(model.prior).toBeLessThan((truePairs / allPairs) * 2);
    expect(model.training).toMatchObject({ records: 500, randomPairs: 20_000 });
  });

  it('keeps the base probabilities of fields the data lacks', () => {
    for (const field of ['registrationNumber', 'phone'] as const) {
      for (const [reason, base] of Object.entries(DEFAULT_MODEL.levels[field])) {
        const trained = model.levels[field][reason as ReasonCode];
        expect(trained?.m).toBeCloseTo(base.m, 9);
        expect(trained?.u).toBe(base.u);
      }
    }
  });

  it('gives a plain JSON model', () => {
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('is repeatable', () => {
    expect(trainModel(records, { randomPairs: 20_000 })).toEqual(model);
  });

  it('finds the duplicates with the trained model', () => {
    const clusters = deduplicate(records, model).clusters;
    const personOf = new Map(records.map((record) => [record.id, record.person]));
    const correct = clusters.filter(
      (cluster) => cluster.ids.length === 2 && personOf.get(cluster.ids[0]) === personOf.get(cluster.ids[1]),
    );
    expect(correct.length).toBeGreaterThanOrEqual(95);
    expect(clusters.length - correct.length).toBeLessThanOrEqual(2);
  });
});
