import isEmail from 'validator/lib/isEmail';
import { isFilled } from './field-text';
import { finding, type RecordFields, type Rule } from './rule-types';

const MAILTO = /^mailto:/i;

/** The address after the clean-ups an import most often needs, when those make it valid. */
function repaired(email: string): string | null {
  const candidate = email.trim().replace(MAILTO, '').toLowerCase();
  return isEmail(candidate) ? candidate : null;
}

export const emailInvalidRule: Rule<RecordFields> = {
  code: 'EMAIL_INVALID',
  severity: 'ERROR',
  entityTypes: ['RELATION', 'CONTACT', 'LEAD'],
  field: 'email',
  description: 'The e-mail address is not a syntactically valid address.',
  check({ email }) {
    if (!isFilled(email) || isEmail(email)) return null;
    const fix = repaired(email);
    const expected = fix ? `did you mean '${fix}'?` : 'expected an address such as name@example.com';
    return finding(emailInvalidRule, email, `E-mail '${email}' is not a valid address; ${expected}`, fix);
  },
};
