import type { CountryProfile } from '../country-profile';
import { weighted } from '../prng';
import { czechia } from './cz';
import { denmark } from './dk';
import { netherlands } from './nl';
import { norway } from './no';
import { sweden } from './se';

const COUNTRIES: readonly CountryProfile[] = [denmark, norway, sweden, netherlands, czechia];

export const pickCountry = weighted(COUNTRIES.map((c) => [c.weight, c] as const));
