import { normaliseRecord } from '../normalise/record-normaliser';
import { type CandidateOptions, findCandidateIndexPairs } from './candidate-finder';
import { COMPARISON_FIELDS, type ReasonCode } from './comparison-levels';
import { DEFAULT_MODEL } from './default-model';
import { estimateM } from './expectation-maximisation';
import { compareFields } from './field-comparisons';
import { type LevelTable, levelFrequencies, mapLevels, observedFields } from './level-frequencies';
import type { MatchModel } from './match-model';
import type { MatchRecord } from './match-record';
import { countSameTypePairs, sampleRandomPairs } from './random-pairs';

export interface TrainingOptions extends CandidateOptions {
  /** levels, starting values and threshold; DEFAULT_MODEL when absent */
  baseModel?: MatchModel;
  /** random pairs to estimate u from (default 200,000) */
  randomPairs?: number;
  seed?: number;
  maxIterations?: number;
  tolerance?: number;
}

/** Jeffreys prior: half a pair per level, so a level never seen among random pairs keeps a small u. */
const U_PSEUDO_COUNT_PER_LEVEL = 0.5;
const MIN_PRIOR = 1e-12;
const MAX_PRIOR = 0.5;

/**
 * Estimates a model from the records themselves, as Splink does: u from random pairs (nearly all non-matches),
 * m by expectation maximisation over the candidate pairs blocking finds, and λ from the share of candidates EM
 * takes for matches over all pairs.
 */
export function trainModel(records: readonly MatchRecord[], options: TrainingOptions = {}): MatchModel {
  const base = options.baseModel ?? DEFAULT_MODEL;
  const normalised = records.map((record) => normaliseRecord(record.entityType, record.fields));
  const entityTypes = normalised.map((record) => record.entityType);

  const randomVectors = sampleRandomPairs(entityTypes, options.randomPairs ?? 200_000, options.seed ?? 1).map(
    ([i, j]) => compareFields(normalised[i], normalised[j]),
  );
  const jeffreys = mapLevels(probabilitiesOf(base, 'u'), () => U_PSEUDO_COUNT_PER_LEVEL);
  const randomFrequencies = levelFrequencies(randomVectors, () => 1, jeffreys, 1);

  const candidateVectors = findCandidateIndexPairs(normalised, options).map(([i, j]) =>
    compareFields(normalised[i], normalised[j]),
  );
  const em = estimateM(candidateVectors, probabilitiesOf(base, 'm'), randomFrequencies, {
    maxIterations: options.maxIterations ?? 30,
    tolerance: options.tolerance ?? 1e-4,
  });

  const expectedMatches = em.matchShare * candidateVectors.length;
  const totalPairs = countSameTypePairs(entityTypes);
  const prior =
    expectedMatches > 0 ? Math.min(MAX_PRIOR, Math.max(MIN_PRIOR, expectedMatches / totalPairs)) : base.prior;
  // Random pairs include some true matches (share λ): their level frequency is λ·m + (1-λ)·u, so take λ·m out.
  const observed = observedFields(randomVectors);
  const minU = 0.5 / Math.max(1, randomVectors.length);
  const u = mapLevels(randomFrequencies, (field, reason, frequency) =>
    observed.has(field)
      ? Math.max(minU, (frequency - prior * (em.m[field][reason] ?? 0)) / (1 - prior))
      : (base.levels[field][reason]?.u ?? frequency),
  );
  return {
    version: 1,
    prior,
    threshold: base.threshold,
    levels: combineLevels(em.m, u),
    training: {
      records: records.length,
      randomPairs: randomVectors.length,
      candidatePairs: candidateVectors.length,
      emIterations: em.iterations,
      candidateMatchShare: em.matchShare,
    },
  };
}

function combineLevels(m: LevelTable, u: LevelTable): MatchModel['levels'] {
  return Object.fromEntries(
    COMPARISON_FIELDS.map((field) => [
      field,
      Object.fromEntries(
        Object.entries(m[field]).map(([reason, mValue]) => [
          reason,
          { m: mValue, u: u[field][reason as ReasonCode] ?? 0 },
        ]),
      ),
    ]),
  ) as MatchModel['levels'];
}

/** The model's m or u values, rescaled to sum to 1 per field. */
function probabilitiesOf(model: MatchModel, kind: 'm' | 'u'): LevelTable {
  const raw = Object.fromEntries(
    COMPARISON_FIELDS.map((field) => [
      field,
      Object.fromEntries(Object.entries(model.levels[field]).map(([reason, level]) => [reason, level[kind]])),
    ]),
  ) as LevelTable;
  return mapLevels(
    raw,
    (field, _reason, value) => value / Object.values(raw[field]).reduce((sum, other) => sum + other, 0),
  );
}
