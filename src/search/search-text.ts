import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js';
import { normaliseCountry } from '../quality/normalise/country-normaliser';
import { foldText } from '../quality/normalise/text-normaliser';
import { RECORD_TYPES, type EntityType } from '../entities/record-types';
import { SEARCH_TEXT_LENGTH, TOKEN_LENGTH } from '../entities/search-token.entity';

export type SearchSource = Readonly<Record<string, string | null | undefined>>;

const WORD = /[\p{L}\p{N}]+/gu;
const digitsOf = (value: string) => value.replace(/\D/g, '');

/** A code as written, without its spaces and punctuation, and its digits alone ("DK-12 34" → "DK1234", "1234"). */
function codeForms(value: string): string[] {
  return [value, value.replace(/[^\p{L}\p{N}]/gu, ''), digitsOf(value)];
}

/**
 * A phone number as written, its digits, and (when it parses, with the record's country as default) E.164, the
 * national format and the national number with and without the trunk prefix: "+45 40 12 34 56" is found by
 * "+4540123456", "4540123456" and "40123456"; "+31 20 123 4567" by "020 123 4567" and "0201234567".
 */
function phoneForms(phone: string, country: string | null | undefined): string[] {
  const forms = [phone, digitsOf(phone)];
  const code = normaliseCountry(country ?? null);
  const parsed = parsePhoneNumberFromString(phone, code != null && isSupportedCountry(code) ? code : undefined);
  if (parsed?.isPossible()) {
    const national = parsed.formatNational();
    forms.push(parsed.number, national, digitsOf(national), parsed.nationalNumber);
  }
  return forms;
}

/**
 * The folded text a record is searched in (case and diacritics folded, ø→o, æ→ae, ß→ss …, see foldText): its
 * searched columns, its codes' compact forms and its phone's forms, each once. `source` holds the record's columns
 * and `country` (a contact's is its relation's).
 */
export function searchTextOf(entityType: EntityType, source: SearchSource): string {
  const { text, codes } = RECORD_TYPES[entityType].searched;
  const parts: string[] = [];
  for (const column of text) if (source[column]) parts.push(source[column]);
  for (const column of codes) if (source[column]) parts.push(...codeForms(source[column]));
  if (source.phone) parts.push(...phoneForms(source.phone, source.country));
  const folded = parts.map((part) => foldText(part).replace(/\s+/g, ' ').trim()).filter(Boolean);
  return [...new Set(folded)].join(' ').slice(0, SEARCH_TEXT_LENGTH);
}

/** The words of a search text, each once, as the token index holds them. */
export function tokensOf(searchText: string): string[] {
  return [...new Set((searchText.match(WORD) ?? []).map((word) => word.slice(0, TOKEN_LENGTH)))];
}

/** One word of what a person typed: `text` must occur in the record's search text, and `prefix`, when there is one, must begin one of its words. */
export interface SearchWord {
  text: string;
  prefix: string | null;
}

const MAX_WORDS = 5;

/**
 * The words of a search, folded as stored text is. A word's longest run of letters and digits is looked up in the
 * token index (the rarest part of the word, mostly); punctuation the person typed must match too. An international
 * number typed with 00 ("004540123456") is read as with "+".
 */
export function searchWords(text: string | null | undefined): SearchWord[] {
  return (text ?? '')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, MAX_WORDS)
    .map((word) => {
      const folded = /^00\d+$/.test(word) ? `+${word.slice(2)}` : foldText(word);
      const parts = folded.match(WORD) ?? [];
      const longest = parts.reduce<string | null>((a, b) => (a == null || b.length > a.length ? b : a), null);
      return { text: folded, prefix: longest?.slice(0, TOKEN_LENGTH) ?? null };
    })
    .filter((word) => word.text !== '');
}
