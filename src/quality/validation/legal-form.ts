/** Company legal forms as they are correctly written, for the countries the CRM serves. */
const LEGAL_FORMS = [
  // DK
  'A/S',
  'ApS',
  'I/S',
  'K/S',
  'P/S',
  'IVS',
  'SMBA',
  'AMBA',
  'FMBA',
  // NO
  'AS',
  'ASA',
  'ANS',
  'NUF',
  // SE
  'AB',
  'HB',
  'KB',
  '(publ)',
  // NL
  'B.V.',
  'BV',
  'N.V.',
  'NV',
  'V.O.F.',
  'VOF',
  'C.V.',
  // CZ
  's.r.o.',
  'spol. s r.o.',
  'a.s.',
  'v.o.s.',
  'k.s.',
  // DE
  'GmbH',
  'gGmbH',
  'mbH',
  'AG',
  'KG',
  'OHG',
  'UG',
  'GbR',
  'e.K.',
  'e.V.',
  // GB
  'Ltd',
  'Ltd.',
  'PLC',
  'LLP',
];

const CANONICAL = new Map(LEGAL_FORMS.map((form) => [form.toLowerCase(), form]));

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

// longest first, so "spol. s r.o." wins over "s.r.o." and "ASA" over "AS"
const ALTERNATIVES = [...LEGAL_FORMS]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');

/** Every legal form in a text, in any casing, standing as a word of its own. */
export const LEGAL_FORM = new RegExp(`(?<![\\p{L}\\d.])(?:${ALTERNATIVES})(?![\\p{L}\\d])`, 'giu');

export function canonicalLegalForm(form: string): string {
  return CANONICAL.get(form.toLowerCase()) ?? form;
}
