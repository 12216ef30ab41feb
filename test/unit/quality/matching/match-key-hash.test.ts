import { blockingKeysOf } from '../../../../src/quality/matching/blocking-keys';
import { hashedBlockingKeys, matchKeyHash } from '../../../../src/quality/matching/match-key-hash';
import { normaliseRecord } from '../../../../src/quality/normalise/record-normaliser';

describe('matchKeyHash', () => {
  it("is what MySQL's CONV(LEFT(MD5(key), 12), 16, 10) gives, for text beyond ASCII too", () => {
    // values from MariaDB 10.11: SELECT CONV(LEFT(MD5('phone:+4755998877'), 12), 16, 10)
    expect(matchKeyHash('phone:+4755998877')).toBe(276642806138557);
    expect(matchKeyHash('person-postal:ØRSTED|2100')).toBe(203720358099868);
  });

  it('stays a safe integer and tells different keys apart', () => {
    const hashes = Array.from({ length: 10_000 }, (_, n) => matchKeyHash(`email:person${n}@example.com`));
    expect(hashes.every(Number.isSafeInteger)).toBe(true);
    expect(new Set(hashes).size).toBe(hashes.length);
  });
});

describe('hashedBlockingKeys', () => {
  it("hashes a record's blocking keys once per record", () => {
    const record = normaliseRecord('CONTACT', {
      firstName: 'Anna',
      lastName: 'Jensen',
      email: 'anna.jensen@acme.dk',
      phone: '+4511223344',
    });
    expect(hashedBlockingKeys(record)).toEqual(blockingKeysOf(record).map(matchKeyHash));
    expect(hashedBlockingKeys(record)).toBe(hashedBlockingKeys(record));
  });
});
