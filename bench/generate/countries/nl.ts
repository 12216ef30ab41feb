import type { CountryProfile } from '../country-profile';
import { chance, int, pick, type Random } from '../prng';

/** letters used in postcodes; SA, SD and SS are never issued */
const POSTCODE_LETTERS = 'ABCDEGHJKLMNPRSTVWXZ';

function postcodeLetters(r: Random): string {
  for (;;) {
    const pair = POSTCODE_LETTERS[int(r, POSTCODE_LETTERS.length)] + POSTCODE_LETTERS[int(r, POSTCODE_LETTERS.length)];
    if (pair !== 'SA' && pair !== 'SD' && pair !== 'SS') return pair;
  }
}

/** Company names start with a capital even when the surname starts with "van" or "de". */
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const netherlands: CountryProfile = {
  code: 'NL',
  weight: 15,
  tld: 'nl',
  maleFirstNames: [
    'Jan', 'Pieter', 'Kees', 'Henk', 'Willem', 'Johannes', 'Cornelis', 'Hendrik', 'Gerrit', 'Dirk', 'Bram', 'Daan', 'Sem',
    'Lucas', 'Thijs', 'Jeroen', 'Maarten', 'Sander', 'Ruud', 'Bart', 'Joost', 'Niels', 'Stijn', 'Koen', 'Wouter',
  ],
  femaleFirstNames: [
    'Anna', 'Maria', 'Sanne', 'Femke', 'Lotte', 'Eva', 'Anouk', 'Sophie', 'Emma', 'Julia', 'Lieke', 'Marieke', 'Inge',
    'Ingrid', 'Els', 'Annemieke', 'Mieke', 'Fleur', 'Noor', 'Saskia', 'Esther', 'Linda', 'Ilse', 'Renée', 'Zoë',
  ],
  lastNames: [
    'de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer',
    'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit',
    'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'van der Linden', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen',
    'van den Heuvel', 'van der Veen', 'van den Broek', 'de Bruijn', 'van der Heijden', 'Schouten', 'van Beek', 'Willems',
    'van Vliet', 'van de Ven', 'Hoekstra', 'Maas', 'Verhoeven', 'Koster', 'van Dam', 'van der Wal', 'Prins', 'Blom',
    'Huisman', "van 't Hof", 'Kuipers', 'Timmermans',
  ],
  middleNameShare: 0,
  prefixes: [
    'Hollandse', 'Nederlandse', 'Brabantse', 'Friese', 'Groninger', 'Limburgse', 'Zeeuwse', 'Utrechtse', 'Gelderse',
    'Twentse', 'Noord', 'Zuid', 'Oost', 'West', 'Delta', 'Polder', 'Dijk', 'Groene', 'Nieuwe', 'Totaal', 'Pro', 'Top',
    'Centrum', 'Euro', 'Holland', 'Oranje', 'Kust', 'Rivier', 'Molen', 'Tulp', 'Veluwse', 'Drentse', 'Randstad', 'Waddeneiland',
  ],
  trades: [
    'Installatietechniek', 'Bouw', 'Loodgieters', 'Elektrotechniek', 'Schilders', 'Dakdekkers', 'Timmerwerken',
    'Metselwerken', 'Transport', 'Administratie', 'Accountants', 'Vastgoed', 'Holding', 'Advies', 'ICT',
    'Automatisering', 'Autobedrijf', 'Lastechniek', 'Glas', 'Vloeren', 'Grondwerken', 'Aannemers', 'Koeltechniek',
    'Ventilatie', 'Installaties', 'Isolatie', 'Montage', 'Handel', 'Import', 'Marketing', 'Ontwerp', 'Architecten',
    'Advocaten', 'Catering', 'Schoonmaak', 'Logistiek', 'Machines', 'Energie', 'Zonne-energie', 'Sloten', 'Verhuizingen',
    'Glazenwassers', 'Hoveniers', 'Vis', 'Jachtbouw', 'Werkplaats', 'Hout', 'Beton', 'Steigers', 'Interieur', 'Keukens',
  ],
  nameTemplates: [
    [3, (w) => `${w.prefix} ${w.trade}`],
    [14, (w) => `${w.prefix} ${w.trade} ${w.place}`],
    [8, (w) => `${w.prefix} ${w.trade} & ${w.otherTrade}`],
    [3, (w) => `${capital(w.last)} ${w.trade}`],
    [3, (w) => `${w.trade} ${w.place}`],
    [24, (w) => `${w.first} ${w.last} ${w.trade}`],
    [3, (w) => `${w.initials} ${w.trade}`],
    [8, (w) => `${w.initials} ${w.trade} ${w.place}`],
    [12, (w) => `${capital(w.last)} & ${capital(w.otherLast)} ${w.trade}`],
    [12, (w) => `${capital(w.last)} ${w.trade} ${w.place}`],
    [10, (w) => `${capital(w.last)} ${w.trade} & ${w.otherTrade}`],
  ],
  legalForms: [
    { weight: 70, variants: [' B.V.', ' BV', ' b.v.', ' bv', ' B.V'] },
    { weight: 10, variants: [' V.O.F.', ' VOF', ' v.o.f.'] },
    { weight: 2, variants: [' N.V.', ' NV'] },
    { weight: 18, variants: [''] },
  ],
  streets: [
    'Kerkstraat', 'Dorpsstraat', 'Schoolstraat', 'Molenstraat', 'Stationsweg', 'Hoofdstraat', 'Nieuwstraat', 'Kerkweg',
    'Molenweg', 'Julianastraat', 'Wilhelminastraat', 'Beatrixstraat', 'Oranjestraat', 'Parallelweg', 'Industrieweg',
    'Marktstraat', 'Raadhuisstraat', 'Prins Bernhardstraat', 'Emmastraat', 'Sportlaan', 'Lindelaan', 'Eikenlaan',
    'Beukenlaan', 'Dijkweg', 'Havenstraat', 'Voorstraat', 'Achterweg', 'Kanaalweg', 'Vondelstraat', 'Herengracht',
    'Keizersgracht', 'Prinsengracht', 'Koningsweg', 'Burgemeester de Withstraat', 'Burgemeester van Roijensingel',
    'Nieuwe Binnenweg', 'Zuiderzeeweg', 'Schiekade', 'Oudegracht', 'Stratumseind',
  ],
  streetNumber: (r) => {
    const house = String(1 + int(r, 180));
    return chance(r, 0.12) ? house + pick(r, ['a', 'b', 'c', '-1', '-2', ' A', ' bis']) : house;
  },
  streetAbbreviations: [
    [/straat\b/, 'str.'],
    [/laan\b/, 'ln.'],
    [/gracht\b/, 'gr.'],
    [/^Burgemeester /, 'Burg. '],
    [/^Prins /, 'Pr. '],
  ],
  cities: [
    ['Amsterdam', 1011, 1109], ['Rotterdam', 3011, 3089], ["'s-Gravenhage", 2491, 2599], ['Utrecht', 3511, 3585],
    ['Eindhoven', 5611, 5658], ['Groningen', 9711, 9747], ['Tilburg', 5011, 5049], ['Almere', 1311, 1364],
    ['Breda', 4811, 4839], ['Nijmegen', 6511, 6546], ['Apeldoorn', 7311, 7339], ['Haarlem', 2011, 2037],
    ['Arnhem', 6811, 6846], ['Enschede', 7511, 7548], ['Amersfoort', 3811, 3829], ['Zwolle', 8011, 8043],
    ['Leiden', 2311, 2334], ['Maastricht', 6211, 6229], ['Dordrecht', 3311, 3329], ["'s-Hertogenbosch", 5211, 5237],
    ['Zaandam', 1501, 1509], ['Leeuwarden', 8911, 8939], ['Delft', 2611, 2629], ['Alkmaar', 1811, 1827],
  ],
  postalCode: (code, r) => `${code} ${postcodeLetters(r)}`,
  phone: {
    callingCode: '31',
    trunk: '0',
    areaDash: true,
    blocks: [
      { prefixes: '61 62 63 64 65 68'.split(' '), length: 9, groups: [1, 8], mobile: true },
      {
        prefixes: '20 10 30 70 40 50 13 15 23 24 26 33 35 38 43 45 53 55 58 71 72 73 76 77 78 79'.split(' '),
        length: 9, groups: [2, 3, 4], mobile: false,
      },
    ],
  },
  companyMailboxes: ['info', 'contact', 'administratie', 'verkoop', 'kantoor', 'post'],
  freeMailDomains: [
    'gmail.com', 'hotmail.com', 'ziggo.nl', 'kpnmail.nl', 'live.nl', 'home.nl', 'outlook.com', 'hetnet.nl', 'planet.nl',
  ],
};
