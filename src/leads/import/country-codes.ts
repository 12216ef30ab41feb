import { foldHeader } from './header-fold';

const COUNTRY_NAMES: Record<string, string[]> = {
  DK: ['Danmark', 'Denmark', 'Dänemark', 'Dánsko', 'Denemarken', 'DNK'],
  NO: ['Norge', 'Noreg', 'Norway', 'Norsko', 'Noorwegen', 'NOR'],
  SE: ['Sverige', 'Sweden', 'Švédsko', 'Zweden', 'SWE'],
  FI: ['Finland', 'Suomi', 'Finsko', 'FIN'],
  IS: ['Island', 'Iceland', 'Ísland', 'ISL'],
  NL: ['Nederland', 'Netherlands', 'The Netherlands', 'Holland', 'Nizozemsko', 'NLD'],
  BE: ['Belgien', 'Belgium', 'België', 'Belgie', 'Belgique', 'BEL'],
  CZ: ['Česko', 'Česká republika', 'Czech Republic', 'Czechia', 'Tjekkiet', 'Tsjekkia', 'Tjeckien', 'Tsjechië', 'CZE'],
  SK: ['Slovensko', 'Slovakia', 'Slovakiet', 'Slowakije', 'SVK'],
  DE: ['Deutschland', 'Germany', 'Tyskland', 'Duitsland', 'Německo', 'DEU'],
  AT: ['Österreich', 'Austria', 'Østrig', 'Østerrike', 'Oostenrijk', 'Rakousko', 'AUT'],
  PL: ['Polska', 'Poland', 'Polen', 'Polsko', 'POL'],
  GB: [
    'UK',
    'United Kingdom',
    'Great Britain',
    'England',
    'Storbritannien',
    'Storbritannia',
    'Verenigd Koninkrijk',
    'Velká Británie',
    'GBR',
  ],
  US: ['USA', 'United States', 'United States of America'],
};

const CODE_OF = new Map(
  Object.entries(COUNTRY_NAMES).flatMap(([code, names]) => names.map((name) => [foldHeader(name), code] as const)),
);

/** ISO alpha-2 for a well-known country name or code ("Danmark", "dk", "CZE"); any other text unchanged. */
export function countryCode(text: string): string {
  return CODE_OF.get(foldHeader(text)) ?? (/^[a-z]{2}$/i.test(text) ? text.toUpperCase() : text);
}
