import { normaliseRecord } from '../normalise/record-normaliser';
import type { NormalisedRecord } from '../normalise/normalised-record';
import { type ComparisonField, type Outcome, REASON_OUTCOMES, type ReasonCode } from './comparison-levels';
import { DEFAULT_MODEL } from './default-model';
import { type FieldComparison, compareFields } from './field-comparisons';
import type { MatchModel } from './match-model';
import type { MatchRecord } from './match-record';

export interface Evidence {
  field: ComparisonField;
  outcome: Outcome;
  /** log2 Bayes factor m/u of the level; 0 when the field is missing on either side */
  weight: number;
  reason: ReasonCode;
}

export interface MatchResult {
  /** match probability 0..1 */
  score: number;
  evidence: Evidence[];
}

/**
 * Agreement on names (and the city, too coarse to tell people apart) cannot make a match alone: unless some other
 * field (identifier, birth date, street, postal code, relation) weighs in favour, the score is held one bit below
 * the threshold.
 */
const UNCORROBORATING_FIELDS: ReadonlySet<ComparisonField> = new Set(['companyName', 'firstName', 'lastName', 'city']);

/** log2(m/u) of a comparison level; 0 for missing values and levels the model does not know. */
export function levelWeight(model: MatchModel, field: ComparisonField, reason: ReasonCode): number {
  const probabilities = model.levels[field][reason];
  return probabilities === undefined ? 0 : Math.log2(probabilities.m / probabilities.u);
}

const logit2 = (probability: number): number => Math.log2(probability / (1 - probability));

/** Fellegi–Sunter: prior odds λ/(1-λ) times the Bayes factors of all levels, turned into a probability. */
export function scoreComparisons(comparisons: readonly FieldComparison[], model: MatchModel): MatchResult {
  const evidence = comparisons.map(({ field, reason }) => ({ field, outcome: REASON_OUTCOMES[reason], weight: levelWeight(model, field, reason), reason }));
  let bits = evidence.reduce((sum, item) => sum + item.weight, logit2(model.prior));
  if (!evidence.some((item) => item.weight > 0 && !UNCORROBORATING_FIELDS.has(item.field))) {
    bits = Math.min(bits, logit2(model.threshold) - 1);
  }
  return { score: 1 / (1 + 2 ** -bits), evidence };
}

export function compareNormalised(a: NormalisedRecord, b: NormalisedRecord, model: MatchModel = DEFAULT_MODEL): MatchResult {
  return scoreComparisons(compareFields(a, b), model);
}

/** Scores how likely two records are the same entity and explains it field by field. */
export function compare(a: MatchRecord, b: MatchRecord, model: MatchModel = DEFAULT_MODEL): MatchResult {
  return compareNormalised(normaliseRecord(a.entityType, a.fields), normaliseRecord(b.entityType, b.fields), model);
}
