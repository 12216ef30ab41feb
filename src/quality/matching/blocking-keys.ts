import type { NormalisedRecord } from '../normalise/normalised-record';
import { companyNameTokens } from './company-name-comparator';
import { phoneTail } from './phone-comparator';
import { phoneticKey } from './phonetic-key';

const MIN_REGISTRATION_NUMBER_LENGTH = 5;
/**
 * Longer keys are cut, which keeps them equal where they were equal. Keys were stored as text, cut to fit the column,
 * before they were stored hashed; cutting them still keeps the hashes of converted keys equal to new ones.
 */
export const MAX_KEY_LENGTH = 100;
/** Shorter mailboxes (letters and digits) are too common to key alone; common longer ones exceed a block. */
const MIN_MAILBOX = 4;
/** How many of a company name's longest words are combined with its locality. */
const COMPANY_WORDS_PER_LOCALITY = 2;
/** Shorter name words are too common to key alone. */
const MIN_NAME_WORD = 4;

/**
 * Equality keys under which a record's duplicate candidates are found; the many keys together give recall when one
 * or two fields are mistyped or missing. Broad keys hold one strong value alone, so that a pair sharing only it still
 * meets without postal code or city: registration number, e-mail, mailbox and its sound, the phone's last digits (a local
 * number finds the full one), domain, birth date, street with house number, a company name and its longest words, a
 * person's names each alone. Where a value is common its key is shared by too many records and skipped (see
 * DEFAULT_MAX_BLOCK_SIZE), so the keys' frequencies keep blocks small, and the narrow keys still find the pair: a
 * phonetic name code with the other name's code or initial, the birth year, postal code, city or relation; the city
 * with the birth year; a company
 * word with the locality; a house number and street with the locality. Look-ups are meant within one entity type.
 */
export function blockingKeysOf(record: NormalisedRecord): string[] {
  const keys = new Set<string>();
  const add = (kind: string, ...parts: Array<string | null>): void => {
    const key = blockingKey(kind, ...parts);
    if (key !== null) keys.add(key);
  };
  const { registrationNumber, email, phone, website, birthDate, postalCode, city } = record;
  if (registrationNumber != null && registrationNumber.length >= MIN_REGISTRATION_NUMBER_LENGTH)
    add('regno', registrationNumber);
  add('email', email);
  // a person's mailbox finds them at another domain or with a typo in it, its sound when it is misspelt; a company's
  // is mostly a role ("info", "sales"): keyed only when it looks personal ("anna.jensen", "aj88")
  const person = record.companyName == null;
  const rawMailbox = email?.slice(0, email.lastIndexOf('@')) ?? '';
  const mailbox = rawMailbox.replace(/[^\p{L}\d]/gu, '');
  if (mailbox.length >= MIN_MAILBOX && (person || mailbox !== rawMailbox || /\d/.test(mailbox)))
    add('mailbox', mailbox);
  const mailboxLetters = mailbox.replace(/\d/g, '');
  if (person && mailboxLetters.length >= MIN_MAILBOX) add('mailbox-sound', phoneticKey(mailboxLetters));
  add('phone', phoneTail(phone));
  add('domain', website);
  if (record.companyName != null) add('domain', record.companyDomain);

  const { firstName, lastName } = record;
  const nameCodes = [firstName, lastName].filter((name) => name != null).map(phoneticKey);
  if (firstName != null && lastName != null) {
    add('person', ...[...nameCodes].sort());
    add('person-initial', nameCodes[0], lastName.slice(0, 1));
    add('person-initial', nameCodes[1], firstName.slice(0, 1));
  }
  for (const code of nameCodes) {
    add('person-year', code, birthDate?.slice(0, 4) ?? null);
    add('person-postal', code, postalCode);
    add('person-city', code, city);
    add('person-relation', code, record.relationId);
  }
  // each name alone, whichever side it is written on: a rare one finds a pair whose other name is swapped and mistyped
  for (const name of [firstName, lastName]) add('name', nameWord(name));
  // the birth year with the city: found when both names are mistyped or missing
  add('city-year', city, birthDate?.slice(0, 4) ?? null);
  add('birth', birthDate);
  add('birth-postal', birthDate, postalCode);
  add('birth-city', birthDate, city);

  if (record.companyName != null) {
    const words = companyNameTokens(record.companyName);
    add('company', companyKeyPart(words));
    const longest = words.filter((word) => word.length >= 3).sort((a, b) => b.length - a.length || a.localeCompare(b));
    for (const word of longest.slice(0, COMPANY_WORDS_PER_LOCALITY)) {
      if (word.length >= MIN_NAME_WORD) add('company-word', word);
      add('company-city', word, city);
    }
  }

  const streetWord = record.street?.split(' ').sort((a, b) => b.length - a.length || a.localeCompare(b))[0] ?? null;
  add('address', record.houseNumber, record.street);
  add('address-city', record.houseNumber, streetWord, city);
  return [...keys];
}

/** A key of a kind and its parts; null when a part is missing. */
export function blockingKey(kind: string, ...parts: Array<string | null>): string | null {
  return parts.every((part) => part != null && part !== '')
    ? `${kind}:${parts.join('|')}`.slice(0, MAX_KEY_LENGTH)
    : null;
}

/** A person name long enough to be a key alone. */
export const nameWord = (name: string | null): string | null =>
  name != null && name.length >= MIN_NAME_WORD ? name : null;

/** A company name's words in one order: names with the same words have the same key. */
export const companyKeyPart = (words: readonly string[]): string => [...words].sort().join(' ');
