export interface PostalCodeFormat {
  /** matches the compact form: upper case, without spaces and hyphens */
  compact: RegExp;
  /** the canonical way to write a compact code */
  format(compact: string): string;
  expected: string;
}

const asIs = (compact: string): string => compact;
const spaceBeforeLast =
  (count: number) =>
  (compact: string): string =>
    `${compact.slice(0, -count)} ${compact.slice(-count)}`;

const FOUR_DIGITS = /^\d{4}$/;
const FIVE_DIGITS = /^\d{5}$/;

/** Postal-code formats by ISO country code. */
export const POSTAL_CODE_FORMATS: Readonly<Record<string, PostalCodeFormat>> = {
  DK: { compact: FOUR_DIGITS, format: asIs, expected: '4 digits, e.g. 2100' },
  NO: { compact: FOUR_DIGITS, format: asIs, expected: '4 digits, e.g. 0150' },
  SE: { compact: FIVE_DIGITS, format: spaceBeforeLast(2), expected: "5 digits written '123 45', e.g. 114 55" },
  NL: {
    compact: /^[1-9]\d{3}[A-Z]{2}$/,
    format: spaceBeforeLast(2),
    expected: "4 digits and 2 letters written '1234 AB', e.g. 1012 AB",
  },
  CZ: { compact: FIVE_DIGITS, format: spaceBeforeLast(2), expected: "5 digits written '123 45', e.g. 110 00" },
  DE: { compact: FIVE_DIGITS, format: asIs, expected: '5 digits, e.g. 10115' },
  GB: {
    compact: /^(GIR0AA|[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2})$/,
    format: spaceBeforeLast(3),
    expected: 'a UK postcode: outward code, space, inward code, e.g. SW1A 1AA',
  },
};
