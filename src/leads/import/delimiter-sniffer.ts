const CANDIDATES = [',', ';', '\t', '|'];

/** The candidate delimiter found most often outside quotes on the first line of `text`; `fallback` when there is none. */
export function sniffDelimiter(text: string, fallback: string): string {
  const counts = new Map(CANDIDATES.map((candidate) => [candidate, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === '\n' || char === '\r') break;
    else if (counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = fallback;
  let bestCount = 0;
  for (const [candidate, count] of counts) {
    if (count > bestCount) [best, bestCount] = [candidate, count];
  }
  return best;
}
