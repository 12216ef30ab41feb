import { foldHeader } from './header-fold';

type Party = 'organisation' | 'person';

const PARTY_WORDS: Record<Party, string[]> = {
  organisation: [
    'business',
    'company',
    'b2b',
    'organisation',
    'organization',
    'firma',
    'virksomhed',
    'erhverv',
    'bedrift',
    'foretak',
    'företag',
    'bolag',
    'zakelijk',
    'bedrijf',
    'organisatie',
    'společnost',
    'podnik',
    'právnická osoba',
  ],
  person: [
    'private',
    'privat',
    'person',
    'privatperson',
    'b2c',
    'consumer',
    'privé',
    'particulier',
    'soukromá osoba',
    'soukromý',
    'fyzická osoba',
  ],
};

const PARTY_OF = new Map(
  (Object.entries(PARTY_WORDS) as [Party, string[]][]).flatMap(([party, words]) =>
    words.map((word) => [foldHeader(word), party] as const),
  ),
);

export const LEAD_KINDS = { organisation: 'BUSINESS', person: 'PRIVATE' } as const;
export const RELATION_KINDS = { organisation: 'COMPANY', person: 'PRIVATE' } as const;

/** The entity's kind for a typed value in any of the import languages ("privat", "Firma", "COMPANY"), or undefined. */
export function parseKind<K extends string>(kinds: Record<Party, K>, text: string): K | undefined {
  const party = PARTY_OF.get(foldHeader(text));
  return party && kinds[party];
}
