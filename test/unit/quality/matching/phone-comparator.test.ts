import { comparePhones, phoneTail } from '../../../../src/quality/matching/phone-comparator';
import { compare } from '../../../../src/quality/matching/match-scorer';

describe('comparePhones', () => {
  it.each([
    ['+12125551234', '+12125551234', 'PHONE_EXACT'],
    ['+12125551234', '+13125551234', 'PHONE_DIFFERENT'],
    ['5551234', '+12125551234', 'PHONE_EXACT'],
    ['+12125551234', '5551234', 'PHONE_EXACT'],
    ['5551234', '5551235', 'PHONE_DIFFERENT'],
    ['551234', '+12125551234', 'PHONE_DIFFERENT'],
    ['5551234', null, null],
  ] as const)('%s vs %s is %s', (a, b, level) => {
    expect(comparePhones(a, b)).toBe(level);
  });

  it('keys a phone by its last seven digits', () => {
    expect(phoneTail('+12125551234')).toBe('5551234');
    expect(phoneTail('5551234')).toBe('5551234');
    expect(phoneTail('551234')).toBeNull();
  });

  it('scores a local number written without its area code as the same phone', () => {
    const restaurant = (phone: string) => ({
      id: phone,
      entityType: 'RELATION' as const,
      fields: { kind: 'COMPANY' as const, name: 'Beacon Diner', phone, country: 'US' },
    });
    const evidence = compare(restaurant('555-1234'), restaurant('(212) 555-1234')).evidence;
    expect(evidence.find((item) => item.field === 'phone')?.reason).toBe('PHONE_EXACT');
  });
});
