import { getDomain } from 'tldts';
import isEmail from 'validator/lib/isEmail';
import { isFreeMailDomain } from './free-mail';

export interface NormalisedEmail {
  email: string;
  domain: string;
  /** the registrable domain ("mail.acme.dk" → "acme.dk"), null for free-mail providers */
  companyDomain: string | null;
}

/** Trims and lower-cases an e-mail address; null when it is not a valid address. */
export function normaliseEmail(value: string | null | undefined): NormalisedEmail | null {
  const email =
    value
      ?.trim()
      .replace(/^mailto:/i, '')
      .toLowerCase() ?? '';
  if (!isEmail(email)) return null;
  const domain = email.slice(email.lastIndexOf('@') + 1);
  const registrable = getDomain(domain);
  const freeMail = isFreeMailDomain(domain) || (registrable != null && isFreeMailDomain(registrable));
  return { email, domain, companyDomain: freeMail ? null : (registrable ?? domain) };
}
