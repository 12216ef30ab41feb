import { getDomain } from 'tldts';

/** The registrable domain of a web site ("https://www.Acme.co.uk/shop" → "acme.co.uk"); null when there is none. */
export function normaliseWebsite(value: string | null | undefined): string | null {
  const text = value?.trim().toLowerCase() ?? '';
  return text === '' ? null : getDomain(text);
}
