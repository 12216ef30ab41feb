import { keyRange, MAX_RECORD_ID, recordKey, recordOfKey } from '../../../../src/quality/validation/record-key';

describe('record keys', () => {
  it('give every lead, relation and contact its own key, and back', () => {
    const keys = (['LEAD', 'RELATION', 'CONTACT'] as const).map((type) => recordKey(type, 42));
    expect(new Set(keys).size).toBe(3);
    expect(keys.map(recordOfKey)).toEqual([
      { entityType: 'LEAD', id: 42 },
      { entityType: 'RELATION', id: 42 },
      { entityType: 'CONTACT', id: 42 },
    ]);
  });

  it('grow with the record id, so the report pages in record order', () => {
    expect(recordKey('RELATION', 2)).toBeGreaterThan(recordKey('LEAD', 1));
    expect(recordKey('LEAD', 2)).toBeGreaterThan(recordKey('CONTACT', 1));
  });

  it('fit a 32-bit int, and refuse an id that would not', () => {
    expect(recordKey('CONTACT', MAX_RECORD_ID)).toBeLessThanOrEqual(0x7fffffff);
    expect(() => recordKey('LEAD', MAX_RECORD_ID + 1)).toThrow(RangeError);
  });

  it('cover the ids of a range of records of one type', () => {
    const [min, max] = keyRange('RELATION', 10, 20);
    expect(recordKey('RELATION', 10)).toBe(min);
    expect(recordKey('RELATION', 20)).toBe(max);
  });
});
