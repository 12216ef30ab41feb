import { compareEmails } from '../../../../src/quality/matching/email-comparator';

const mail = (email: string | null, companyDomain: string | null = null) => ({ email, companyDomain });

describe('compareEmails', () => {
  it.each([
    [mail('anna@acme.dk', 'acme.dk'), mail('anna@acme.dk', 'acme.dk'), 'EMAIL_EXACT'],
    [mail('robert255@smith.net'), mail('roberta25@smith.net'), 'EMAIL_SIMILAR'],
    [mail('jb88@king.com'), mail('8jb88@king.com'), 'EMAIL_SIMILAR'],
    [mail('anna@acme.dk', 'acme.dk'), mail('bo@acme.dk', 'acme.dk'), 'EMAIL_DOMAIN'],
    [mail('anna@gmail.com'), mail('bo@gmail.com'), 'EMAIL_DIFFERENT'],
    [mail('al@x.dk'), mail('bo@x.dk'), 'EMAIL_DIFFERENT'],
    // another number of the same length names a namesake; swapped digits or one left out are a slip
    [mail('klauridsen18@hotmail.dk'), mail('k.lauridsen84@hotmail.dk'), 'EMAIL_DIFFERENT'],
    [mail('axel.larsson1950@outlook.com'), mail('axel.larsson1993@outlook.com'), 'EMAIL_DIFFERENT'],
    [mail('axel.larsson1950@outlook.com'), mail('axel.larsson1905@outlook.com'), 'EMAIL_SIMILAR'],
    [mail('axel.larsson1950@outlook.com'), mail('axel.larsson950@outlook.com'), 'EMAIL_SIMILAR'],
  ])('rates %p vs %p as %s', (a, b, level) => {
    expect(compareEmails(a, b)).toBe(level);
  });

  it('is missing when either side is', () => {
    expect(compareEmails(mail(null), mail('anna@acme.dk'))).toBeNull();
  });
});
