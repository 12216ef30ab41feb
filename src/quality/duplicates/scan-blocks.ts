/** How many records of one type a scan can hold: the record index takes 24 bits of an entry. */
export const MAX_SCAN_RECORDS = 2 ** 24 - 1;

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const LOW = LITTLE_ENDIAN ? 0 : 1;
const HIGH = 1 - LOW;
const INDEX_MASK = 0xffffff;

/** 40 of a hashed key's 48 bits (matchKeyHash): 32 above 8, so that millions of keys hardly ever collide. */
function keyBits(keyHash: number): [number, number] {
  return [Math.floor(keyHash / 0x10000) >>> 0, (keyHash >>> 8) & 0xff];
}

/**
 * A full scan's blocking in memory. Each (key, record) is one 64-bit entry, 40 bits of the key's hash above the
 * record's 24-bit index, so the ~11 keys of each of a million records take about 90 MB, and one sort of the
 * entries groups every block. Blocks of 2 to maxBlockSize records then give the candidate pairs, each pair once.
 */
export class ScanBlocks {
  private entries: BigUint64Array;
  private words: Uint32Array;
  private size = 0;
  private blockStarts = new Int32Array(0);
  /** per record, where its blocks are listed in blocksOfRecords */
  private recordOffsets = new Int32Array(0);
  private blocksOfRecords = new Int32Array(0);
  private seenBy = new Int32Array(0);

  constructor(expectedEntries: number) {
    this.entries = new BigUint64Array(Math.max(16, expectedEntries));
    this.words = new Uint32Array(this.entries.buffer);
  }

  /** Each key once per record. */
  add(recordIndex: number, keyHash: number): void {
    if (recordIndex > MAX_SCAN_RECORDS) throw new Error(`A scan holds at most ${MAX_SCAN_RECORDS} records of a type`);
    if (this.size === this.entries.length) {
      const grown = new BigUint64Array(this.entries.length * 2);
      grown.set(this.entries);
      this.entries = grown;
      this.words = new Uint32Array(grown.buffer);
    }
    const [high, low] = keyBits(keyHash);
    this.words[2 * this.size + HIGH] = high;
    this.words[2 * this.size + LOW] = ((low << 24) | recordIndex) >>> 0;
    this.size += 1;
  }

  /** Groups the entries into blocks; after this, partnersOf answers. */
  seal(recordCount: number, maxBlockSize: number): void {
    const sorted = this.entries.subarray(0, this.size).sort();
    const words = new Uint32Array(sorted.buffer, 0, 2 * this.size);
    const starts: number[] = [];
    for (let start = 0; start < this.size;) {
      let end = start + 1;
      while (end < this.size && this.keyAt(end) === this.keyAt(start)) end++;
      if (end - start >= 2 && end - start <= maxBlockSize) starts.push(start, end);
      start = end;
    }
    this.blockStarts = Int32Array.from(starts);
    const offsets = new Int32Array(recordCount + 1);
    for (let b = 0; b < starts.length; b += 2)
      for (let n = starts[b]; n < starts[b + 1]; n++) offsets[(words[2 * n + LOW] & INDEX_MASK) + 1]++;
    for (let r = 0; r < recordCount; r++) offsets[r + 1] += offsets[r];
    const fill = offsets.slice(0, recordCount);
    const blocks = new Int32Array(offsets[recordCount]);
    for (let b = 0; b < starts.length; b += 2)
      for (let n = starts[b]; n < starts[b + 1]; n++) blocks[fill[words[2 * n + LOW] & INDEX_MASK]++] = b;
    this.recordOffsets = offsets;
    this.blocksOfRecords = blocks;
    this.seenBy = new Int32Array(recordCount).fill(-1);
  }

  /** How many records hold a key (40 bits of its hash, as stored), common keys too; after seal. */
  countOf(keyHash: number): number {
    const [high, low] = keyBits(keyHash);
    const wanted = high * 256 + low;
    const firstAtLeast = (target: number): number => {
      let [from, to] = [0, this.size];
      while (from < to) {
        const middle = (from + to) >>> 1;
        if (this.keyAt(middle) < target) from = middle + 1;
        else to = middle;
      }
      return from;
    };
    return firstAtLeast(wanted + 1) - firstAtLeast(wanted);
  }

  private keyAt(n: number): number {
    return this.words[2 * n + HIGH] * 256 + (this.words[2 * n + LOW] >>> 24);
  }

  /** Calls visit(j) once for every record j > i that shares a block with record i. */
  partnersOf(i: number, visit: (j: number) => void): void {
    const words = this.words;
    for (let q = this.recordOffsets[i]; q < this.recordOffsets[i + 1]; q++) {
      const block = this.blocksOfRecords[q];
      for (let n = this.blockStarts[block]; n < this.blockStarts[block + 1]; n++) {
        const j = words[2 * n + LOW] & INDEX_MASK;
        if (j <= i || this.seenBy[j] === i) continue;
        this.seenBy[j] = i;
        visit(j);
      }
    }
  }
}
