import { getDomain } from 'tldts';
import type { LeadFields, RelationFields } from '../record-fields';
import { isFreeMailDomain } from '../normalise/free-mail';
import { isFilled } from './field-text';
import { finding, type Rule } from './rule-types';

export const freeMailWithWebsiteRule: Rule<RelationFields | LeadFields> = {
  code: 'FREE_MAIL_WITH_WEBSITE',
  severity: 'WARNING',
  entityTypes: ['RELATION', 'LEAD'],
  field: 'email',
  description: 'The e-mail address is at a free-mail provider while the record has a web site of its own.',
  check({ email, website }) {
    if (!isFilled(email) || !isFilled(website)) return null;
    const mailDomain = email.slice(email.lastIndexOf('@') + 1);
    if (!isFreeMailDomain(mailDomain)) return null;
    const siteDomain = getDomain(website.trim());
    if (siteDomain === null || isFreeMailDomain(siteDomain)) return null;
    return finding(
      freeMailWithWebsiteRule,
      email,
      `E-mail '${email}' is at the free-mail provider ${mailDomain.trim().toLowerCase()} while the web site is ${siteDomain}; prefer an address at ${siteDomain}`,
    );
  },
};
