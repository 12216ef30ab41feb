import type { MatchRecord } from '../../../../src/quality/matching/match-record';

const FIRST_NAMES = [
  'anna',
  'mette',
  'lars',
  'jens',
  'sofie',
  'mikkel',
  'ida',
  'frederik',
  'emma',
  'oliver',
  'freja',
  'noah',
  'clara',
  'victor',
  'laura',
];
const LAST_NAMES = [
  'jensen',
  'nielsen',
  'hansen',
  'pedersen',
  'andersen',
  'christensen',
  'larsen',
  'sorensen',
  'rasmussen',
  'poulsen',
  'madsen',
  'kristensen',
  'olsen',
  'thomsen',
  'moller',
];
const CITIES = ['kobenhavn', 'aarhus', 'odense', 'aalborg', 'esbjerg', 'randers', 'kolding'];

/** A seeded people set: `people` persons, `duplicates` of them entered a second time with a typo; same `person` = same entity. */
export function syntheticPeople(people: number, duplicates: number, seed = 7): Array<MatchRecord & { person: number }> {
  let state = seed;
  const random = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const typo = (value: string): string => {
    const at = 1 + random(value.length - 1);
    return value.slice(0, at) + value.slice(at + 1);
  };
  const originals = Array.from({ length: people }, (_, person) => ({
    person,
    firstName: FIRST_NAMES[random(FIRST_NAMES.length)],
    lastName: LAST_NAMES[random(LAST_NAMES.length)],
    birthDate: `${1940 + random(60)}-${String(1 + random(12)).padStart(2, '0')}-${String(1 + random(28)).padStart(2, '0')}`,
    city: CITIES[random(CITIES.length)],
    email: `p${person}@example${random(50)}.dk`,
  }));
  const copies = originals.slice(0, duplicates).map((original) => {
    const change = random(3);
    return {
      ...original,
      firstName: change === 0 ? typo(original.firstName) : original.firstName,
      lastName: change === 1 ? typo(original.lastName) : original.lastName,
      email: change === 2 ? '' : original.email,
    };
  });
  return [...originals, ...copies].map(({ person, ...fields }, index) => ({
    id: `r${index}`,
    person,
    entityType: 'LEAD',
    fields: { kind: 'PRIVATE', country: 'DK', ...fields },
  }));
}
