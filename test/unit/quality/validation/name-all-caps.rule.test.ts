import { nameAllCapsRule } from '../../../../src/quality/validation/name-all-caps.rule';
import { titleCase } from '../../../../src/quality/validation/title-case';
import { asList } from './as-list';

describe('NAME_ALL_CAPS', () => {
  it('suggests the title-cased name with its legal form correctly cased', () => {
    expect(nameAllCapsRule.check({ kind: 'COMPANY', name: 'HANSEN & SØN APS' })).toEqual([
      {
        code: 'NAME_ALL_CAPS',
        severity: 'WARNING',
        field: 'name',
        message: "Name 'HANSEN & SØN APS' is written in capitals only; write it as 'Hansen & Søn ApS'",
        value: 'HANSEN & SØN APS',
        suggestedValue: 'Hansen & Søn ApS',
      },
    ]);
  });

  it('reports each capitalised name field of a lead', () => {
    const found = asList(
      nameAllCapsRule.check({
        kind: 'BUSINESS',
        firstName: 'JENS',
        lastName: 'Hansen',
        companyName: 'NOVA SPOL. S R.O.',
      }),
    );
    expect(found.map((f) => [f.field, f.suggestedValue])).toEqual([
      ['firstName', 'Jens'],
      ['companyName', 'Nova spol. s r.o.'],
    ]);
  });

  it.each(['Hansen A/S', 'IBM', 'ABB AB', 'McDonald', 'Jens', null])('accepts %p', (name) => {
    expect(nameAllCapsRule.check({ kind: 'COMPANY', name })).toBeNull();
  });

  it('flags a capitalised name even when its legal form is cased right', () => {
    expect(asList(nameAllCapsRule.check({ kind: 'COMPANY', name: 'HANSEN ApS' }))[0]?.suggestedValue).toBe(
      'Hansen ApS',
    );
  });
});

describe('titleCase', () => {
  it.each([
    ['JYSK A/S', 'Jysk A/S'],
    ['VOLVO AB (PUBL)', 'Volvo AB (publ)'],
    ['EQUINOR ASA', 'Equinor ASA'],
    ['DNB BANK AS', 'Dnb Bank AS'],
    ['PHILIPS B.V.', 'Philips B.V.'],
    ['ŠKODA AUTO A.S.', 'Škoda Auto a.s.'],
    ['ACME S.R.O.', 'Acme s.r.o.'],
    ['MÜLLER GMBH & CO. KG', 'Müller GmbH & Co. KG'],
    ["O'BRIEN LTD", "O'Brien Ltd"],
    ['JENS-PETER HANSEN', 'Jens-Peter Hansen'],
  ])('%p → %p', (name, expected) => {
    expect(titleCase(name)).toBe(expected);
  });
});
