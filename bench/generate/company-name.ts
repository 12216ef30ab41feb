import type { CountryProfile, LegalForm, NameWords } from './country-profile';
import { int, pick, type Random, weighted } from './prng';
import type { Person } from './person';

const INITIALS = 'ABCDEFGHJKLMNOPRSTV'.split('');

type Pickers = { template: (r: Random) => (w: NameWords) => string; legalForm: (r: Random) => LegalForm };
const pickers = new Map<CountryProfile, Pickers>();

function pickersOf(profile: CountryProfile): Pickers {
  let p = pickers.get(profile);
  if (!p) {
    p = {
      template: weighted(profile.nameTemplates),
      legalForm: weighted(profile.legalForms.map((f) => [f.weight, f] as const)),
    };
    pickers.set(profile, p);
  }
  return p;
}

/** A company name without its legal form, e.g. "Nordisk Tømrer", "Bergen Rør", "Novák Stavby". */
export function companyName(profile: CountryProfile, r: Random, place: string, owner: Person): string {
  const trades = profile.trades;
  const t = int(r, trades.length);
  return pickersOf(profile).template(r)({
    prefix: pick(r, profile.prefixes),
    trade: trades[t],
    otherTrade: trades[(t + 1 + int(r, trades.length - 1)) % trades.length],
    place,
    first: owner.first,
    last: owner.last,
    otherLast: pick(r, profile.lastNames),
    initials: pick(r, INITIALS) + pick(r, INITIALS),
  });
}

export function legalForm(profile: CountryProfile, r: Random): LegalForm {
  return pickersOf(profile).legalForm(r);
}
