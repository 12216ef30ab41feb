import { parseColumnMap } from '../../../../src/leads/import';

describe('parseColumnMap', () => {
  it('parses column=field pairs, trimming spaces and matching field names in any case', () => {
    expect(parseColumnMap(' Firma = companyName, Tlf=PHONE,Kunde nr.=customerNumber ')).toEqual(
      new Map([
        ['Firma', 'companyName'],
        ['Tlf', 'phone'],
        ['Kunde nr.', 'customerNumber'],
      ]),
    );
  });

  it('splits at the last "=" so a column name may contain one', () => {
    expect(parseColumnMap('a=b=email')).toEqual(new Map([['a=b', 'email']]));
  });

  it('rejects entries that are not column=field', () => {
    expect(() => parseColumnMap('Firma')).toThrow("expected column=field, got 'Firma'");
    expect(() => parseColumnMap('Firma=companyName,')).toThrow("expected column=field, got ''");
    expect(() => parseColumnMap('=phone')).toThrow("expected column=field, got '=phone'");
    expect(() => parseColumnMap('Tlf=')).toThrow("expected column=field, got 'Tlf='");
  });

  it('rejects unknown fields and columns mapped twice', () => {
    expect(() => parseColumnMap('Firma=company')).toThrow(
      "unknown field 'company' for column 'Firma'; known fields are kind, firstName",
    );
    expect(() => parseColumnMap('Tlf=phone,Tlf=email')).toThrow("column 'Tlf' is mapped twice");
  });
});
