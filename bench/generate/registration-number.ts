import type { CountryCode } from './country-profile';
import { scatter } from './prng';

function weightedSum(payload: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) sum += (payload.charCodeAt(i) - 48) * weights[i];
  return sum;
}

function luhnCheckDigit(payload: string): number {
  let sum = 0;
  for (let i = payload.length - 1, double = true; i >= 0; i--, double = !double) {
    const d = (payload.charCodeAt(i) - 48) * (double ? 2 : 1);
    sum += d > 9 ? d - 9 : d;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * Mod-11 numbers (CVR, orgnr) leave one payload in eleven without a check digit. The last payload digit
 * weighs 2, so for any head exactly nine of its ten values work: `u` picks the head (u / 9) and which of
 * those nine (u % 9), numbering the valid numbers one-to-one.
 */
function mod11(u: number, headBase: number, weights: readonly number[]): string {
  const head = String(headBase + Math.floor(u / 9));
  let skip = u % 9;
  for (let last = 0; ; last++) {
    const payload = head + last;
    const check = (11 - (weightedSum(payload, weights) % 11)) % 11;
    if (check < 10 && skip-- === 0) return payload + check;
  }
}

/** How many distinct numbers each country can hand out before they repeat. */
const SPACE: Record<CountryCode, number> = {
  DK: 8_100_000,
  NO: 18_000_000,
  SE: 4_000_000,
  NL: 90_000_000,
  CZ: 9_000_000,
};

/** A registration number with a valid checksum, written the usual way; distinct `serial`s give distinct numbers. */
export function registrationNumber(country: CountryCode, serial: number, salt: number): string {
  const u = scatter(serial, SPACE[country], salt);
  switch (country) {
    case 'DK': // CVR: 8 digits, weights 2,7,6,5,4,3,2,1, sum ≡ 0 (mod 11)
      return mod11(u, 100_000, [2, 7, 6, 5, 4, 3, 2]);
    case 'NO': // organisasjonsnummer: 9 digits starting 8 or 9, weights 3,2,7,6,5,4,3,2,1
      return mod11(u, 8_000_000, [3, 2, 7, 6, 5, 4, 3, 2]);
    case 'SE': {
      // organisationsnummer of an aktiebolag: 556xxx to 559xxx, Luhn check digit
      const payload = String(556_000_000 + u);
      return `${payload.slice(0, 6)}-${payload.slice(6)}${luhnCheckDigit(payload)}`;
    }
    case 'NL': // KvK-nummer: 8 digits, no check digit
      return String(10_000_000 + u);
    case 'CZ': {
      // IČO: 8 digits, weights 8..2, check (11 - sum mod 11) mod 10; a leading 9 is not issued
      const payload = String(u).padStart(7, '0');
      return payload + ((11 - (weightedSum(payload, [8, 7, 6, 5, 4, 3, 2]) % 11)) % 10);
    }
  }
}

/** Other ways people write the same number (VAT prefixes, spacing, labels). */
export function registrationNumberVariants(country: CountryCode, canonical: string): readonly string[] {
  switch (country) {
    case 'DK':
      return [`DK${canonical}`, `DK ${canonical}`, canonical.replace(/(\d\d)(?=\d)/g, '$1 ')];
    case 'NO':
      return [canonical.replace(/^(\d{3})(\d{3})/, '$1 $2 '), `NO${canonical}MVA`, `${canonical} MVA`];
    case 'SE':
      return [canonical.replace('-', ''), `SE${canonical.replace('-', '')}01`, canonical.replace('-', ' ')];
    case 'NL':
      return [`KvK ${canonical}`, `KVK${canonical}`];
    case 'CZ':
      return [`CZ${canonical}`, canonical.replace(/^(\d{3})(\d\d)/, '$1 $2 '), `IČ ${canonical}`];
  }
}
