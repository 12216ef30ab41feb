import type { CountryProfile } from '../country-profile';
import { chance, int } from '../prng';

/** [masculine, feminine] surname forms */
const SURNAMES: readonly (readonly [string, string])[] = [
  ['Novák', 'Nováková'], ['Svoboda', 'Svobodová'], ['Novotný', 'Novotná'], ['Dvořák', 'Dvořáková'], ['Černý', 'Černá'],
  ['Procházka', 'Procházková'], ['Kučera', 'Kučerová'], ['Veselý', 'Veselá'], ['Horák', 'Horáková'], ['Němec', 'Němcová'],
  ['Marek', 'Marková'], ['Pokorný', 'Pokorná'], ['Pospíšil', 'Pospíšilová'], ['Hájek', 'Hájková'], ['Jelínek', 'Jelínková'],
  ['Král', 'Králová'], ['Růžička', 'Růžičková'], ['Beneš', 'Benešová'], ['Fiala', 'Fialová'], ['Sedláček', 'Sedláčková'],
  ['Doležal', 'Doležalová'], ['Zeman', 'Zemanová'], ['Kolář', 'Kolářová'], ['Navrátil', 'Navrátilová'], ['Čermák', 'Čermáková'],
  ['Vaněk', 'Vaňková'], ['Urban', 'Urbanová'], ['Blažek', 'Blažková'], ['Kříž', 'Křížová'], ['Kovář', 'Kovářová'],
  ['Bartoš', 'Bartošová'], ['Vlček', 'Vlčková'], ['Polák', 'Poláková'], ['Musil', 'Musilová'], ['Kopecký', 'Kopecká'],
  ['Šimek', 'Šimková'], ['Konečný', 'Konečná'], ['Malý', 'Malá'], ['Holub', 'Holubová'], ['Štěpánek', 'Štěpánková'],
  ['Kadlec', 'Kadlecová'], ['Dostál', 'Dostálová'], ['Soukup', 'Soukupová'], ['Šťastný', 'Šťastná'], ['Mareš', 'Marešová'],
  ['Moravec', 'Moravcová'], ['Sýkora', 'Sýkorová'], ['Tichý', 'Tichá'], ['Valenta', 'Valentová'], ['Vávra', 'Vávrová'],
];

