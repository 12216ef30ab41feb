import { editDistanceWithin } from './string-metrics';

export type EmailLevel = 'EMAIL_EXACT' | 'EMAIL_SIMILAR' | 'EMAIL_DOMAIN' | 'EMAIL_DIFFERENT';

export interface EmailAddress {
  email: string | null;
  /** null for free-mail providers */
  companyDomain: string | null;
}

/** Length from which a second typo is tolerated. */
const LONG_ADDRESS = 12;

const sortedDigits = (digits: string): string => [...digits].sort().join('');

/**
 * Whether two addresses differ only in a number of the same length (and punctuation), other than by two digits swapped
 * ("klauridsen18@" and "k.lauridsen84@"): people of one name tell their addresses apart by such a number, so it
 * names another person rather than a slip of the finger (a digit left out or doubled still is one).
 */
function anotherNumber(a: string, b: string): boolean {
  const [digitsA, digitsB] = [a.replace(/\D/g, ''), b.replace(/\D/g, '')];
  return (
    digitsA.length === digitsB.length &&
    sortedDigits(digitsA) !== sortedDigits(digitsB) &&
    a.replace(/[^\p{L}]/gu, '') === b.replace(/[^\p{L}]/gu, '')
  );
}

/** Compares normalised e-mail addresses: a typo is SIMILAR, another mailbox at the same company domain is EMAIL_DOMAIN. */
export function compareEmails(a: EmailAddress, b: EmailAddress): EmailLevel | null {
  if (a.email == null || b.email == null) return null;
  if (a.email === b.email) return 'EMAIL_EXACT';
  const allowedEdits = Math.min(a.email.length, b.email.length) >= LONG_ADDRESS ? 2 : 1;
  if (editDistanceWithin(a.email, b.email, allowedEdits) <= allowedEdits && !anotherNumber(a.email, b.email))
    return 'EMAIL_SIMILAR';
  return a.companyDomain != null && a.companyDomain === b.companyDomain ? 'EMAIL_DOMAIN' : 'EMAIL_DIFFERENT';
}
