import { COMPARISON_FIELDS, type ComparisonField, REASON_OUTCOMES, type ReasonCode } from './comparison-levels';
import type { FieldComparison } from './field-comparisons';

/** One probability per non-missing level of each field, summing to 1 per field. */
export type LevelTable = Record<ComparisonField, Partial<Record<ReasonCode, number>>>;

/**
 * Weighted share of each level among the comparisons where the field is present, pulled towards `prior` as if
 * `pseudoCount` more comparisons had been seen spread as `prior` is (its values need not sum to 1); levels
 * `prior` lacks are not counted.
 */
export function levelFrequencies(
  vectors: ReadonlyArray<readonly FieldComparison[]>,
  weightOf: (index: number) => number,
  prior: LevelTable,
  pseudoCount: number,
): LevelTable {
  const counts = Object.fromEntries(COMPARISON_FIELDS.map((field) => [field, new Map<ReasonCode, number>()])) as Record<
    ComparisonField,
    Map<ReasonCode, number>
  >;
  vectors.forEach((vector, index) => {
    const weight = weightOf(index);
    for (const { field, reason } of vector) {
      if (prior[field][reason] !== undefined) counts[field].set(reason, (counts[field].get(reason) ?? 0) + weight);
    }
  });
  return mapLevels(prior, (field, reason, priorValue) => {
    const total = sum([...counts[field].values()]) + pseudoCount * sum(Object.values(prior[field]));
    return ((counts[field].get(reason) ?? 0) + pseudoCount * priorValue) / total;
  });
}

/** A new table with the same levels, each value computed from the old one. */
export function mapLevels(
  table: LevelTable,
  compute: (field: ComparisonField, reason: ReasonCode, value: number) => number,
): LevelTable {
  return Object.fromEntries(
    COMPARISON_FIELDS.map((field) => [
      field,
      Object.fromEntries(
        Object.entries(table[field]).map(([reason, value]) => [reason, compute(field, reason as ReasonCode, value)]),
      ),
    ]),
  ) as LevelTable;
}

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

/** The fields that are present on both sides of at least one comparison. */
export function observedFields(vectors: ReadonlyArray<readonly FieldComparison[]>): Set<ComparisonField> {
  const observed = new Set<ComparisonField>();
  for (const vector of vectors)
    for (const { field, reason } of vector) if (REASON_OUTCOMES[reason] !== 'MISSING') observed.add(field);
  return observed;
}
