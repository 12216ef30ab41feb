import { findCandidateIndexPairs } from '../../../../src/quality/matching/candidate-finder';
import { blockingKeysOf } from '../../../../src/quality/matching/blocking-keys';
import { normaliseRecord } from '../../../../src/quality/normalise/record-normaliser';
import { ScanBlocks } from '../../../../src/quality/duplicates/scan-blocks';
import { matchKeyHash } from '../../../../src/quality/matching/match-key-hash';
import { syntheticPeople } from '../matching/synthetic-people';

function scanPairs(keysOfRecords: string[][], maxBlockSize: number): Array<[number, number]> {
  const blocks = new ScanBlocks(4);
  keysOfRecords.forEach((keys, index) => keys.forEach((key) => blocks.add(index, matchKeyHash(key))));
  blocks.seal(keysOfRecords.length, maxBlockSize);
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < keysOfRecords.length; i++) blocks.partnersOf(i, (j) => pairs.push([i, j]));
  return pairs;
}

const sorted = (pairs: Array<[number, number]>) => [...pairs].sort((x, y) => x[0] - y[0] || x[1] - y[1]);

describe('ScanBlocks', () => {
  it('gives the candidate pairs the in-memory blocking gives, each once', () => {
    const records = syntheticPeople(400, 120).map((person) => normaliseRecord(person.entityType, person.fields));
    const expected = findCandidateIndexPairs(records, { maxBlockSize: 20 });
    expect(expected.length).toBeGreaterThan(100);
    expect(sorted(scanPairs(records.map(blockingKeysOf), 20))).toEqual(sorted(expected));
  });

  it('skips a key shared by more records than maxBlockSize', () => {
    const keys = [['email:info@acme.dk'], ['email:info@acme.dk'], ['email:info@acme.dk']];
    expect(scanPairs(keys, 2)).toEqual([]);
    expect(scanPairs(keys, 3)).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
  });

  it('counts the holders of a key, of a block too common to pair on as well', () => {
    const keys = [['name:jensen', 'phone:1'], ['name:jensen'], ['name:jensen', 'phone:1'], ['name:hansen']];
    const blocks = new ScanBlocks(2);
    keys.forEach((recordKeys, index) => recordKeys.forEach((key) => blocks.add(index, matchKeyHash(key))));
    blocks.seal(keys.length, 2);
    expect(
      ['name:jensen', 'phone:1', 'name:hansen', 'name:olsen'].map((key) => blocks.countOf(matchKeyHash(key))),
    ).toEqual([3, 2, 1, 0]);
  });

  it('grows past the number of keys it expected', () => {
    const keys = Array.from({ length: 50 }, (_, n) => [`phone:+45${Math.floor(n / 2)}`]);
    expect(scanPairs(keys, 20)).toHaveLength(25);
  });
});
