import { normaliseText } from './text-normaliser';

export interface PersonName {
  firstName: string | null;
  lastName: string | null;
}

/** A first or last name folded for comparison ("Søren-Åge" → "soren age"). */
export function normalisePersonName(value: string | null | undefined): string | null {
  return normaliseText(value);
}

/** Splits a full name ("Anne Marie Østergaard") into given names and the last word as last name. */
export function splitFullName(value: string | null | undefined): PersonName {
  const name = normalisePersonName(value);
  if (name == null) return { firstName: null, lastName: null };
  const lastSpace = name.lastIndexOf(' ');
  if (lastSpace < 0) return { firstName: null, lastName: name };
  return { firstName: name.slice(0, lastSpace), lastName: name.slice(lastSpace + 1) };
}
