import { mapRow, recogniseHeaders, type ImportEntity } from '../../../../src/leads/import';

function mapped(entity: ImportEntity, cells: Record<string, string>, rowNumber = 2) {
  const { mapping } = recogniseHeaders(entity, Object.keys(cells));
  return mapRow(entity, { rowNumber, cells }, mapping);
}

describe('mapRow', () => {
  it('trims values, drops empty cells and splits a full name', () => {
    expect(
      mapped('leads', { Navn: '  Søren Ålborg ', Telefon: ' ', 'E-mail': 'soren@example.dk', Omsætning: '1 mio' }),
    ).toEqual({
      rowNumber: 2,
      values: { firstName: 'Søren', lastName: 'Ålborg', email: 'soren@example.dk', kind: 'PRIVATE' },
      errors: [],
    });
  });

  it('keeps name particles with the last name and reads "Last, First"', () => {
    expect(mapped('contacts', { Naam: 'Jan van der Berg' }).values).toEqual({
      firstName: 'Jan',
      lastName: 'van der Berg',
    });
    expect(mapped('contacts', { Name: 'Ålborg, Søren' }).values).toEqual({ firstName: 'Søren', lastName: 'Ålborg' });
  });

  it('makes a lead with a company name a business lead unless a kind is given', () => {
    expect(mapped('leads', { Firma: 'Æbler ApS' }).values.kind).toBe('BUSINESS');
    expect(mapped('leads', { Firma: 'Æbler ApS', Type: 'privat' }).values.kind).toBe('PRIVATE');
    expect(mapped('leads', { Type: 'Zakelijk' }).values.kind).toBe('BUSINESS');
  });

  it('makes relations companies unless they are given as private', () => {
    expect(mapped('relations', { Firma: 'Æbler ApS' }).values.kind).toBe('COMPANY');
    for (const kind of ['PRIVATE', 'privat', 'Person']) {
      expect(mapped('relations', { Navn: 'Søren Ålborg', Type: kind }).values.kind).toBe('PRIVATE');
    }
  });

  it('reports an unknown kind with its row and field', () => {
    expect(mapped('relations', { Firma: 'Æbler ApS', Type: 'Partner' }, 7)).toEqual({
      rowNumber: 7,
      values: { name: 'Æbler ApS' },
      errors: [{ rowNumber: 7, field: 'kind', message: "unknown kind 'Partner'; use COMPANY or PRIVATE" }],
    });
  });

  it('turns country names and codes into ISO alpha-2 codes', () => {
    const countries = [
      'Danmark',
      'Norge',
      'Sverige',
      'Nederland',
      'Česko',
      'Česká republika',
      'Deutschland',
      'UK',
      'United Kingdom',
      'fi',
      'Atlantis',
    ];
    expect(countries.map((land) => mapped('relations', { Firma: 'X', Land: land }).values.country)).toEqual([
      'DK',
      'NO',
      'SE',
      'NL',
      'CZ',
      'CZ',
      'DE',
      'GB',
      'GB',
      'FI',
      'Atlantis',
    ]);
  });

  it('splits tags on commas and semicolons', () => {
    expect(mapped('contacts', { Fornavn: 'Maja', Mærker: 'vip; nordic,vip,, messe 2024' }).values.tags).toEqual([
      'vip',
      'nordic',
      'messe 2024',
    ]);
  });

  it('appends a house number to the street', () => {
    expect(mapped('leads', { Straat: 'Oudegracht', Huisnummer: '12a', Plaats: 'Utrecht' }).values).toMatchObject({
      street: 'Oudegracht 12a',
      city: 'Utrecht',
    });
  });

  it('links a contact to its relation by registration number or by name', () => {
    expect(mapped('contacts', { Fornavn: 'Maja', Firma: 'DK 12 34 56 78' }).values.relationRegistrationNumber).toBe(
      'DK 12 34 56 78',
    );
    expect(mapped('contacts', { Fornavn: 'Maja', Firma: '3M Danmark A/S' }).values.relationName).toBe('3M Danmark A/S');
    expect(mapped('contacts', { Fornavn: 'Jan', Společnost: 'Novák s.r.o.', IČO: '27082440' }).values).toMatchObject({
      relationName: 'Novák s.r.o.',
      relationRegistrationNumber: '27082440',
    });
  });

  it('reports values over the length limit and leaves them out', () => {
    const { values, errors } = mapped(
      'leads',
      { Firma: 'x'.repeat(256), Kommentar: 'y'.repeat(2000), Tags: `ok,${'z'.repeat(300)}` },
      9,
    );

    expect(values).toEqual({ message: 'y'.repeat(2000), kind: 'BUSINESS' });
    expect(errors).toEqual([
      { rowNumber: 9, field: 'companyName', message: '256 characters is too long; at most 255 are allowed' },
      { rowNumber: 9, field: 'tags', message: '300 characters is too long; at most 255 are allowed' },
    ]);
    expect(mapped('leads', { Kommentar: 'y'.repeat(2001) }).errors).toEqual([
      { rowNumber: 2, field: 'message', message: '2001 characters is too long; at most 2000 are allowed' },
    ]);
  });
});
