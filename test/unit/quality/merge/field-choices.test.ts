import { chooseFieldValues } from '../../../../src/quality/merge/field-choices';
import { RECORD_TYPES } from '../../../../src/entities/record-types';

const relation = (id: number, fields: Record<string, unknown>) => ({
  id,
  kind: 'COMPANY',
  name: null,
  registrationNumber: null,
  country: null,
  customerNumber: null,
  numberSeriesId: null,
  email: null,
  phone: null,
  website: null,
  street: null,
  postalCode: null,
  city: null,
  ownerId: null,
  divisionId: null,
  ...fields,
});
const choose = (
  survivor: Record<string, unknown>,
  merged: Record<string, unknown>[],
  choices: Parameters<typeof chooseFieldValues>[3] = [],
) => chooseFieldValues(RECORD_TYPES.RELATION.mergeFields, survivor, merged, choices);

describe('chooseFieldValues', () => {
  it("keeps the survivor's own values when nothing is chosen", () => {
    const outcome = choose(relation(1, { name: 'Jansen', city: 'Delft' }), [
      relation(2, { name: 'Jansen BV', city: 'Leiden' }),
    ]);
    expect(outcome.changes).toEqual({});
    expect(outcome.fieldValues).toEqual([]);
  });

  it('fills a field the survivor lacks from the first merged record that has it', () => {
    const outcome = choose(relation(1, { name: 'A' }), [
      relation(2, { name: 'A' }),
      relation(3, { name: 'A', phone: '+3170' }),
      relation(4, { name: 'A', phone: '+3171' }),
    ]);
    expect(outcome.changes).toEqual({ phone: '+3170' });
    expect(outcome.fieldValues).toEqual([{ field: 'phone', value: '+3170', fromId: 3 }]);
    expect(outcome.alternates).toEqual([{ field: 'phone', value: '+3171', fromRecordId: 4 }]);
  });

  it("takes a chosen record's value with its companion columns", () => {
    const outcome = choose(
      relation(1, { name: 'A', customerNumber: 'K-1', numberSeriesId: 1 }),
      [relation(2, { name: 'A', customerNumber: 'X-9', numberSeriesId: 2 })],
      [{ field: 'customerNumber', fromId: 2 }],
    );
    expect(outcome.changes).toEqual({ customerNumber: 'X-9', numberSeriesId: 2 });
    expect(outcome.releases).toEqual(new Map([[2, ['customerNumber']]]));
  });

  it('cleans a given value as any write does, and clears the field for an empty one', () => {
    const outcome = choose(
      relation(1, { name: 'A', country: 'NO', city: 'Oslo' }),
      [relation(2, { name: 'A' })],
      [
        { field: 'country', value: ' dk ' },
        { field: 'city', value: '' },
      ],
    );
    expect(outcome.changes).toEqual({ country: 'DK', city: null });
    expect(outcome.given).toEqual({ country: 'DK', city: null });
  });

  it('keeps each value not taken once, ignoring case and spaces', () => {
    const outcome = choose(relation(1, { name: 'A', email: 'info@a.dk' }), [
      relation(2, { name: 'A', email: 'INFO@a.dk ' }),
      relation(3, { name: 'a', email: 'sales@a.dk' }),
      relation(4, { name: 'A', email: 'sales@a.dk' }),
    ]);
    expect(outcome.alternates).toEqual([{ field: 'email', value: 'sales@a.dk', fromRecordId: 3 }]);
  });

  it("keeps no phone that is the same number as the one taken, read by its own record's country", () => {
    const outcome = choose(relation(1, { name: 'A', country: 'NL', phone: '+31201234567' }), [
      relation(2, { name: 'A', country: 'NL', phone: '020 123 4567' }),
      relation(3, { name: 'A', country: 'NL', phone: '+31 (0)20-123 4567' }),
      relation(4, { name: 'A', country: 'NL', phone: '020 765 4321' }),
      relation(5, { name: 'A', country: 'DK', phone: '20 12 34 56' }),
    ]);
    expect(outcome.alternates.filter((kept) => kept.field === 'phone')).toEqual([
      { field: 'phone', value: '020 765 4321', fromRecordId: 4 },
      { field: 'phone', value: '20 12 34 56', fromRecordId: 5 },
    ]);
  });

  it('compares e-mails, registration numbers, postal codes and web sites by their normalised value', () => {
    const outcome = choose(
      relation(1, {
        name: 'A',
        email: 'info@a.dk',
        registrationNumber: '12345678',
        postalCode: '1234AB',
        website: 'a.dk',
      }),
      [
        relation(2, {
          name: 'A',
          email: 'mailto:Info@A.dk',
          registrationNumber: 'DK 12 34 56 78',
          postalCode: 'NL 1234 ab',
          website: 'https://www.a.dk/',
        }),
      ],
    );
    expect(outcome.alternates).toEqual([]);
  });

  it('keeps a name that differs only by its diacritics', () => {
    const outcome = choose(relation(1, { name: 'Soren Bager' }), [relation(2, { name: 'Søren Bager' })]);
    expect(outcome.alternates).toEqual([{ field: 'name', value: 'Søren Bager', fromRecordId: 2 }]);
  });

  it('shows a reference taken from a record as the global id of what it names', () => {
    const outcome = choose(
      relation(1, { name: 'A', ownerId: 5 }),
      [relation(2, { name: 'A', ownerId: 7 })],
      [{ field: 'owner', fromId: 2 }],
    );
    expect(outcome.fieldValues).toEqual([
      { field: 'owner', value: Buffer.from('User:7').toString('base64url'), fromId: 2 },
    ]);
    expect(outcome.alternates).toEqual([]);
  });
});