export const czechia: CountryProfile = {
  code: 'CZ',
  weight: 10,
  tld: 'cz',
  maleFirstNames: [
    'Jiří', 'Jan', 'Petr', 'Josef', 'Pavel', 'Martin', 'Tomáš', 'Jaroslav', 'Miroslav', 'Zdeněk', 'Václav', 'Michal',
    'František', 'Karel', 'Lukáš', 'Jakub', 'Milan', 'Ondřej', 'Vojtěch', 'Radek', 'Marek', 'Stanislav', 'Vladimír', 'Aleš',
    'Dušan',
  ],
  femaleFirstNames: [
    'Marie', 'Jana', 'Eva', 'Hana', 'Anna', 'Lenka', 'Kateřina', 'Věra', 'Lucie', 'Alena', 'Petra', 'Jaroslava',
    'Veronika', 'Martina', 'Tereza', 'Michaela', 'Jitka', 'Zdeňka', 'Ludmila', 'Helena', 'Ivana', 'Barbora', 'Markéta',
    'Šárka', 'Božena',
  ],
  lastNames: SURNAMES.map(([masculine]) => masculine),
  femaleLastNames: SURNAMES.map(([, feminine]) => feminine),
  middleNameShare: 0,
  prefixes: [
    'Bohemia', 'Moravia', 'Silesia', 'Alfa', 'Beta', 'Delta', 'Omega', 'Profi', 'Euro', 'Eko', 'Agro', 'Techno', 'Metal',
    'Stav', 'Inter', 'Trans', 'Multi', 'Optima', 'Prima', 'Vltava', 'Labe', 'Morava', 'Šumava', 'Krkonoše', 'Beskydy',
    'Praga', 'Brunn', 'Tatra', 'Centrum', 'Sever', 'Jih', 'Vysočina', 'Haná', 'Podřipsko', 'Pálava', 'Jizera',
  ],
  trades: [
    'Stavby', 'Elektro', 'Instalace', 'Malířství', 'Pokrývačství', 'Truhlářství', 'Zednictví', 'Doprava', 'Účetnictví',
    'Audit', 'Reality', 'Holding', 'Consulting', 'IT', 'Software', 'Autoservis', 'Svářečství', 'Sklenářství', 'Podlahy',
    'Zemní práce', 'Výstavba', 'Chlazení', 'Vzduchotechnika', 'Topení', 'Izolace', 'Montáže', 'Obchod', 'Import',
    'Marketing', 'Design', 'Architekti', 'Catering', 'Úklid', 'Logistika', 'Strojírna', 'Energie', 'Fotovoltaika',
    'Zámečnictví', 'Stěhování', 'Zahradnictví', 'Kovovýroba', 'Dřevovýroba', 'Beton', 'Lešení', 'Plast', 'Servis',
    'Technika', 'Kuchyně', 'Interiéry', 'Okna', 'Dveře',
  ],
  nameTemplates: [
    [3, (w) => `${w.prefix} ${w.trade}`],
    [3, (w) => `${w.trade} ${w.place}`],
    [3, (w) => `${w.last} ${w.trade}`],
    [3, (w) => `${w.trade} ${w.last}`],
    [24, (w) => `${w.trade} ${w.first} ${w.last}`],
    [14, (w) => `${w.prefix} ${w.trade} ${w.place}`],
    [10, (w) => `${w.trade} a ${w.otherTrade} ${w.last}`],
    [10, (w) => `${w.prefix} ${w.trade} a ${w.otherTrade}`],
    [8, (w) => `${w.initials} ${w.trade} ${w.place}`],
    [10, (w) => `${w.last} a ${w.otherLast} ${w.trade}`],
    [12, (w) => `${w.trade} ${w.last} ${w.place}`],
  ],
  legalForms: [
    { weight: 70, variants: [' s.r.o.', ', s.r.o.', ' spol. s r.o.', ', spol. s r.o.', ' s. r. o.', ' S.R.O.', ' sro'] },
    { weight: 10, variants: [' a.s.', ', a.s.', ' a. s.', ' as'] },
    { weight: 3, variants: [' v.o.s.', ', v.o.s.', ' v. o. s.'] },
    { weight: 17, variants: [''] },
  ],
  streets: [
    'Husova', 'Masarykova', 'Palackého', 'Nádražní', 'Školní', 'Komenského', 'Žižkova', 'Havlíčkova', 'Jiráskova',
    'Nerudova', 'Smetanova', 'Tyršova', 'Revoluční', 'Zahradní', 'Polní', 'Lipová', 'Krátká', 'Dlouhá', 'Sokolská',
    'Riegrova', 'Svatopluka Čecha', 'náměstí Míru', 'náměstí Republiky', 'Masarykovo náměstí', 'třída Tomáše Bati',
    'třída Svobody', 'Pražská', 'Brněnská', 'Vinohradská', 'Korunní', 'Táborská', 'Průmyslová', 'Nová', 'Luční', 'Květná',
    'Družstevní', 'Václavské náměstí', 'Karlova', 'Vodičkova', 'Štefánikova', 'Tylova', 'Fügnerova', 'Bělehradská',
    'Plzeňská', 'Purkyňova', 'Mánesova', 'Husitská', 'Jugoslávských partyzánů',
  ],
  /** "1234/12": the building's land-registry number, then its number in the street */
  streetNumber: (r) => (chance(r, 0.6) ? `${100 + int(r, 3900)}/${1 + int(r, 80)}` : String(1 + int(r, 120))),
  streetAbbreviations: [
    [/^náměstí /, 'nám. '],
    [/ náměstí$/, ' nám.'],
    [/^třída /, 'tř. '],
    [/^Svatopluka /, 'Sv. '],
  ],
  cities: [
    ['Praha 1', 11000, 11000], ['Praha 2', 12000, 12000], ['Praha 3', 13000, 13000], ['Praha 4', 14000, 14000],
    ['Praha 5', 15000, 15000], ['Praha 6', 16000, 16000], ['Praha 7', 17000, 17000], ['Praha 8', 18000, 18000],
    ['Praha 9', 19000, 19000], ['Praha 10', 10000, 10000], ['Brno', 60200, 60200], ['Brno', 61200, 61200],
    ['Brno', 61500, 61500], ['Brno', 62800, 62800], ['Ostrava', 70200, 70200], ['Ostrava', 70800, 70800],
    ['Plzeň', 30100, 30100], ['Plzeň', 32600, 32600], ['Liberec', 46001, 46015], ['Olomouc', 77900, 77900],
    ['České Budějovice', 37001, 37011], ['Hradec Králové', 50002, 50012], ['Ústí nad Labem', 40001, 40011],
    ['Pardubice', 53002, 53012], ['Zlín', 76001, 76005], ['Havířov', 73601, 73601], ['Kladno', 27201, 27201],
    ['Most', 43401, 43401], ['Opava', 74601, 74601], ['Frýdek-Místek', 73801, 73801], ['Jihlava', 58601, 58601],
    ['Karviná', 73301, 73301], ['Teplice', 41501, 41501], ['Karlovy Vary', 36001, 36001], ['Mladá Boleslav', 29301, 29301],
    ['Prostějov', 79601, 79601], ['Třebíč', 67401, 67401], ['Tábor', 39002, 39002], ['Znojmo', 66902, 66902],
  ],
  postalCode: (code) => `${String(code).slice(0, 3)} ${String(code).slice(3)}`,
  phone: {
    callingCode: '420',
    trunk: '',
    areaDash: false,
    blocks: [
      { prefixes: '601 602 603 604 605 606 607 608'.split(' '), length: 9, groups: [3, 3, 3], mobile: true },
      { prefixes: '72 73 77 79'.split(' '), length: 9, groups: [3, 3, 3], mobile: true },
      { prefixes: ['2'], length: 9, groups: [3, 3, 3], mobile: false },
      {
        prefixes: '31 32 35 37 38 39 41 46 47 48 49 51 53 54 55 56 57 58 59'.split(' '),
        length: 9, groups: [3, 3, 3], mobile: false,
      },
    ],
  },
  companyMailboxes: ['info', 'kancelar', 'obchod', 'podatelna', 'fakturace', 'objednavky'],
  freeMailDomains: ['seznam.cz', 'email.cz', 'centrum.cz', 'gmail.com', 'post.cz', 'atlas.cz', 'outlook.com'],
};
