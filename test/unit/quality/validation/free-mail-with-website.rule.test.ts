import type { RelationFields } from '../../../../src/quality/record-fields';
import { freeMailWithWebsiteRule } from '../../../../src/quality/validation/free-mail-with-website.rule';

const relation = (email: string | null, website: string | null): RelationFields => ({
  kind: 'COMPANY',
  name: 'Hansen',
  email,
  website,
});

describe('FREE_MAIL_WITH_WEBSITE', () => {
  it('flags a free-mail address next to a web site of its own, suggesting nothing', () => {
    expect(
      freeMailWithWebsiteRule.check(relation('hansen.vvs@gmail.com', 'https://www.hansen-vvs.dk/kontakt')),
    ).toEqual({
      code: 'FREE_MAIL_WITH_WEBSITE',
      severity: 'WARNING',
      field: 'email',
      message:
        "E-mail 'hansen.vvs@gmail.com' is at the free-mail provider gmail.com while the web site is hansen-vvs.dk; prefer an address at hansen-vvs.dk",
      value: 'hansen.vvs@gmail.com',
      suggestedValue: null,
    });
  });

  it.each([
    ['a company address', 'info@hansen-vvs.dk', 'www.hansen-vvs.dk'],
    ['no web site', 'hansen@seznam.cz', null],
    ['a web site that is no domain', 'hansen@gmail.com', 'n/a'],
    ['the free-mail site as web site', 'hansen@gmail.com', 'gmail.com'],
    ['no e-mail', null, 'www.hansen-vvs.dk'],
  ])('accepts %s', (_, email, website) => {
    expect(freeMailWithWebsiteRule.check(relation(email, website))).toBeNull();
  });
});
