import { recogniseHeaders, type ImportEntity } from '../../../../src/leads/import';
import { HEADER_SYNONYMS } from '../../../../src/leads/import/header-synonyms';
import { foldHeader } from '../../../../src/leads/import/header-fold';

function recognised(entity: ImportEntity, headerLine: string): Record<string, string> {
  const { mapping, unmapped } = recogniseHeaders(entity, headerLine.split(';'));
  expect(unmapped).toEqual([]);
  return Object.fromEntries(mapping);
}

describe('recogniseHeaders', () => {
  it('recognises English headers', () => {
    expect(
      recognised('leads', 'First Name;Last Name;Company;Phone;Email;Registration Number;ZIP;City;Country;Website;Tags'),
    ).toEqual({
      'First Name': 'firstName',
      'Last Name': 'lastName',
      Company: 'companyName',
      Phone: 'phone',
      Email: 'email',
      'Registration Number': 'registrationNumber',
      ZIP: 'postalCode',
      City: 'city',
      Country: 'country',
      Website: 'website',
      Tags: 'tags',
    });
  });

  it('recognises Danish headers', () => {
    expect(recognised('leads', 'Navn;Firma;Telefon;E-mail;CVR-nr.;Adresse;Postnr;By;Hjemmeside;Besked')).toEqual({
      Navn: 'name',
      Firma: 'companyName',
      Telefon: 'phone',
      'E-mail': 'email',
      'CVR-nr.': 'registrationNumber',
      Adresse: 'street',
      Postnr: 'postalCode',
      By: 'city',
      Hjemmeside: 'website',
      Besked: 'message',
    });
  });

  it('recognises Norwegian headers', () => {
    expect(recognised('contacts', 'Fornavn;Etternavn;Stilling;Bedrift;Tlf.nr;E-post;Melding')).toEqual({
      Fornavn: 'firstName',
      Etternavn: 'lastName',
      Stilling: 'title',
      Bedrift: 'relation',
      'Tlf.nr': 'phone',
      'E-post': 'email',
      Melding: 'message',
    });
  });

  it('recognises Swedish headers', () => {
    expect(
      recognised('relations', 'Företag;Organisationsnummer;Gatuadress;Postnummer;Ort;Land;Webbplats;Etiketter'),
    ).toEqual({
      Företag: 'name',
      Organisationsnummer: 'registrationNumber',
      Gatuadress: 'street',
      Postnummer: 'postalCode',
      Ort: 'city',
      Land: 'country',
      Webbplats: 'website',
      Etiketter: 'tags',
    });
  });

  it('recognises Dutch headers', () => {
    expect(
      recognised('leads', 'Bedrijfsnaam;KvK-nummer;Telefoon;E-mailadres;Straat;Huisnummer;Postcode;Plaats;Opmerking'),
    ).toEqual({
      Bedrijfsnaam: 'companyName',
      'KvK-nummer': 'registrationNumber',
      Telefoon: 'phone',
      'E-mailadres': 'email',
      Straat: 'street',
      Huisnummer: 'houseNumber',
      Postcode: 'postalCode',
      Plaats: 'city',
      Opmerking: 'message',
    });
  });

  it('recognises Czech headers, whatever the case and accents', () => {
    expect(recognised('leads', 'Název;IČO;Telefon;E-mail;PSČ;Město;Ulice;Zeme;poznamka')).toEqual({
      Název: 'companyName',
      IČO: 'registrationNumber',
      Telefon: 'phone',
      'E-mail': 'email',
      PSČ: 'postalCode',
      Město: 'city',
      Ulice: 'street',
      Zeme: 'country',
      poznamka: 'message',
    });
  });

  it('reads a name column beside a last-name column as first names', () => {
    expect(recognised('contacts', 'Jméno;Příjmení;Pozice;Společnost')).toEqual({
      Jméno: 'firstName',
      Příjmení: 'lastName',
      Pozice: 'title',
      Společnost: 'relation',
    });
  });

  it('maps a company column to the name of a relation', () => {
    expect(recognised('relations', 'Firma;CVR;Kundenummer;Type')).toEqual({
      Firma: 'name',
      CVR: 'registrationNumber',
      Kundenummer: 'customerNumber',
      Type: 'kind',
    });
  });

  it('reports unknown headers and gives a field to the first of two matching columns only', () => {
    const { mapping, unmapped } = recogniseHeaders('leads', ['Telefon', 'Mobil', 'Omsætning']);

    expect(Object.fromEntries(mapping)).toEqual({ Telefon: 'phone' });
    expect(unmapped).toEqual(['Mobil', 'Omsætning']);
  });

  it('lets the column map win over header names', () => {
    const explicit = new Map([
      ['mobil', 'phone'],
      ['Kunde', 'companyName'],
    ]);

    const { mapping, unmapped } = recogniseHeaders('leads', ['Telefon', 'Mobil', 'Kunde', 'Navn'], explicit);

    expect(Object.fromEntries(mapping)).toEqual({ Mobil: 'phone', Kunde: 'companyName', Navn: 'name' });
    expect(unmapped).toEqual(['Telefon']);
  });

  it('rejects a column map naming a missing column, a field the entity lacks, or one field twice', () => {
    const headers = ['Firma', 'Tlf', 'Mobil'];
    expect(() => recogniseHeaders('leads', headers, new Map([['Fax', 'phone']]))).toThrow(
      "the file has no column 'Fax'",
    );
    expect(() => recogniseHeaders('contacts', headers, new Map([['Firma', 'companyName']]))).toThrow(
      "contacts have no field 'companyName'",
    );
    expect(() =>
      recogniseHeaders(
        'leads',
        headers,
        new Map([
          ['Tlf', 'phone'],
          ['Mobil', 'phone'],
        ]),
      ),
    ).toThrow("'Tlf' and 'Mobil' are both mapped to phone");
  });

  it.each(Object.entries(HEADER_SYNONYMS))('gives each %s header name one field', (_entity, table) => {
    const keys = Object.values(table).flatMap((names) => [...new Set(names.map(foldHeader))]);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });
});
