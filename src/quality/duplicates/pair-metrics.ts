export interface PairMetrics {
  truePairs: number;
  predictedPairs: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Order-free key of a pair of record ids. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** Every pair within each group of ids. */
export function pairsWithinGroups(groups: Iterable<readonly string[]>): Set<string> {
  const pairs = new Set<string>();
  for (const group of groups) {
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) pairs.add(pairKey(group[i], group[j]));
  }
  return pairs;
}

/** Pairwise precision, recall and F1 of predicted against true pairs. */
export function pairMetrics(predicted: ReadonlySet<string>, truth: ReadonlySet<string>): PairMetrics {
  let truePositives = 0;
  for (const pair of predicted) if (truth.has(pair)) truePositives++;
  const precision = predicted.size === 0 ? 1 : truePositives / predicted.size;
  const recall = truth.size === 0 ? 1 : truePositives / truth.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePairs: truth.size, predictedPairs: predicted.size, truePositives, precision, recall, f1 };
}
