import crypto from 'node:crypto';
import type { NormalisedRecord } from '../normalise/normalised-record';
import { blockingKeysOf } from './blocking-keys';

/**
 * A blocking key as it is stored and looked up: the first 48 bits of its text's MD5, a safe JavaScript integer in a
 * BIGINT column. Eight bytes instead of the text make the match_key index about half as large, so a MySQL buffer
 * pool of ordinary size holds it. Among 10 million distinct keys about 0.2 pairs are expected to share a hash;
 * such a pair mostly adds a candidate, which scoring then weighs on its fields (it never links by itself), and at
 * worst puts a rare key into a common key's block, which is skipped. MySQL computes the same number as
 * CONV(LEFT(MD5(text), 12), 16, 10), which is how the HashedMatchKeys migration converted stored keys.
 */
export function matchKeyHash(key: string): number {
  return crypto.hash('md5', key, 'buffer').readUIntBE(0, 6);
}

const hashedKeys = new WeakMap<NormalisedRecord, number[]>();

/** A normalised record's blocking keys, hashed; computed once per record object (remembered normalisations are shared). */
export function hashedBlockingKeys(record: NormalisedRecord): number[] {
  let hashes = hashedKeys.get(record);
  if (hashes === undefined) hashedKeys.set(record, (hashes = blockingKeysOf(record).map(matchKeyHash)));
  return hashes;
}
