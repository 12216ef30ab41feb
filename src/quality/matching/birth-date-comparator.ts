import { editDistanceWithin } from './string-metrics';

export type BirthDateLevel = 'BIRTHDATE_EXACT' | 'BIRTHDATE_SIMILAR' | 'BIRTHDATE_NEAR' | 'BIRTHDATE_DIFFERENT';

const DAY_MS = 86_400_000;

/**
 * Compares YYYY-MM-DD dates: one mistyped or swapped digit, or day and month swapped, is SIMILAR;
 * within a year or two digits off is NEAR.
 */
export function compareBirthDates(a: string | null, b: string | null): BirthDateLevel | null {
  if (a == null || b == null) return null;
  if (a === b) return 'BIRTHDATE_EXACT';
  const [yearA, monthA, dayA] = a.split('-');
  const [yearB, monthB, dayB] = b.split('-');
  const digitEdits = editDistanceWithin(a.replace(/-/g, ''), b.replace(/-/g, ''), 2);
  if (digitEdits <= 1 || (yearA === yearB && monthA === dayB && dayA === monthB)) return 'BIRTHDATE_SIMILAR';
  const days = Math.abs(Date.parse(a) - Date.parse(b)) / DAY_MS;
  return digitEdits <= 2 || days <= 366 ? 'BIRTHDATE_NEAR' : 'BIRTHDATE_DIFFERENT';
}
