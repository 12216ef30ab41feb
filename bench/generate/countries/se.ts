import type { CountryProfile } from '../country-profile';
import { chance, int, pick } from '../prng';

export const sweden: CountryProfile = {
  code: 'SE',
  weight: 20,
  tld: 'se',
  maleFirstNames: [
    'Erik', 'Lars', 'Karl', 'Anders', 'Johan', 'Per', 'Nils', 'Mikael', 'Björn', 'Jan', 'Hans', 'Peter', 'Olof', 'Gustav',
    'Oskar', 'Axel', 'Emil', 'Linus', 'Måns', 'Göran', 'Åke', 'Sven', 'Stefan', 'Magnus', 'Fredrik',
  ],
  femaleFirstNames: [
    'Anna', 'Maria', 'Eva', 'Karin', 'Kristina', 'Lena', 'Sara', 'Emma', 'Ingrid', 'Birgitta', 'Elin', 'Sofia', 'Åsa',
    'Märta', 'Linnéa', 'Frida', 'Ebba', 'Malin', 'Helena', 'Ulla', 'Agneta', 'Margareta', 'Johanna', 'Ylva', 'Sigrid',
  ],
  lastNames: [
    'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson',
    'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg', 'Jakobsson', 'Magnusson',
    'Olofsson', 'Lindström', 'Lindqvist', 'Lindgren', 'Berg', 'Axelsson', 'Bergström', 'Lundberg', 'Lundgren',
    'Lundqvist', 'Mattsson', 'Berglund', 'Fredriksson', 'Sandberg', 'Henriksson', 'Forsberg', 'Sjöberg', 'Wallin',
    'Engström', 'Eklund', 'Danielsson', 'Håkansson', 'Lundin', 'Björk', 'Bergman', 'Gunnarsson', 'Holm', 'Wikström',
    'Åberg', 'Söderberg', 'Öberg', 'Strömberg', 'Hedlund',
  ],
  middleNameShare: 0.1,
  prefixes: [
    'Svensk', 'Nordisk', 'Skandinavisk', 'Västsvensk', 'Norrländsk', 'Skånsk', 'Småländsk', 'Göta', 'Mälar', 'Norr',
    'Syd', 'Väst', 'Öst', 'Nord', 'Kust', 'Fjäll', 'Sjö', 'Skogs', 'Berg', 'Ny', 'Grön', 'Total', 'Pro', 'Topp', 'Center',
    'Stor', 'Miljö', 'Trygg', 'Snabb', 'Vasa', 'Roslagens', 'Dalarnas', 'Värmlands', 'Gotlands', 'Höga Kusten', 'Östgöta',
  ],
  trades: [
    'Bygg', 'Rör', 'El', 'Måleri', 'Tak', 'Snickeri', 'Murare', 'Transport', 'Redovisning', 'Revision', 'Fastigheter',
    'Holding', 'Konsult', 'IT', 'Data', 'Bil', 'Svets', 'Glas', 'Golv', 'Mark', 'Entreprenad', 'Kyl', 'Ventilation',
    'Installation', 'Gräv', 'Isolering', 'Montage', 'Handel', 'Import', 'Marknadsföring', 'Design', 'Arkitekter',
    'Advokatbyrå', 'Catering', 'Städ', 'Logistik', 'Maskin', 'Energi', 'Solenergi', 'Lås', 'Flytt', 'Fönsterputs',
    'Trädgård', 'Fisk', 'Båt', 'Verkstad', 'Trä', 'Betong', 'Ställning', 'VVS', 'Kök', 'Inredning',
  ],
  nameTemplates: [
    [3, (w) => `${w.prefix} ${w.trade}`],
    [14, (w) => `${w.prefix} ${w.trade} i ${w.place}`],
    [8, (w) => `${w.prefix} ${w.trade} & ${w.otherTrade}`],
    [3, (w) => `${w.last} ${w.trade}`],
    [3, (w) => `${w.place} ${w.trade}`],
    [26, (w) => `${w.first} ${w.last} ${w.trade}`],
    [3, (w) => `${w.initials} ${w.trade}`],
    [8, (w) => `${w.initials} ${w.trade} ${w.place}`],
    [12, (w) => `${w.last} & ${w.otherLast} ${w.trade}`],
    [12, (w) => `${w.last}s ${w.trade} i ${w.place}`],
    [8, (w) => `${w.last}s ${w.trade} & ${w.otherTrade}`],
  ],
  legalForms: [
    { weight: 80, variants: [' AB', ' Ab', ' Aktiebolag', ' ab'] },
    { weight: 8, variants: [' HB', ' Handelsbolag', ' hb'] },
    { weight: 4, variants: [' KB', ' Kommanditbolag'] },
    { weight: 8, variants: [''] },
  ],
  streets: [
    'Kungsgatan', 'Drottninggatan', 'Storgatan', 'Köpmangatan', 'Kyrkogatan', 'Järnvägsgatan', 'Stationsgatan',
    'Skolgatan', 'Nygatan', 'Västra Hamngatan', 'Östra Storgatan', 'Sveavägen', 'Götgatan', 'Hamngatan', 'Torggatan',
    'Industrivägen', 'Storvägen', 'Parkvägen', 'Skogsvägen', 'Björkvägen', 'Ekvägen', 'Lindvägen', 'Strandvägen',
    'Kyrkvägen', 'Bruksgatan', 'Fabriksgatan', 'Hantverkargatan', 'Vasagatan', 'Linnégatan', 'Södra Vägen', 'Östergatan',
    'Västergatan', 'Norra Vägen', 'Ringvägen', 'Sjögatan', 'Åvägen', 'Ängsvägen', 'Malmvägen', 'Verkstadsgatan',
    'Företagsvägen', 'Norra Långgatan', 'Södra Järnvägsgatan',
  ],
  streetNumber: (r, isPrivate) => {
    const house = `${1 + int(r, 90)}${chance(r, 0.1) ? pick(r, ['A', 'B', 'C']) : ''}`;
    return isPrivate && chance(r, 0.2) ? `${house}, lgh ${1001 + int(r, 4) * 100 + int(r, 6)}` : house;
  },
  streetAbbreviations: [
    [/gatan\b/, 'g.'],
    [/vägen\b/, 'v.'],
    [/^Västra /, 'V. '],
    [/^Östra /, 'Ö. '],
    [/^Södra /, 'S. '],
    [/^Norra /, 'N. '],
  ],
  cities: [
    ['Stockholm', 11120, 11869], ['Göteborg', 41101, 41879], ['Malmö', 21111, 21787], ['Uppsala', 75220, 75759],
    ['Västerås', 72210, 72481], ['Örebro', 70210, 70379], ['Linköping', 58220, 58758], ['Helsingborg', 25220, 25670],
    ['Jönköping', 55300, 55642], ['Norrköping', 60220, 60386], ['Lund', 22220, 22738], ['Umeå', 90325, 90760],
    ['Gävle', 80250, 80649], ['Borås', 50330, 50764], ['Södertälje', 15130, 15271], ['Eskilstuna', 63220, 63561],
    ['Karlstad', 65220, 65680], ['Täby', 18330, 18779], ['Växjö', 35230, 35263], ['Halmstad', 30220, 30295],
    ['Sundsvall', 85230, 85759], ['Luleå', 97231, 97596], ['Trollhättan', 46130, 46198], ['Östersund', 83130, 83199],
    ['Kalmar', 39230, 39365], ['Falun', 79130, 79196], ['Skövde', 54130, 54166], ['Kristianstad', 29130, 29194],
  ],
  postalCode: (code) => `${String(code).slice(0, 3)} ${String(code).slice(3)}`,
  phone: {
    callingCode: '46',
    trunk: '0',
    areaDash: true,
    blocks: [
      { prefixes: '70 72 73 76 79'.split(' '), length: 9, groups: [2, 3, 2, 2], mobile: true },
      { prefixes: ['8'], length: 9, groups: [1, 3, 3, 2], mobile: false },
      {
        prefixes: '31 40 11 13 16 21 23 26 33 35 36 42 44 46 60 63'.split(' '),
        length: 9, groups: [2, 3, 2, 2], mobile: false,
      },
    ],
  },
  companyMailboxes: ['info', 'kontakt', 'order', 'post', 'kundtjanst', 'ekonomi'],
  freeMailDomains: ['gmail.com', 'hotmail.com', 'hotmail.se', 'live.se', 'spray.se', 'yahoo.se', 'outlook.com', 'icloud.com'],
};
