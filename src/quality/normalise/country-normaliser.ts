/** The record's country as an ISO 3166-1 alpha-2 code (UK → GB); null when it is not a two-letter code. */
export function normaliseCountry(value: string | null | undefined): string | null {
  const code = value?.trim().toUpperCase() ?? '';
  if (!/^[A-Z]{2}$/.test(code)) return null;
  return code === 'UK' ? 'GB' : code;
}
