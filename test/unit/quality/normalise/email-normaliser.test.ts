import { normaliseEmail } from '../../../../src/quality/normalise/email-normaliser';

describe('normaliseEmail', () => {
  it('trims, lower-cases and exposes the company domain', () => {
    expect(normaliseEmail('  Anders.Jensen@Mail.ACME.dk ')).toEqual({
      email: 'anders.jensen@mail.acme.dk',
      domain: 'mail.acme.dk',
      companyDomain: 'acme.dk',
    });
  });

  it('gives no company domain for free-mail providers', () => {
    expect(normaliseEmail('someone@gmail.com')).toEqual({
      email: 'someone@gmail.com',
      domain: 'gmail.com',
      companyDomain: null,
    });
  });

  it('drops a mailto: prefix', () => {
    expect(normaliseEmail('mailto:info@acme.dk')?.email).toBe('info@acme.dk');
  });

  it.each(['no-at-sign.dk', 'a@b', 'two@@acme.dk', '', null])('gives null for %p', (input) => {
    expect(normaliseEmail(input)).toBeNull();
  });
});
