import { Metadata, type MetadataJson } from 'libphonenumber-js/core';
import {
  getExampleNumber,
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import metadataJson from 'libphonenumber-js/metadata.max.json';
import { resolveCountry } from './country-code';
import type { Text } from './field-text';

export interface PhoneReading {
  number: PhoneNumber | undefined;
  valid: boolean;
}

const INTERNATIONAL = /^\s*(\+|00)/;

// the same JSON libphonenumber-js/max parses with; TypeScript types it by its literal contents
const metadata = metadataJson as unknown as MetadataJson;
const plans = new Metadata(metadata);
const expectations = new Map<string, string>();

let lastText: string | undefined;
let lastCountry: CountryCode | undefined;
let lastReading: PhoneReading = { number: undefined, valid: false };

/** The country a record's national numbers are read by, when the phone metadata knows it. */
export function phoneCountry(country: Text): CountryCode | undefined {
  const code = resolveCountry(country);
  return code !== null && isSupportedCountry(code) ? code : undefined;
}

export function isInternational(phone: string): boolean {
  return INTERNATIONAL.test(phone);
}

/** Parses once for both phone rules: they read the same number one after the other. */
export function readPhone(phone: string, country: CountryCode | undefined): PhoneReading {
  if (phone !== lastText || country !== lastCountry) {
    const number = parsePhoneNumberFromString(phone, country);
    lastReading = { number, valid: number?.isValid() ?? false };
    lastText = phone;
    lastCountry = country;
  }
  return lastReading;
}

/** The country an invalid number is judged by: its own +CC when it has one, else the record's. */
export function judgedCountry(
  number: PhoneNumber | undefined,
  country: CountryCode | undefined,
): CountryCode | undefined {
  if (!number) return country;
  return number.country ?? metadata.country_calling_codes[number.countryCallingCode]?.[0] ?? country;
}

function digitCounts(lengths: number[]): string {
  const first = lengths[0];
  const last = lengths[lengths.length - 1];
  if (lengths.length === 1) return `${first} digits`;
  if (last - first === lengths.length - 1) return `${first} to ${last} digits`;
  return `${lengths.slice(0, -1).join(', ')} or ${last} digits`;
}

/** "8 digits, e.g. +45 34 41 23 45": what a national number of the country looks like. */
export function phoneExpectation(country: CountryCode): string {
  let text = expectations.get(country);
  if (text === undefined) {
    plans.selectNumberingPlan(country);
    const lengths = plans.numberingPlan?.possibleLengths() ?? [];
    const example = getExampleNumber(country, examples);
    text = [lengths.length ? digitCounts(lengths) : null, example ? `e.g. ${example.formatInternational()}` : null]
      .filter((part) => part !== null)
      .join(', ');
    expectations.set(country, text);
  }
  return text;
}
