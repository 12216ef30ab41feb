import { jaroWinkler, tokenContainment, tokenSetSimilarity } from './string-metrics';

export type CompanyNameLevel = 'NAME_EXACT' | 'NAME_SIMILAR' | 'NAME_PARTIAL' | 'NAME_DIFFERENT';

/** Articles and conjunctions that say nothing about which company is meant ("The Palm" = "Palm, The"). */
const STOP_WORDS = new Set([
  'the',
  'and',
  'of',
  'og',
  'och',
  'und',
  'en',
  'et',
  'de',
  'der',
  'die',
  'das',
  'het',
  'la',
  'le',
  'les',
  'el',
]);

/** The distinct words of a normalised company name without stop words (all words when nothing else is left). */
export function companyNameTokens(name: string): string[] {
  const words = [...new Set(name.split(' '))];
  const meaningful = words.filter((word) => !STOP_WORDS.has(word));
  return meaningful.length > 0 ? meaningful : words;
}

/** Compares normalised company names (legal forms already stripped) as sets of words. */
export function compareCompanyNames(a: string | null, b: string | null): CompanyNameLevel | null {
  if (a == null || b == null) return null;
  const tokensA = companyNameTokens(a);
  const tokensB = companyNameTokens(b);
  if ([...tokensA].sort().join(' ') === [...tokensB].sort().join(' ')) return 'NAME_EXACT';
  const overlap = tokenSetSimilarity(tokensA, tokensB);
  if (overlap >= 0.8 || jaroWinkler(tokensA.join(''), tokensB.join('')) >= 0.94) return 'NAME_SIMILAR';
  if (overlap >= 0.5 || tokenContainment(tokensA, tokensB) === 1) return 'NAME_PARTIAL';
  return 'NAME_DIFFERENT';
}
