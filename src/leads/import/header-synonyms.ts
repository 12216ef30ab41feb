import type { ImportEntity, ImportField } from './import-fields';

// Header names in English, Danish, Norwegian, Swedish, Dutch and Czech. They are compared by matchKey,
// so case, accents, spaces and punctuation do not matter ("E-mail" = "email", "PSČ" = "psc").
const PERSON_NAME = ['name', 'full name', 'navn', 'fulde navn', 'fullt navn', 'namn', 'naam', 'volledige naam', 'jméno', 'celé jméno'];
const CONTACT_PERSON = ['contact person', 'kontaktperson', 'contactpersoon', 'kontaktní osoba'];
const FIRST_NAME = ['first name', 'given name', 'forename', 'fornavn', 'förnamn', 'voornaam', 'křestní jméno'];
const LAST_NAME = ['last name', 'surname', 'family name', 'efternavn', 'etternavn', 'efternamn', 'achternaam', 'příjmení'];
const COMPANY = [
  'company', 'company name', 'organisation', 'organization', 'firma', 'firmanavn', 'virksomhed', 'virksomhedsnavn',
  'foretak', 'bedrift', 'organisasjon', 'företag', 'företagsnamn', 'bolag', 'bedrijf', 'bedrijfsnaam',
  'společnost', 'název firmy', 'název společnosti',
];
const CUSTOMER = ['customer', 'customer name', 'kunde', 'kundenavn', 'kund', 'kundnamn', 'klant', 'klantnaam', 'zákazník'];
const EMAIL = [
  'e-mail', 'mail', 'email address', 'e-mailadresse', 'mailadresse', 'e-post', 'e-postadresse', 'e-postadress', 'e-mailadres',
];
const PHONE = [
  'phone', 'phone number', 'telephone', 'tel', 'mobile', 'mobile phone', 'cell', 'telefon', 'telefonnummer', 'telefonnr',
  'tlf', 'tlf.nr', 'mobil', 'mobilnummer', 'mobiltelefon', 'telefoon', 'telefoonnummer', 'mobiel', 'telefonní číslo',
];
const REGISTRATION_NUMBER = [
  'registration number', 'company number', 'company registration number', 'cvr', 'cvr-nr', 'cvr-nummer', 'org.nr',
  'org.nummer', 'organisasjonsnummer', 'organisasjonsnr', 'organisationsnummer', 'kvk', 'kvk-nummer', 'ičo', 'ič',
];
const ADDRESS = {
  street: [
    'street', 'address', 'street address', 'address line 1', 'adresse', 'gade', 'vej', 'gateadresse', 'adress',
    'gatuadress', 'straat', 'straatnaam', 'adres', 'ulice', 'adresa',
  ],
  houseNumber: ['house number', 'husnummer', 'husnr', 'gatunummer', 'huisnummer', 'huisnr', 'číslo popisné', 'číslo domu'],
  postalCode: ['postal code', 'postcode', 'zip', 'zip code', 'postnr', 'postnummer', 'psč'],
  city: ['city', 'town', 'by', 'poststed', 'sted', 'ort', 'postort', 'stad', 'plaats', 'woonplaats', 'město', 'obec'],
  country: ['country', 'country code', 'land', 'landekode', 'landskode', 'landkod', 'země', 'stát'],
} as const;
const WEBSITE = ['website', 'web', 'www', 'url', 'homepage', 'hjemmeside', 'webside', 'nettside', 'webbplats', 'webbsida', 'webadres', 'webová stránka'];
const BIRTH_DATE = ['birth date', 'date of birth', 'birthday', 'fødselsdato', 'født', 'födelsedatum', 'född', 'geboortedatum', 'datum narození'];
const KIND = ['kind', 'type', 'typ', 'art', 'soort', 'druh'];
const SHARED = {
  externalId: ['external id', 'id', 'ekstern id', 'externt id', 'extern id', 'externí id'],
  message: [
    'message', 'comment', 'comments', 'note', 'notes', 'besked', 'kommentar', 'kommentarer', 'bemærkning', 'melding',
    'merknad', 'notat', 'meddelande', 'anteckning', 'bericht', 'opmerking', 'opmerkingen', 'notitie', 'poznámka', 'komentář',
  ],
  tags: ['tags', 'tag', 'labels', 'mærker', 'etiketter', 'etikett', 'taggar', 'štítky', 'štítek'],
} as const;

type SynonymTable = { [E in ImportEntity]: Partial<Record<ImportField<E>, readonly string[]>> };

export const HEADER_SYNONYMS: SynonymTable = {
  leads: {
    kind: KIND,
    name: [...PERSON_NAME, ...CONTACT_PERSON],
    firstName: FIRST_NAME,
    lastName: LAST_NAME,
    companyName: [...COMPANY, 'název'],
    registrationNumber: REGISTRATION_NUMBER,
    email: EMAIL,
    phone: PHONE,
    website: WEBSITE,
    birthDate: BIRTH_DATE,
    source: ['source', 'lead source', 'kilde', 'leadkilde', 'källa', 'bron', 'herkomst', 'zdroj'],
    ...ADDRESS,
    ...SHARED,
  },
  relations: {
    kind: KIND,
    name: [...PERSON_NAME, ...COMPANY, ...CUSTOMER, 'název'],
    registrationNumber: REGISTRATION_NUMBER,
    customerNumber: [
      'customer number', 'customer no', 'kundenummer', 'kundenr', 'kundnummer', 'kundnr', 'klantnummer', 'klantnr',
      'debiteurnummer', 'číslo zákazníka',
    ],
    email: EMAIL,
    phone: PHONE,
    website: WEBSITE,
    ...ADDRESS,
    ...SHARED,
  },
  contacts: {
    name: [...PERSON_NAME, ...CONTACT_PERSON],
    firstName: FIRST_NAME,
    lastName: LAST_NAME,
    title: ['title', 'job title', 'position', 'titel', 'stilling', 'stillingsbetegnelse', 'befattning', 'functie', 'pozice', 'funkce'],
    email: EMAIL,
    phone: PHONE,
    birthDate: BIRTH_DATE,
    relation: ['relation', 'relasjon', 'relatie', ...COMPANY, ...CUSTOMER, 'název'],
    relationName: ['relation name'],
    relationRegistrationNumber: REGISTRATION_NUMBER,
    ...SHARED,
  },
};
