import { normaliseRecord } from '../normalise/record-normaliser';
import type { NormalisedRecord } from '../normalise/normalised-record';
import {
  COMPARISON_FIELDS,
  type ComparisonField,
  type Outcome,
  REASON_OUTCOMES,
  type ReasonCode,
} from './comparison-levels';
import { DEFAULT_MODEL } from './default-model';
import { type FieldComparison, compareField, compareFields, nameAlignment } from './field-comparisons';
import type { MatchModel } from './match-model';
import type { MatchRecord } from './match-record';
import { restatedFields } from './restated-evidence';
import { type TermCounts, type TermFrequency, termFrequencyOf } from './term-frequencies';

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
/**
 * Nor can a shared phone and address outweigh company names that have nothing in common: one site's switchboard and
 * address serve its several businesses (a hotel's restaurants, a business centre's tenants). Unless one of these,
 * which name the company itself, agrees, such a pair is held below the threshold too.
 */
const COMPANY_IDENTIFIERS: ReadonlySet<ComparisonField> = new Set(['registrationNumber', 'email', 'website']);

type EvidenceTable = Record<ComparisonField, Partial<Record<ReasonCode, Evidence>>>;

/**
 * Each model's evidence per level, worked out once and shared (treat it as read-only): scoring a million records'
 * candidate pairs reads the weights tens of millions of times, and the links of a scan hold hundreds of thousands.
 */
const evidenceTables = new WeakMap<MatchModel, EvidenceTable>();

function evidenceItem(model: MatchModel, field: ComparisonField, reason: ReasonCode): Evidence {
  let table = evidenceTables.get(model);
  if (table === undefined) {
    table = Object.fromEntries(COMPARISON_FIELDS.map((name) => [name, {}])) as EvidenceTable;
    evidenceTables.set(model, table);
  }
  let item = table[field][reason];
  if (item === undefined) {
    const probabilities = model.levels[field][reason];
    const weight = probabilities === undefined ? 0 : Math.log2(probabilities.m / probabilities.u);
    item = Object.freeze({ field, outcome: REASON_OUTCOMES[reason], weight, reason });
    table[field][reason] = item;
  }
  return item;
}

/** log2(m/u) of a comparison level; 0 for missing values and levels the model does not know. */
export function levelWeight(model: MatchModel, field: ComparisonField, reason: ReasonCode): number {
  return evidenceItem(model, field, reason).weight;
}

/** A level's evidence, its u raised to the agreed value's frequency where that is known and higher (see termFrequencyOf). */
function evidenceOf(
  model: MatchModel,
  field: ComparisonField,
  reason: ReasonCode,
  frequency: TermFrequency | undefined,
): Evidence {
  const item = evidenceItem(model, field, reason);
  const level = model.levels[field][reason];
  if (level === undefined || frequency === undefined) return item;
  const u = frequency(field, reason, level.u);
  return u === undefined || u <= level.u ? item : { ...item, weight: Math.log2(level.m / u) };
}

const logit2 = (p: number): number => Math.log2(p / (1 - p));
const probability = (bits: number): number => 1 / (1 + 2 ** -bits);

/** Fellegi–Sunter: prior odds λ/(1-λ) times the Bayes factors of all levels, turned into a probability. */
function matchScore(evidence: readonly Evidence[], model: MatchModel): number {
  let bits = logit2(model.prior);
  let corroborated = false;
  let identified = false;
  let namesDiffer = false;
  for (const { field, weight, reason } of evidence) {
    bits += weight;
    if (weight > 0 && !UNCORROBORATING_FIELDS.has(field)) corroborated = true;
    if (weight > 0 && COMPANY_IDENTIFIERS.has(field)) identified = true;
    if (field === 'companyName' && reason === 'NAME_DIFFERENT') namesDiffer = true;
  }
  if (!corroborated || (namesDiffer && !identified)) bits = Math.min(bits, logit2(model.threshold) - 1);
  return probability(bits);
}

/** Of the fields restating one fact (see restatedFields), only the agreement weighing most counts; the others weigh 0. */
function countOnce(evidence: Evidence[], restated: readonly ComparisonField[]): Evidence[] {
  if (restated.length === 0) return evidence;
  const agreeing = evidence.filter((item) => item.weight > 0 && restated.includes(item.field));
  const strongest = agreeing.reduce<Evidence | undefined>(
    (best, item) => (best && best.weight >= item.weight ? best : item),
    undefined,
  );
  return evidence.map((item) => (agreeing.includes(item) && item !== strongest ? { ...item, weight: 0 } : item));
}

