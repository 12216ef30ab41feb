import { MAX_KEY_LENGTH, blockingKeysOf } from '../../../../src/quality/matching/blocking-keys';
import type { MatchRecord } from '../../../../src/quality/matching/match-record';
import { normaliseRecord } from '../../../../src/quality/normalise/record-normaliser';

const blockingKeys = (record: MatchRecord) => blockingKeysOf(normaliseRecord(record.entityType, record.fields));

describe('blockingKeysOf', () => {
  it('keys a company on its identifiers, name and address', () => {
    const record: MatchRecord = {
      id: '1',
      entityType: 'RELATION',
      fields: {
        kind: 'COMPANY',
        name: 'Hansen & Søn ApS',
        registrationNumber: 'DK 12 34 56 78',
        email: 'info@hansen.dk',
        phone: '32 12 34 56',
        website: 'www.hansen.dk',
        street: 'Vesterbrogade 12',
        postalCode: '1620',
        city: 'København V',
        country: 'DK',
      },
    };
    expect(blockingKeys(record)).toEqual(
      expect.arrayContaining([
        'regno:12345678',
        'email:info@hansen.dk',
        'phone:2123456',
        'domain:hansen.dk',
        'company:hansen son',
        'company-word:hansen',
        'company-city:hansen|kobenhavn v',
        'address:12|vesterbro gade',
        'address-city:12|vesterbro|kobenhavn v',
      ]),
    );
  });

  it('gives written-alike records the same keys', () => {
    const a: MatchRecord = {
      id: 'a',
      entityType: 'CONTACT',
      fields: { firstName: 'Søren', lastName: 'Christoffersen', birthDate: '1971-06-24' },
    };
    const b: MatchRecord = {
      id: 'b',
      entityType: 'CONTACT',
      fields: { firstName: 'Soeren', lastName: 'Kristoffersen', birthDate: '24.06.1971' },
    };
    const shared = blockingKeys(a).filter((key) => blockingKeys(b).includes(key));
    expect(shared).toEqual(expect.arrayContaining(['person:KRST|SRN', 'person-year:KRST|1971', 'birth:1971-06-24']));
  });

  it('finds a person by the mailbox at another domain, by its sound when misspelt, and by city and birth year', () => {
    const person = (firstName: string, lastName: string, email: string, city?: string): MatchRecord => ({
      id: email,
      entityType: 'LEAD',
      fields: { kind: 'PRIVATE', firstName, lastName, email, city, birthDate: '2008-08-27' },
    });
    const shared = (a: MatchRecord, b: MatchRecord) => blockingKeys(a).filter((key) => blockingKeys(b).includes(key));
    expect(shared(person('Isla', 'Price', 'i.price@carr.com'), person('Isla', 'Pricce', 'iprice@car.com'))).toContain(
      'mailbox:iprice',
    );
    expect(
      shared(
        person('Lca', 'Hrrngton', 'lucasharrington@gmail.com'),
        person('Lucas', 'Harington', 'lucas.harington@hr.com'),
      ),
    ).toContain('mailbox-sound:LKXR');
    expect(
      shared(person('Nleaeor', 'Evasn', 'a@b.com', 'Bristol'), person('Eleanor', 'Evans', 'c@d.com', 'Bristol')),
    ).toEqual(['city-year:bristol|2008', 'birth:2008-08-27', 'birth-city:2008-08-27|bristol']);
    expect(blockingKeys(person('Ann', 'Li', 'ali@acme.dk')).some((key) => key.startsWith('mailbox'))).toBe(false);
  });

  it('makes the person key independent of the name order', () => {
    const a: MatchRecord = { id: 'a', entityType: 'CONTACT', fields: { firstName: 'Isla', lastName: 'Hall' } };
    const b: MatchRecord = { id: 'b', entityType: 'CONTACT', fields: { firstName: 'Hall', lastName: 'Isla' } };
    expect(blockingKeys(a).filter((key) => key.startsWith('person:'))).toEqual(
      blockingKeys(b).filter((key) => key.startsWith('person:')),
    );
  });

  it('keys each strong value alone, so that a pair without postal code or city still meets', () => {
    const keys = blockingKeys({
      id: 'a',
      entityType: 'CONTACT',
      fields: { firstName: 'Mia', lastName: 'Gloster', street: '4520 N Beacon St', phone: '555-1234', country: 'US' },
    });
    expect(keys).toEqual(expect.arrayContaining(['name:gloster', 'address:4520|n beacon st', 'phone:5551234']));
    expect(keys).not.toContain('name:mia');
  });

  it('finds a swapped, mistyped name by its other name alone', () => {
    const a: MatchRecord = { id: 'a', entityType: 'CONTACT', fields: { firstName: 'Mia', lastName: 'Gloster' } };
    const b: MatchRecord = { id: 'b', entityType: 'CONTACT', fields: { firstName: 'Gloster', lastName: 'Riley' } };
    expect(blockingKeys(a).filter((key) => blockingKeys(b).includes(key))).toEqual(['name:gloster']);
  });

  it('keys a company by its longest words alone', () => {
    const keys = blockingKeys({
      id: 'a',
      entityType: 'RELATION',
      fields: { kind: 'COMPANY', name: 'Beacon Hill Diner' },
    });
    expect(keys).toEqual(expect.arrayContaining(['company-word:beacon', 'company-word:diner']));
  });

  it("keys a person's mailbox by its letters and digits, a company's only when it looks personal", () => {
    const mailboxKeys = (email: string, firstName?: string) =>
      blockingKeys({
        id: 'a',
        entityType: 'LEAD',
        fields: firstName ? { kind: 'PRIVATE', email, firstName } : { kind: 'BUSINESS', companyName: 'Acme', email },
      }).filter((key) => key.startsWith('mailbox:'));
    expect(mailboxKeys('anna.jensen@acme.dk')).toEqual(['mailbox:annajensen']);
    expect(mailboxKeys('aj88@gmail.com')).toEqual(['mailbox:aj88']);
    expect(mailboxKeys('info@acme.dk')).toEqual([]);
    expect(mailboxKeys('anna@acme.dk', 'Anna')).toEqual(['mailbox:anna']);
    expect(mailboxKeys('aj8@acme.dk', 'Anna')).toEqual([]);
  });

  it('cuts long keys', () => {
    const keys = blockingKeys({
      id: 'a',
      entityType: 'RELATION',
      fields: {
        kind: 'COMPANY',
        name: 'word '.repeat(20) + 'alpha beta gamma delta epsilon zeta eta theta iota kappa',
      },
    });
    expect(Math.max(...keys.map((key) => key.length))).toBeLessThanOrEqual(MAX_KEY_LENGTH);
  });
});
