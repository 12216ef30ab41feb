import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { stdnum } from 'stdnum';
import { generateRelations, type GeneratedRelation } from '../../../bench/generate';
import { isFreeMailDomain } from '../../../src/quality/normalise/free-mail';

const take = (count: number, seed = 1, duplicateShare?: number) => [
  ...generateRelations({ count, seed, duplicateShare }),
];

/** The country of every entity, from its first record (copies may lack the country). */
function countries(rows: GeneratedRelation[]): Map<number, string> {
  const byKey = new Map<number, string>();
  for (const { fields, entityKey } of rows) if (!byKey.has(entityKey)) byKey.set(entityKey, fields.country!);
  return byKey;
}

describe('generateRelations', () => {
  const rows = take(10_000, 7);

  it('gives the same records for the same seed, and others for another seed', () => {
    expect(take(100, 42)).toEqual(take(100, 42));
    expect(take(100, 43)).not.toEqual(take(100, 42));
  });

  it('streams: a huge count costs nothing until records are drawn', () => {
    const it = generateRelations({ count: 1e12 });
    expect(it.next().done).toBe(false);
  });

  it('makes about duplicateShare of the records copies of an earlier entity', () => {
    const copies = rows.length - new Set(rows.map((r) => r.entityKey)).size;
    expect(copies / rows.length).toBeGreaterThan(0.085);
    expect(copies / rows.length).toBeLessThan(0.115);
    const none = take(2_000, 7, 0);
    expect(new Set(none.map((r) => r.entityKey)).size).toBe(2_000);
  });

  it('numbers entities 1, 2, 3 … in order of their first record', () => {
    let highest = 0;
    for (const { entityKey } of rows) {
      expect(entityKey).toBeLessThanOrEqual(highest + 1);
      highest = Math.max(highest, entityKey);
    }
  });

  it('spreads records over DK, NO, SE, NL and CZ, companies and private persons', () => {
    const originals = [...countries(rows).values()];
    for (const code of ['DK', 'NO', 'SE', 'NL', 'CZ']) {
      expect(originals.filter((c) => c === code).length).toBeGreaterThan(originals.length * 0.05);
    }
    const privates = rows.filter((r) => r.fields.kind === 'PRIVATE').length / rows.length;
    expect(privates).toBeGreaterThan(0.17);
    expect(privates).toBeLessThan(0.23);
  });

  it('writes registration numbers that pass the national checksum, in every spelling', () => {
    const validators: Record<string, { validate(v: string): { isValid: boolean } }> = {
      DK: stdnum.DK.cvr,
      NO: stdnum.NO.orgnr,
      SE: stdnum.SE.orgnr,
      CZ: stdnum.CZ.ico,
    };
    const length: Record<string, number> = { DK: 8, NO: 9, SE: 10, CZ: 8 };
    const country = countries(rows);
    let checked = 0;
    for (const { fields, entityKey } of rows) {
      const c = country.get(entityKey)!;
      if (!fields.registrationNumber || !validators[c]) continue;
      const digits = fields.registrationNumber.replace(/\D/g, '').slice(0, length[c]);
      expect([fields.registrationNumber, validators[c].validate(digits).isValid]).toEqual([
        fields.registrationNumber,
        true,
      ]);
      checked++;
    }
    expect(checked).toBeGreaterThan(5_000);
  });

  it('keeps one registration number per entity and never shares it between entities', () => {
    const country = countries(rows);
    const owner = new Map<string, number>();
    for (const { fields, entityKey } of rows) {
      if (!fields.registrationNumber) continue;
      // VAT spellings add a country prefix and, in SE, a trailing "01"
      const number = country.get(entityKey)! + fields.registrationNumber.replace(/\D/g, '').slice(0, 10);
      expect(owner.get(number) ?? entityKey).toBe(entityKey);
      owner.set(number, entityKey);
    }
  });

  it('writes phone numbers valid for the country in every format', () => {
    const country = countries(rows);
    for (const { fields, entityKey } of rows) {
      if (!fields.phone) continue;
      const c = country.get(entityKey)! as 'DK';
      expect([c, fields.phone, isValidPhoneNumber(fields.phone, c)]).toEqual([c, fields.phone, true]);
    }
  });

  it('writes postal codes in the national format', () => {
    const format: Record<string, RegExp> = {
      DK: /^\d{4}$/,
      NO: /^\d{4}$/,
      SE: /^\d{3} \d{2}$/,
      NL: /^\d{4} [A-Z]{2}$/,
      CZ: /^\d{3} \d{2}$/,
    };
    const country = countries(rows);
    for (const { fields, entityKey } of rows) {
      if (fields.postalCode) expect(fields.postalCode).toMatch(format[country.get(entityKey)!]);
    }
  });

  it('writes copies differently from the first record, but recognisably', () => {
    const first = new Map<number, GeneratedRelation['fields']>();
    let copies = 0;
    let changedName = 0;
    let changedPhone = 0;
    for (const { fields, entityKey } of rows) {
      const original = first.get(entityKey);
      if (!original) {
        first.set(entityKey, fields);
        continue;
      }
      copies++;
      if (fields.name !== original.name) changedName++;
      if (fields.phone && original.phone && fields.phone !== original.phone) changedPhone++;
      expect(fields.kind).toBe(original.kind);
      if (fields.postalCode) expect(fields.postalCode).toBe(original.postalCode);
    }
    expect(changedName / copies).toBeGreaterThan(0.3);
    expect(changedPhone / copies).toBeGreaterThan(0.3);
  });

  it('gives every e-mail address and company domain to one entity only, namesakes too', () => {
    const owners = new Map<string, Set<number>>();
    const own = (value: string, entityKey: number) =>
      owners.set(value, (owners.get(value) ?? new Set()).add(entityKey));
    const rows = take(200_000, 1);
    for (const { fields, entityKey } of rows) {
      if (fields.email) own(fields.email.toLowerCase(), entityKey);
      if (fields.email && fields.kind === 'COMPANY') own(fields.email.toLowerCase().split('@')[1], entityKey);
    }
    const names = new Map<string, Set<number>>();
    for (const { fields, entityKey } of rows)
      names.set(fields.name!, (names.get(fields.name!) ?? new Set()).add(entityKey));
    expect([...names.values()].filter((keys) => keys.size > 1).length).toBeGreaterThan(100);
    expect([...owners].filter(([, keys]) => keys.size > 1)).toEqual([]);
  });

  it('uses the company domain for companies and free mail for private persons', () => {
    for (const { fields } of rows) {
      if (!fields.email) continue;
      const domain = fields.email.split('@')[1];
      expect([domain, isFreeMailDomain(domain)]).toEqual([domain, fields.kind === 'PRIVATE']);
    }
  });
});