/**
 * The match score and its evidence, field by field; exact agreements weighed by the value's frequency when known;
 * with the two records, what they restate counted once.
 */
export function scoreComparisons(
  comparisons: readonly FieldComparison[],
  model: MatchModel,
  frequency?: TermFrequency,
  records?: readonly [NormalisedRecord, NormalisedRecord],
): MatchResult {
  const evidence = countOnce(
    comparisons.map(({ field, reason }) => evidenceOf(model, field, reason, frequency)),
    records === undefined ? [] : restatedFields(...records),
  );
  return { score: matchScore(evidence, model), evidence };
}

/** Fields compared by equality or a bounded edit distance: cheap, so compared first. */
export const CHEAP_FIELDS: readonly ComparisonField[] = [
  'registrationNumber',
  'phone',
  'website',
  'relation',
  'postalCode',
  'birthDate',
  'email',
];
/** Fields that cost string similarities, those that can swing a score most first. */
export const COSTLY_FIELDS: readonly ComparisonField[] = ['companyName', 'street', 'lastName', 'firstName', 'city'];

const bestWeights = new WeakMap<MatchModel, Record<ComparisonField, number>>();

/** Per field, the largest weight any of its levels has in the model (a missing value weighs 0). */
function bestWeightsOf(model: MatchModel): Record<ComparisonField, number> {
  let best = bestWeights.get(model);
  if (best === undefined) {
    const weights = (field: ComparisonField) =>
      Object.keys(model.levels[field]).map((reason) => levelWeight(model, field, reason as ReasonCode));
    best = Object.fromEntries(COMPARISON_FIELDS.map((field) => [field, Math.max(0, ...weights(field))])) as Record<
      ComparisonField,
      number
    >;
    bestWeights.set(model, best);
  }
  return best;
}

/** Rounding slack: the bound is summed in another order than the score. */
const BOUND_SLACK = 1e-9;

/**
 * The score of two records when it reaches minScore, else null, for less work than scoring them in full: the cheap
 * fields are compared first, and each costly one only while the score could still reach minScore were every field
 * not yet compared at its best level. Most candidates share one narrow key and little else, and are ruled out
 * before their names and streets are compared.
 */
export function scoreIfReaching(
  a: NormalisedRecord,
  b: NormalisedRecord,
  model: MatchModel,
  minScore: number,
  counts?: TermCounts,
): MatchResult | null {
  const best = bestWeightsOf(model);
  const names = nameAlignment(a, b);
  const reasons: Partial<Record<ComparisonField, ReasonCode>> = {};
  let bound = logit2(model.prior);
  for (const field of CHEAP_FIELDS) {
    const reason = (reasons[field] = compareField(field, a, b, names));
    bound += levelWeight(model, field, reason);
  }
  for (const field of COSTLY_FIELDS) bound += best[field];
  for (const field of COSTLY_FIELDS) {
    // compared as scores, not bits: near 1 many bit counts round to one score
    if (probability(bound + BOUND_SLACK) < minScore) return null;
    const reason = (reasons[field] = compareField(field, a, b, names));
    bound += levelWeight(model, field, reason) - best[field];
  }
  // term frequencies only ever lower weights: looked up for the pairs that reach minScore without them
  if (probability(bound + BOUND_SLACK) < minScore) return null;
  const result = scoreComparisons(
    COMPARISON_FIELDS.map((field) => ({ field, reason: reasons[field]! })),
    model,
    termFrequencyOf(counts, model.prior, a, names),
    [a, b],
  );
  return result.score >= minScore ? result : null;
}

/** The reason codes that spoke for a match, strongest first. */
export function reasonsOf(evidence: readonly Evidence[]): ReasonCode[] {
  return evidence
    .filter((item) => item.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .map((item) => item.reason);
}

/** Scores two normalised records; with `counts`, exact agreements weigh by how many records hold the value. */
export function compareNormalised(
  a: NormalisedRecord,
  b: NormalisedRecord,
  model: MatchModel = DEFAULT_MODEL,
  counts?: TermCounts,
): MatchResult {
  const names = nameAlignment(a, b);
  return scoreComparisons(compareFields(a, b, names), model, termFrequencyOf(counts, model.prior, a, names), [a, b]);
}

/** Scores how likely two records are the same entity and explains it field by field. */
export function compare(a: MatchRecord, b: MatchRecord, model: MatchModel = DEFAULT_MODEL): MatchResult {
  return compareNormalised(normaliseRecord(a.entityType, a.fields), normaliseRecord(b.entityType, b.fields), model);
}
