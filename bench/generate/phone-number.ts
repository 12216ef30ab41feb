import type { PhoneBlock, PhonePlan } from './country-profile';
import { pick, type Random, scatter } from './prng';

export interface PhoneNumber {
  plan: PhonePlan;
  block: PhoneBlock;
  /** national significant number: no trunk 0, no country code */
  nsn: string;
}

/** national "070-123 45 67", international "+46 70 123 45 67", e164 "+46701234567", compact "0701234567", idd "0046701234567" */
export type PhoneStyle = 'national' | 'international' | 'e164' | 'compact' | 'idd';
export const PHONE_STYLES: readonly PhoneStyle[] = ['national', 'international', 'e164', 'compact', 'idd'];

/** A mobile or landline number of the plan; distinct serials give distinct numbers. */
export function phoneNumber(plan: PhonePlan, mobile: boolean, serial: number, offset: number, r: Random): PhoneNumber {
  const block = pick(
    r,
    plan.blocks.filter((b) => b.mobile === mobile),
  );
  const free = block.length - block.prefixes[0].length;
  const perPrefix = 10 ** free;
  const space = block.prefixes.length * perPrefix;
  const u = scatter(serial, space, offset ^ 0x9e3779b9);
  return { plan, block, nsn: block.prefixes[Math.floor(u / perPrefix)] + String(u % perPrefix).padStart(free, '0') };
}

function groups(nsn: string, sizes: readonly number[]): string[] {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) parts.push(nsn.slice(at, (at += size)));
  return parts;
}

export function formatPhone({ plan, block, nsn }: PhoneNumber, style: PhoneStyle): string {
  switch (style) {
    case 'national': {
      const [area, ...rest] = groups(nsn, block.groups);
      return plan.trunk + area + (plan.areaDash ? '-' : ' ') + rest.join(' ');
    }
    case 'international':
      return `+${plan.callingCode} ${groups(nsn, block.groups).join(' ')}`;
    case 'e164':
      return `+${plan.callingCode}${nsn}`;
    case 'compact':
      return plan.trunk + nsn;
    case 'idd':
      return `00${plan.callingCode}${nsn}`;
  }
}
