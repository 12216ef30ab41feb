// Name particles that belong to the last name: "Jan van der Berg" → "van der Berg".
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'het',
  'te',
  'ten',
  'ter',
  'da',
  'di',
  'du',
  'la',
  'le',
  'af',
]);

/** Splits a full name into first and last name: "Søren Ålborg", "Ålborg, Søren", "Jan van der Berg". */
export function splitFullName(fullName: string): { firstName: string; lastName?: string } {
  const comma = fullName.indexOf(',');
  if (comma >= 0) {
    return { firstName: fullName.slice(comma + 1).trim(), lastName: fullName.slice(0, comma).trim() };
  }
  const words = fullName.split(/\s+/);
  if (words.length === 1) return { firstName: fullName };
  let lastStart = words.length - 1;
  while (lastStart > 1 && PARTICLES.has(words[lastStart - 1].toLowerCase())) lastStart -= 1;
  return { firstName: words.slice(0, lastStart).join(' '), lastName: words.slice(lastStart).join(' ') };
}
