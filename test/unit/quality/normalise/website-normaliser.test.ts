import { normaliseWebsite } from '../../../../src/quality/normalise/website-normaliser';

describe('normaliseWebsite', () => {
  it.each([
    ['www.x.dk', 'x.dk'],
    ['http://x.dk/path', 'x.dk'],
    ['X.DK', 'x.dk'],
    ['https://shop.acme.co.uk/a?b=1', 'acme.co.uk'],
  ])('reads %s as %s', (input, expected) => {
    expect(normaliseWebsite(input)).toBe(expected);
  });

  it.each(['n/a', 'localhost', '192.168.1.1', '', null])('gives null for %p', (input) => {
    expect(normaliseWebsite(input)).toBeNull();
  });
});
