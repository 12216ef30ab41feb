import type { ContactFields, LeadFields } from '../record-fields';
import { isoDay } from '../../fields/calendar-day';
import { isFilled } from './field-text';
import { finding, type Rule } from './rule-types';

/** Nobody on record has lived longer; an older birth date is a typing error (1879 for 1979) or a placeholder. */
const MAX_AGE_YEARS = 120;

const dayText = (date: Date) => date.toISOString().slice(0, 10);

/** Today, and the earliest birth date of someone alive today, at UTC. */
function plausibleRange(now: Date): { earliest: Date; today: Date } {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const earliest = new Date(today);
  earliest.setUTCFullYear(today.getUTCFullYear() - MAX_AGE_YEARS);
  return { earliest, today };
}

// Reads the clock as well as the fields: a finding is as of the day the record was last validated (a scan renews it).
export const birthDateImplausibleRule: Rule<ContactFields | LeadFields> = {
  code: 'BIRTH_DATE_IMPLAUSIBLE',
  severity: 'ERROR',
  entityTypes: ['CONTACT', 'LEAD'],
  field: 'birthDate',
  description: `The birth date is no real date, lies in the future, or is more than ${MAX_AGE_YEARS} years ago.`,
  check({ birthDate }) {
    if (!isFilled(birthDate)) return null;
    const day = isoDay(birthDate.trim());
    if (day === null)
      return finding(
        birthDateImplausibleRule,
        birthDate,
        `Birth date '${birthDate}' is not a real date written YYYY-MM-DD`,
      );
    const { earliest, today } = plausibleRange(new Date());
    if (day > today)
      return finding(
        birthDateImplausibleRule,
        birthDate,
        `Birth date '${birthDate}' lies in the future (today is ${dayText(today)})`,
      );
    if (day < earliest)
      return finding(
        birthDateImplausibleRule,
        birthDate,
        `Birth date '${birthDate}' is more than ${MAX_AGE_YEARS} years ago (before ${dayText(earliest)}); check the year`,
      );
    return null;
  },
};
