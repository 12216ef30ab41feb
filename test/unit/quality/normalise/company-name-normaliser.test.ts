import { normaliseCompanyName } from '../../../../src/quality/normalise/company-name-normaliser';

describe('normaliseCompanyName', () => {
  it.each([
    ['Hansen & Søn ApS', 'hansen son', 'ApS'],
    ['Mærsk A/S', 'maersk', 'A/S'],
    ['Mærsk A.S.', 'maersk', 'A/S'],
    ['Mærsk A S', 'maersk', 'A/S'],
    ['Jensen I/S', 'jensen', 'I/S'],
    ['Nordic IVS', 'nordic', 'IVS'],
    ['Shipping K/S', 'shipping', 'K/S'],
    ['Partners P/S', 'partners', 'P/S'],
    ['Equinor ASA', 'equinor', 'ASA'],
    ['Eriksson HB', 'eriksson', 'HB'],
    ['Larsson KB', 'larsson', 'KB'],
    ['AB Volvo', 'volvo', 'AB'],
    ['Volvo Aktiebolag (publ)', 'volvo', 'AB (publ)'],
    ['Philips N.V.', 'philips', 'N.V.'],
    ['Acme BV', 'acme', 'B.V.'],
    ['Bakker V.O.F.', 'bakker', 'V.O.F.'],
    ['Firma spol. s r.o.', 'firma', 's.r.o.'],
    ['Firma s.r.o.', 'firma', 's.r.o.'],
    ['Novak v.o.s.', 'novak', 'v.o.s.'],
    ['Siemens AG', 'siemens', 'AG'],
    ['Müller GmbH', 'muller', 'GmbH'],
    ['Lidl Dienstleistung GmbH & Co. KG', 'lidl dienstleistung', 'GmbH & Co. KG'],
    ['Schmidt e.K.', 'schmidt', 'e.K.'],
    ['Foo UG (haftungsbeschränkt)', 'foo', 'UG'],
    ['Acme Ltd.', 'acme', 'Ltd'],
    ['Acme Limited', 'acme', 'Ltd'],
    ['Tesco PLC', 'tesco', 'PLC'],
    ['Baker LLP', 'baker', 'LLP'],
  ])('strips the legal form of %s', (input, name, legalForm) => {
    expect(normaliseCompanyName(input)).toEqual({ name, legalForm });
  });

  it('picks the legal form of the record country when spellings collide', () => {
    expect(normaliseCompanyName('Škoda Auto a.s.', 'CZ')).toEqual({ name: 'skoda auto', legalForm: 'a.s.' });
    expect(normaliseCompanyName('Telenor AS', 'NO')).toEqual({ name: 'telenor', legalForm: 'AS' });
  });

  it('keeps names without a legal form', () => {
    expect(normaliseCompanyName('The Palm')).toEqual({ name: 'the palm', legalForm: null });
  });

  it('does not strip a legal form inside the name', () => {
    expect(normaliseCompanyName('AG Barr Consulting')).toEqual({ name: 'ag barr consulting', legalForm: null });
  });

  it('never strips the whole name', () => {
    expect(normaliseCompanyName('AS')).toEqual({ name: 'as', legalForm: null });
  });

  it('gives null for no name', () => {
    expect(normaliseCompanyName(' ')).toBeNull();
    expect(normaliseCompanyName(null)).toBeNull();
  });
});
