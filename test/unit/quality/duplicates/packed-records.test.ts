import { PackedRecords } from '../../../../src/quality/duplicates/packed-records';
import { normaliseRecord } from '../../../../src/quality/normalise/record-normaliser';

describe('PackedRecords', () => {
  it('gives back each normalised record as it was pushed', () => {
    const records = [
      normaliseRecord('LEAD', {
        kind: 'PRIVATE',
        firstName: 'Søren',
        lastName: 'Østergaard',
        email: 'soren@example.dk',
        phone: '+45 12 34 56 78',
        birthDate: '1980-02-03',
        country: 'DK',
      }),
      normaliseRecord('LEAD', {
        kind: 'BUSINESS',
        companyName: 'Nordisk Tømrer ApS',
        street: 'Parkvej 4B',
        postalCode: '8000',
        city: 'Aarhus C',
        website: 'www.nordisk.dk',
      }),
    ];
    const packed = new PackedRecords('LEAD');
    records.forEach((record) => packed.push(record));
    expect([packed.get(0), packed.get(1)]).toEqual(records);
  });

  it('keeps an empty text apart from a missing one', () => {
    const packed = new PackedRecords('CONTACT');
    const record = { ...normaliseRecord('CONTACT', { lastName: 'Holm' }), street: '' };
    packed.push(record);
    expect(packed.get(0)).toEqual(record);
  });
});
