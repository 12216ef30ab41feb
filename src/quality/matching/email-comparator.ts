import { editDistanceWithin } from './string-metrics';

export type EmailLevel = 'EMAIL_EXACT' | 'EMAIL_SIMILAR' | 'EMAIL_DOMAIN' | 'EMAIL_DIFFERENT';

export interface EmailAddress {
  email: string | null;
  /** null for free-mail providers */
  companyDomain: string | null;
}

/** Length from which a second typo is tolerated. */
const LONG_ADDRESS = 12;

/** Compares normalised e-mail addresses: a typo is SIMILAR, another mailbox at the same company domain is EMAIL_DOMAIN. */
export function compareEmails(a: EmailAddress, b: EmailAddress): EmailLevel | null {
  if (a.email == null || b.email == null) return null;
  if (a.email === b.email) return 'EMAIL_EXACT';
  const allowedEdits = Math.min(a.email.length, b.email.length) >= LONG_ADDRESS ? 2 : 1;
  if (editDistanceWithin(a.email, b.email, allowedEdits) <= allowedEdits) return 'EMAIL_SIMILAR';
  return a.companyDomain != null && a.companyDomain === b.companyDomain ? 'EMAIL_DOMAIN' : 'EMAIL_DIFFERENT';
}
