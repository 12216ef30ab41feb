import type { CountryProfile } from '../country-profile';
import { chance, int, pick } from '../prng';

/** Two-digit blocks followed by each of `thirdDigits`: Danish numbering leaves the other third digits unassigned. */
const blocks = (twoDigit: string, thirdDigits: string) =>
  twoDigit.split(' ').flatMap((block) => thirdDigits.split('').map((d) => block + d));

export const denmark: CountryProfile = {
  code: 'DK',
  weight: 35,
  tld: 'dk',
  maleFirstNames: [
    'Søren', 'Jens', 'Peter', 'Lars', 'Henrik', 'Niels', 'Anders', 'Mads', 'Rasmus', 'Mikkel', 'Jesper', 'Morten', 'Thomas',
    'Martin', 'Christian', 'Frederik', 'Kasper', 'Bjørn', 'Torben', 'Poul', 'Jørgen', 'Kåre', 'Steen', 'Ole', 'Bent',
  ],
  femaleFirstNames: [
    'Mette', 'Anne', 'Kirsten', 'Hanne', 'Lene', 'Susanne', 'Camilla', 'Louise', 'Maja', 'Ida', 'Sofie', 'Freja', 'Birthe',
    'Åse', 'Signe', 'Line', 'Pernille', 'Trine', 'Malene', 'Gitte', 'Inger', 'Dorthe', 'Karen', 'Else', 'Bodil',
  ],
  lastNames: [
    'Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen',
    'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Poulsen', 'Johansen', 'Møller', 'Mortensen', 'Knudsen',
    'Jakobsen', 'Mikkelsen', 'Frederiksen', 'Laursen', 'Henriksen', 'Lund', 'Schmidt', 'Eriksen', 'Holm', 'Clausen',
    'Simonsen', 'Svendsen', 'Andreasen', 'Iversen', 'Østergaard', 'Jeppesen', 'Vestergaard', 'Nørgaard', 'Søndergaard',
    'Bach', 'Dahl', 'Kjær', 'Lauridsen', 'Bjerre', 'Brøndum', 'Højgaard', 'Lindholm', 'Skov', 'Bækgaard', 'Kofoed',
  ],
  middleNameShare: 0.3,
  prefixes: [
    'Nordisk', 'Dansk', 'Jysk', 'Fynsk', 'Sjællandsk', 'Nordjysk', 'Vestjysk', 'Østjysk', 'Sydjysk', 'Midtjysk', 'Kyst',
    'Havne', 'Grøn', 'Ny', 'Total', 'Pro', 'Top', 'Center', 'Skandinavisk', 'Fjord', 'Skov', 'Nord', 'Syd', 'Øst', 'Vest',
    'Hoved', 'Bølge', 'Lyng', 'Klint', 'Ådal', 'Bøgely', 'Egely', 'Solbakke', 'Strand', 'Kronborg', 'Viking',
  ],
  trades: [
    'Tømrer', 'Murer', 'VVS', 'El-service', 'Maler', 'Byg', 'Tag', 'Kloak', 'Rengøring', 'Transport', 'Vognmand',
    'Revision', 'Regnskab', 'IT', 'Data', 'Consult', 'Ejendomme', 'Holding', 'Auto', 'Smed', 'Snedker', 'Blik', 'Glas',
    'Gulv', 'Anlæg', 'Entreprenør', 'Køl', 'Ventilation', 'Installation', 'Brolægning', 'Tagdækning', 'Isolering',
    'Montage', 'Handel', 'Import', 'Marketing', 'Design', 'Arkitekter', 'Advokater', 'Bogføring', 'Catering',
    'Kontorservice', 'Logistik', 'Maskinstation', 'Energi', 'Solceller', 'Låse', 'Flytning', 'Vinduespolering',
    'Havearbejde', 'Tæpperens', 'Beton', 'Stilladser', 'Køkken', 'Inventar',
  ],
  nameTemplates: [
    [3, (w) => `${w.prefix} ${w.trade}`],
    [12, (w) => `${w.prefix} ${w.trade} ${w.place}`],
    [8, (w) => `${w.prefix} ${w.trade} & ${w.otherTrade}`],
    [3, (w) => `${w.last} ${w.trade}`],
    [3, (w) => `${w.place} ${w.trade}`],
    [22, (w) => `${w.first} ${w.last} ${w.trade}`],
    [3, (w) => `${w.initials} ${w.trade}`],
    [8, (w) => `${w.initials} ${w.trade} ${w.place}`],
    [12, (w) => `${w.last} & ${w.otherLast} ${w.trade}`],
    [10, (w) => `${w.last} ${w.trade} ${w.place}`],
    [8, (w) => `${w.last} ${w.trade} & ${w.otherTrade}`],
    [6, (w) => `${w.trade} v/ ${w.first} ${w.last}`],
    [2, (w) => `${w.last} & Søn ${w.trade}`],
  ],
  legalForms: [
    { weight: 55, variants: [' ApS', ' Aps', ' APS', ' aps'] },
    { weight: 20, variants: [' A/S', ' AS', ' A.S.', ' a/s'] },
    { weight: 5, variants: [' I/S', ' IS', ' I/s'] },
    { weight: 5, variants: [' IVS', ' Ivs'] },
    { weight: 15, variants: [''] },
  ],
  streets: [
    'Vestergade', 'Østergade', 'Nørregade', 'Søndergade', 'Algade', 'Storegade', 'Jernbanegade', 'Skolegade', 'Kirkegade',
    'Havnegade', 'Bredgade', 'Torvegade', 'Adelgade', 'Kongensgade', 'Slotsgade', 'Industrivej', 'Hovedgaden',
    'Stationsvej', 'Skovvej', 'Møllevej', 'Bakkevej', 'Engvej', 'Strandvejen', 'Kirkevej', 'Parkvej', 'Birkevej', 'Egevej',
    'Lindevej', 'Åboulevarden', 'H.C. Andersens Boulevard', 'Gammel Kongevej', 'Roskildevej', 'Vesterbrogade',
    'Nørrebrogade', 'Amagerbrogade', 'Østerbrogade', 'Frederiksberg Allé', 'Lyngbyvej', 'Ringvejen', 'Erhvervsvej',
    'Håndværkervej', 'Smedevej', 'Fabriksvej', 'Sydhavnsgade', 'Tværgade', 'Grønnegade', 'Ågade', 'Søvej',
  ],
  streetNumber: (r, isPrivate) => {
    const house = `${1 + int(r, 140)}${chance(r, 0.08) ? pick(r, ['A', 'B', 'C']) : ''}`;
    if (!isPrivate || !chance(r, 0.35)) return house;
    return `${house}, ${pick(r, ['st.', '1.', '2.', '3.', '4.'])} ${pick(r, ['th.', 'tv.', 'mf.'])}`; // floor and door
  },
  streetAbbreviations: [
    [/gade\b/, 'g.'],
    [/vej\b/, 'v.'],
    [/Allé$/, 'Alle'],
    [/Boulevard\b/, 'Boul.'],
    [/Gammel\b/, 'Gl.'],
  ],
  cities: [
    ['København K', 1050, 1473], ['København V', 1550, 1799], ['København Ø', 2100, 2100], ['København N', 2200, 2200],
    ['København S', 2300, 2300], ['København NV', 2400, 2400], ['Valby', 2500, 2500], ['Frederiksberg', 2000, 2000],
    ['Hellerup', 2900, 2900], ['Kongens Lyngby', 2800, 2800], ['Ballerup', 2750, 2750], ['Glostrup', 2600, 2600],
    ['Hvidovre', 2650, 2650], ['Roskilde', 4000, 4000], ['Køge', 4600, 4600], ['Hillerød', 3400, 3400],
    ['Helsingør', 3000, 3000], ['Næstved', 4700, 4700], ['Slagelse', 4200, 4200], ['Ringsted', 4100, 4100],
    ['Holbæk', 4300, 4300], ['Nykøbing F', 4800, 4800], ['Odense C', 5000, 5000], ['Odense SØ', 5220, 5220],
    ['Svendborg', 5700, 5700], ['Nyborg', 5800, 5800], ['Middelfart', 5500, 5500], ['Kolding', 6000, 6000],
    ['Haderslev', 6100, 6100], ['Sønderborg', 6400, 6400], ['Aabenraa', 6200, 6200], ['Esbjerg', 6700, 6700],
    ['Ribe', 6760, 6760], ['Fredericia', 7000, 7000], ['Vejle', 7100, 7100], ['Herning', 7400, 7400],
    ['Holstebro', 7500, 7500], ['Skive', 7800, 7800], ['Thisted', 7700, 7700], ['Aarhus C', 8000, 8000],
    ['Aarhus N', 8200, 8200], ['Viby J', 8260, 8260], ['Randers C', 8900, 8900], ['Horsens', 8700, 8700],
    ['Silkeborg', 8600, 8600], ['Skanderborg', 8660, 8660], ['Viborg', 8800, 8800], ['Grenaa', 8500, 8500],
    ['Aalborg', 9000, 9000], ['Aalborg SØ', 9210, 9210], ['Nørresundby', 9400, 9400], ['Hjørring', 9800, 9800],
    ['Frederikshavn', 9900, 9900], ['Skagen', 9990, 9990],
  ],
  postalCode: (code) => String(code),
  phone: {
    callingCode: '45',
    trunk: '',
    areaDash: false,
    blocks: [
      {
        prefixes: blocks('20 21 22 30 31 40 41 42 50 51 52 53 60 61 71 81 91 93', '123456789'),
        length: 8,
        groups: [2, 2, 2, 2],
        mobile: true,
      },
      { prefixes: '26 27 28 96'.split(' '), length: 8, groups: [2, 2, 2, 2], mobile: true },
      {
        prefixes: blocks('33 32 36 38 43 44 45 46 48 49 57 58 62 64 65 66 70 72 75 76 86 87 89 97 98 99', '23456789'),
        length: 8,
        groups: [2, 2, 2, 2],
        mobile: false,
      },
    ],
  },
  companyMailboxes: ['info', 'kontakt', 'mail', 'post', 'salg', 'kontor'],
  freeMailDomains: ['gmail.com', 'hotmail.com', 'hotmail.dk', 'live.dk', 'yahoo.dk', 'outlook.dk', 'jubii.dk', 'mail.dk'],
};
