import { foldText } from './text-normaliser';

/** A country prefix written before the code: "DK-2100", "SE 123 45", "NL 1234 AB". */
const SEPARATED_PREFIX = /^[A-Z]{1,2}[\s-]+(?=\d)/;
/** A prefix glued to the code, only where the rest cannot be a British outward code: "DK2100", "NL1234AB". */
const GLUED_PREFIX = /^[A-Z]{1,2}(?=\d+$|\d{4}[A-Z]{2}$)/;

/** Postal code as upper-case letters and digits without the country prefix ("NL 1234 ab" → "1234AB"); null when empty. */
export function normalisePostalCode(value: string | null | undefined): string | null {
  const text = foldText(value ?? '')
    .trim()
    .toUpperCase()
    .replace(SEPARATED_PREFIX, '');
  const code = text.replace(/[^A-Z0-9]/g, '').replace(GLUED_PREFIX, '');
  return code === '' ? null : code;
}
