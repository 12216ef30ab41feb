import { canonicalLegalForm, LEGAL_FORM } from './legal-form';

const WORD_START = /(^|[\s\-/(&"])(\p{L})/gu;
// O'Brien, D'Angelo
const APOSTROPHE_PREFIX = /(^|\s)(\p{L}')(\p{L})/gu;

/** "HANSEN & SØN APS" → "Hansen & Søn ApS": words capitalised, legal forms as they are written. */
export function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(WORD_START, (_, before: string, letter: string) => before + letter.toUpperCase())
    .replace(
      APOSTROPHE_PREFIX,
      (_, before: string, prefix: string, letter: string) => before + prefix + letter.toUpperCase(),
    )
    .replace(LEGAL_FORM, canonicalLegalForm);
}
