import { parseOrigin } from '../../../../src/leads/web/site.service';

describe('parseOrigin', () => {
  it('writes an origin as browsers send it in the Origin header', () => {
    expect(parseOrigin('HTTPS://WWW.Example.DK/')).toBe('https://www.example.dk');
    expect(parseOrigin('http://localhost:8080')).toBe('http://localhost:8080');
    expect(parseOrigin('https://example.dk:443')).toBe('https://example.dk');
  });

  it('refuses a URL with a path, which no Origin header carries', () => {
    expect(() => parseOrigin('https://www.example.dk/contact')).toThrow(/not an origin/);
  });

  it('refuses what is not an http(s) URL', () => {
    expect(() => parseOrigin('www.example.dk')).toThrow(/not a URL/);
    expect(() => parseOrigin('ftp://example.dk')).toThrow(/not an origin/);
  });
});
