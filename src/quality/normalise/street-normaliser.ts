import { foldText } from './text-normaliser';

export interface NormalisedStreet {
  /** street name with street-type words folded to one spelling ("vesterbro gade", "la cienega blvd") */
  name: string;
  houseNumber: string | null;
}

/** Street-type words of the supported countries, each spelling (folded, without its dot) under one canonical form. */
const STREET_TYPE_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  st: ['street', 'st', 'str', 'straat', 'strasse'],
  rd: ['road', 'rd'],
  ave: ['avenue', 'ave', 'av', 'avda', 'avenida'],
  blvd: ['boulevard', 'blvd', 'blv', 'boul', 'bvd', 'bd'],
  dr: ['drive', 'dr'],
  ln: ['lane', 'ln'],
  pl: ['place', 'pl', 'plads', 'pladsen', 'plass', 'plassen', 'platz', 'plein'],
  nam: ['namesti', 'nam'],
  ct: ['court', 'ct'],
  cres: ['crescent', 'cres'],
  cct: ['circuit', 'cct'],
  cir: ['circle', 'cir'],
  tce: ['terrace', 'tce', 'ter', 'terr'],
  pde: ['parade', 'pde'],
  cl: ['close', 'cl'],
  hwy: ['highway', 'hwy'],
  pkwy: ['parkway', 'pkwy', 'pky'],
  sq: ['square', 'sq'],
  plz: ['plaza', 'plz'],
  way: ['way', 'wy'],
  ul: ['ulice', 'ul'],
  laan: ['laan'],
  torv: ['torv', 'torvet', 'torg', 'torget'],
  vej: ['vej', 'vejen', 'vei', 'veien', 'veg', 'vegen', 'vag', 'vagen', 'weg'],
  gade: ['gade', 'gaden', 'gate', 'gaten', 'gata', 'gatan'],
  alle: ['alle', 'allee'],
};
const STREET_TYPES = spellingTable(STREET_TYPE_SPELLINGS);
const CANONICAL_TYPES = new Set(Object.keys(STREET_TYPE_SPELLINGS));
/** Scandinavian, Dutch and German street types written as the end of one word: "Vesterbrogade", "Kalverstraat". */
const COMPOUND_TYPES = new Set(['st', 'pl', 'torv', 'vej', 'gade', 'alle']);
const COMPOUND_SUFFIXES = [...STREET_TYPES.entries()]
  .filter(([spelling, canonical]) => COMPOUND_TYPES.has(canonical) && spelling.length >= 3 && spelling !== 'street')
  .sort(([a], [b]) => b.length - a.length);
/** Abbreviated compounds: "Vesterbrog.", "Hovedv.", "Hauptstr.". */
const ABBREVIATED_SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['str', 'st'],
  ['g', 'gade'],
  ['v', 'vej'],
];
/** Compass directions and ordinals, each spelling under one form: "N Beacon St" = "North Beacon Street". */
const WORD_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  n: ['north', 'n'],
  s: ['south', 's'],
  e: ['east', 'e'],
  w: ['west', 'w'],
  ne: ['northeast', 'ne'],
  nw: ['northwest', 'nw'],
  se: ['southeast', 'se'],
  sw: ['southwest', 'sw'],
  '1st': ['first'],
  '2nd': ['second'],
  '3rd': ['third'],
  '4th': ['fourth'],
  '5th': ['fifth'],
  '6th': ['sixth'],
  '7th': ['seventh'],
  '8th': ['eighth'],
  '9th': ['ninth'],
  '10th': ['tenth'],
};
const WORDS = spellingTable(WORD_SPELLINGS);
const DIRECTIONS = new Set(['n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw']);
const HOUSE_NUMBER = /^\d+[a-z]?(?:[-/]\d+[a-z]?)?$/;
const MIN_STEM = 3;

/**
 * Splits a street line into name and house number. The number may come first ("12 Main Street", the name follows it)
 * or after the name ("Vesterbrogade 12B, 2. th.", floor and door are dropped). The name ends after its first
 * street-type word and an optional compass direction, which drops trailing notes such as "near hudson st".
 */
export function normaliseStreet(value: string | null | undefined): NormalisedStreet | null {
  const tokens = foldText(value ?? '')
    .split(/[\s,]+/)
    .filter((token) => /[\p{L}\p{N}]/u.test(token));
  const numberAt = tokens.findIndex((token) => HOUSE_NUMBER.test(token.replace(/\.$/, '')));
  let houseNumber: string | null = null;
  let nameTokens = tokens;
  if (numberAt >= 0) {
    const letterSuffix = numberAt > 0 && /^[a-z]$/.test(tokens[numberAt + 1] ?? '') ? tokens[numberAt + 1] : '';
    houseNumber = tokens[numberAt].replace(/\.$/, '') + letterSuffix;
    nameTokens = numberAt === 0 ? tokens.slice(1) : tokens.slice(0, numberAt);
  }
  const words = nameTokens.flatMap(foldStreetWord);
  const name = words.slice(0, endOfStreetName(words)).join(' ');
  return name === '' && houseNumber == null ? null : { name, houseNumber };
}

function foldStreetWord(token: string): string[] {
  const word = token.replace(/[^\p{L}\p{N}]/gu, '');
  const streetType = STREET_TYPES.get(word) ?? WORDS.get(word);
  if (streetType !== undefined) return [streetType];
  const suffixes = token.endsWith('.') ? [...ABBREVIATED_SUFFIXES, ...COMPOUND_SUFFIXES] : COMPOUND_SUFFIXES;
  const suffix = suffixes.find(([spelling]) => word.endsWith(spelling) && word.length - spelling.length >= MIN_STEM);
  return suffix === undefined ? [word] : [word.slice(0, -suffix[0].length), suffix[1]];
}

function endOfStreetName(words: string[]): number {
  const typeAt = words.findIndex((word, index) => index > 0 && CANONICAL_TYPES.has(word));
  if (typeAt < 0) return words.length;
  return DIRECTIONS.has(words[typeAt + 1] ?? '') ? typeAt + 2 : typeAt + 1;
}

function spellingTable(spellings: Readonly<Record<string, readonly string[]>>): Map<string, string> {
  return new Map(
    Object.entries(spellings).flatMap(([canonical, forms]) => forms.map((form) => [form, canonical] as const)),
  );
}
