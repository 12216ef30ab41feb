import type { Text } from './field-text';

// ISO 3166-1 alpha-2 officially assigned codes. ICU also names non-ISO regions (EU, XK, UK …), so it cannot be the list.
const ISO_3166_ALPHA_2 = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
    'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
    'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
    'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS ' +
    'MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS ' +
    'RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW ' +
    'TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
  ).split(' '),
);

/** Languages whose country names (from the runtime's ICU data) are recognised. */
const NAME_LOCALES = ['en', 'da', 'nb', 'nn', 'sv', 'nl', 'cs', 'de'];

/** Names people write that ICU does not give as a country's display name. */
const ALIASES: Readonly<Record<string, string>> = {
  UK: 'GB',
  'Great Britain': 'GB',
  England: 'GB',
  Scotland: 'GB',
  Wales: 'GB',
  'Northern Ireland': 'GB',
  'Czech Republic': 'CZ',
  'Česká republika': 'CZ',
  Holland: 'NL',
  'The Netherlands': 'NL',
  USA: 'US',
};

const MARKS = /\p{M}/gu;
const PUNCTUATION = /[.'’]/g;
const SPACES = /\s+/g;
const LEADING_THE = /^the /;

let nameIndex: Map<string, string> | undefined;

function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(PUNCTUATION, '')
    .replace(SPACES, ' ')
    .trim()
    .toLowerCase()
    .replace(LEADING_THE, '');
}

function buildNameIndex(): Map<string, string> {
  const index = new Map<string, string>();
  for (const code of ISO_3166_ALPHA_2) index.set(nameKey(code), code);
  for (const locale of NAME_LOCALES) {
    const names = new Intl.DisplayNames([locale], { type: 'region' });
    for (const code of ISO_3166_ALPHA_2) {
      const key = nameKey(names.of(code) ?? code);
      if (!index.has(key)) index.set(key, code);
    }
  }
  for (const [alias, code] of Object.entries(ALIASES)) index.set(nameKey(alias), code);
  return index;
}

export function isCountryCode(value: string): boolean {
  return ISO_3166_ALPHA_2.has(value);
}

/** The ISO 3166-1 alpha-2 code a country field means (the code itself, another casing, a known name or alias), else null. */
export function resolveCountry(value: Text): string | null {
  if (value == null) return null;
  if (ISO_3166_ALPHA_2.has(value)) return value;
  nameIndex ??= buildNameIndex();
  return nameIndex.get(nameKey(value)) ?? null;
}
