import type { CountryProfile } from '../country-profile';
import { chance, int, pick } from '../prng';

export const norway: CountryProfile = {
  code: 'NO',
  weight: 20,
  tld: 'no',
  maleFirstNames: [
    'Ola', 'Per', 'Lars', 'Jan', 'Bjørn', 'Knut', 'Arne', 'Kjell', 'Terje', 'Øyvind', 'Geir', 'Håkon', 'Eirik', 'Sindre',
    'Magnus', 'Jonas', 'Sigurd', 'Tor', 'Ståle', 'Espen', 'Trond', 'Rune', 'Morten', 'Anders', 'Henrik',
  ],
  femaleFirstNames: [
    'Kari', 'Anne', 'Ingrid', 'Liv', 'Åse', 'Solveig', 'Marit', 'Randi', 'Hilde', 'Siri', 'Ingvild', 'Tone', 'Nina',
    'Ragnhild', 'Synnøve', 'Sølvi', 'Kristin', 'Silje', 'Ida', 'Nora', 'Emma', 'Sara', 'Thea', 'Marte', 'Guro',
  ],
  lastNames: [
    'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen',
    'Johnsen', 'Pettersen', 'Eriksen', 'Berg', 'Haugen', 'Hagen', 'Johannessen', 'Andreassen', 'Jacobsen', 'Dahl',
    'Jørgensen', 'Halvorsen', 'Henriksen', 'Lund', 'Sørensen', 'Moen', 'Gundersen', 'Iversen', 'Strand', 'Solberg',
    'Svendsen', 'Eide', 'Knutsen', 'Martinsen', 'Bakken', 'Kristoffersen', 'Mathisen', 'Lie', 'Amundsen', 'Lunde',
    'Solheim', 'Berge', 'Nygård', 'Sæther', 'Aas', 'Myhre', 'Haugland', 'Rønning', 'Næss', 'Ødegård', 'Strøm', 'Bøe',
  ],
  middleNameShare: 0.15,
  prefixes: [
    'Norsk', 'Nordisk', 'Vestlandsk', 'Fjord', 'Fjell', 'Kyst', 'Nord', 'Sør', 'Vest', 'Øst', 'Midt', 'Trøndersk',
    'Viking', 'Polar', 'Aurora', 'Skandinavisk', 'Ny', 'Grønn', 'Total', 'Pro', 'Topp', 'Senter', 'Hav', 'Bre', 'Elv',
    'Skog', 'Stein', 'Dal', 'Nordlys', 'Midnattsol', 'Fosen', 'Jæren', 'Hålogaland', 'Romerike', 'Agder', 'Sogn',
  ],
  trades: [
    'Rør', 'Bygg', 'Elektro', 'Maling', 'Tak', 'Snekker', 'Mur', 'Transport', 'Regnskap', 'Revisjon', 'Eiendom', 'Holding',
    'Consulting', 'IT', 'Data', 'Auto', 'Sveis', 'Glass', 'Gulv', 'Anlegg', 'Entreprenør', 'Kjøleteknikk', 'Ventilasjon',
    'Installasjon', 'Graving', 'Isolasjon', 'Montasje', 'Handel', 'Import', 'Marked', 'Design', 'Arkitekter',
    'Advokatfirma', 'Catering', 'Renhold', 'Logistikk', 'Maskin', 'Energi', 'Solenergi', 'Lås', 'Flytting',
    'Vinduspuss', 'Hage', 'Fisk', 'Sjømat', 'Båt', 'Verksted', 'Trelast', 'Betong', 'Stillas', 'Kjøkken', 'Interiør',
  ],
  nameTemplates: [
    [3, (w) => `${w.prefix} ${w.trade}`],
    [14, (w) => `${w.prefix} ${w.trade} ${w.place}`],
    [8, (w) => `${w.prefix} ${w.trade} & ${w.otherTrade}`],
    [3, (w) => `${w.last} ${w.trade}`],
    [3, (w) => `${w.place} ${w.trade}`],
    [26, (w) => `${w.first} ${w.last} ${w.trade}`],
    [3, (w) => `${w.initials} ${w.trade}`],
    [8, (w) => `${w.initials} ${w.trade} ${w.place}`],
    [12, (w) => `${w.last} & ${w.otherLast} ${w.trade}`],
    [12, (w) => `${w.last} ${w.trade} ${w.place}`],
    [8, (w) => `${w.last} ${w.trade} & ${w.otherTrade}`],
  ],
  legalForms: [
    { weight: 70, variants: [' AS', ' A/S', ' A.S.', ' As', ' as'] },
    { weight: 8, variants: [' ENK', ' Enk', ' enk.'] },
    { weight: 3, variants: [' ASA', ' Asa'] },
    { weight: 5, variants: [' DA', ' D.A.', ' da'] },
    { weight: 5, variants: [' ANS', ' Ans'] },
    { weight: 9, variants: [''] },
  ],
  streets: [
    'Storgata', 'Kirkegata', 'Strandgata', 'Kongens gate', 'Dronningens gate', 'Torggata', 'Markveien', 'Parkveien',
    'Skolegata', 'Industriveien', 'Sjøgata', 'Karl Johans gate', 'Grensen', 'Bogstadveien', 'Trondheimsveien',
    'Drammensveien', 'Hovedveien', 'Stasjonsveien', 'Fjellveien', 'Skogveien', 'Bjørkeveien', 'Granveien', 'Havnegata',
    'Sentrumsveien', 'Møllergata', 'Prinsens gate', 'Olav Tryggvasons gate', 'Nordre gate', 'Søndre gate', 'Bekkeveien',
    'Eikeveien', 'Furuveien', 'Solveien', 'Åsveien', 'Kirkeveien', 'Nygata', 'Vestre gate', 'Østre gate', 'Teatergata',
    'Jernbanegata', 'Brugata', 'Bryggeveien', 'Lienvegen', 'Myrvegen', 'Fjordvegen', 'Sjøvegen',
  ],
  streetNumber: (r) => `${1 + int(r, 120)}${chance(r, 0.1) ? pick(r, ['A', 'B', 'C']) : ''}`,
  streetAbbreviations: [
    [/gata\b/, 'gt.'],
    [/ gate\b/, ' gt.'],
    [/veien\b/, 'vn.'],
    [/vegen\b/, 'vn.'],
  ],
  cities: [
    ['Oslo', 150, 1295], ['Bergen', 5003, 5099], ['Trondheim', 7010, 7099], ['Stavanger', 4005, 4099],
    ['Kristiansand', 4608, 4639], ['Drammen', 3011, 3048], ['Fredrikstad', 1601, 1639], ['Tromsø', 9006, 9020],
    ['Sandnes', 4306, 4329], ['Bodø', 8001, 8049], ['Ålesund', 6002, 6018], ['Tønsberg', 3110, 3127],
    ['Haugesund', 5501, 5538], ['Moss', 1531, 1599], ['Hamar', 2301, 2322], ['Lillehammer', 2609, 2619],
    ['Gjøvik', 2815, 2822], ['Arendal', 4836, 4849], ['Molde', 6402, 6421], ['Harstad', 9402, 9415], ['Skien', 3711, 3732],
    ['Larvik', 3256, 3271], ['Halden', 1771, 1792], ['Sarpsborg', 1701, 1739], ['Kongsberg', 3611, 3618],
  ],
  postalCode: (code) => String(code).padStart(4, '0'),
  phone: {
    callingCode: '47',
    trunk: '',
    areaDash: false,
    blocks: [
      {
        prefixes: '40 41 46 47 48 90 91 92 93 94 95 96 97 98 99'.split(' '),
        length: 8, groups: [3, 2, 3], mobile: true,
      },
      {
        prefixes: '21 22 23 24 32 33 35 38 51 52 55 56 57 61 62 69 70 71 72 73 75 77 78'.split(' '),
        length: 8, groups: [2, 2, 2, 2], mobile: false,
      },
    ],
  },
  companyMailboxes: ['post', 'firmapost', 'kontakt', 'info', 'ordre', 'faktura'],
  freeMailDomains: ['gmail.com', 'hotmail.com', 'online.no', 'hotmail.no', 'live.no', 'yahoo.no', 'outlook.com'],
};
