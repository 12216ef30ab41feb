import { phoneticKey } from '../../../../src/quality/matching/phonetic-key';

describe('phoneticKey', () => {
  it('codes names that sound alike the same', () => {
    expect(phoneticKey('christoffersen')).toBe(phoneticKey('kristoffersen'));
    expect(phoneticKey('soren')).toBe(phoneticKey('soeren'));
  });

  it('ignores spaces and keeps names apart that sound different', () => {
    expect(phoneticKey('van der berg')).toBe(phoneticKey('vanderberg'));
    expect(phoneticKey('jensen')).not.toBe(phoneticKey('hansen'));
  });
});
