import { matchingPhone, normalisePhone } from '../../../../src/quality/normalise/phone-normaliser';

describe('normalisePhone', () => {
  it.each([
    ['12 34 56 78', 'DK', '+4512345678'],
    ['+45 12 34 56 78', null, '+4512345678'],
    ['0045 1234 5678', 'dk', '+4512345678'],
    ['212/ 371-7777', 'US', '+12123717777'],
    ['+46 8 123 456 78', 'DK', '+46812345678'],
    ['tel: +45 2012 3456', 'DK', '+4520123456'],
  ])('reads %s (country %s) as %s', (input, country, expected) => {
    expect(normalisePhone(input, country)).toBe(expected);
  });

  it.each([
    ['abc', 'DK'],
    ['123', 'DK'],
    ['20 12 34 56', null],
    ['', 'DK'],
  ])('gives null for %p (country %s)', (input, country) => {
    expect(normalisePhone(input, country)).toBeNull();
  });

  it('ignores a country it does not know', () => {
    expect(normalisePhone('12345678', 'Danmark')).toBeNull();
  });
});

describe('matchingPhone', () => {
  it.each([
    ['(212) 555-1234', 'US', '+12125551234'],
    ['555-1234', 'US', '5551234'],
    ['123 4567', 'GB', '1234567'],
    ['20 12 34 56', null, '20123456'],
    ['0043 1234', null, '431234'],
  ])('reads %s (country %s) as %s', (input, country, expected) => {
    expect(matchingPhone(input, country)).toBe(expected);
  });

  it.each(['1234', '', 'n/a', '0000'])('gives null for %p', (input) => {
    expect(matchingPhone(input, 'US')).toBeNull();
  });
});
