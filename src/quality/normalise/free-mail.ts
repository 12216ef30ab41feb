import freeEmailDomains = require('free-email-domains');

const FREE_MAIL = new Set<string>(freeEmailDomains);

/** True when the domain belongs to a free-mail provider (gmail.com, seznam.cz, hotmail.dk …), so it says nothing about a company. */
export function isFreeMailDomain(domain: string): boolean {
  return FREE_MAIL.has(domain.trim().toLowerCase());
}
