import { badInput } from '../schema/errors';

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
const MAX_MS = 3650 * UNIT_MS.d;

/** A lifetime such as 90d, 12h or 30m, in milliseconds: a whole number of minutes, hours or days, at most ten years. */
export function parseDuration(text: string, field = 'expires'): number {
  const match = /^(\d{1,7})([mhd])$/.exec(text.trim());
  const ms = match ? Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS] : NaN;
  if (!(ms > 0 && ms <= MAX_MS))
    throw badInput(
      `${field} must be a lifetime such as 90d, 12h or 30m (days, hours or minutes, more than none and at most 3650d), got '${text.slice(0, 40)}'`,
      field,
    );
  return ms;
}
