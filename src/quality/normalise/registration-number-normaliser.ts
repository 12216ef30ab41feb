/**
 * A company registration or VAT number as digits only, so "DK 12 34 56 78", "DK12345678" and "12345678" agree.
 * VAT suffixes that the registration number lacks are dropped: Swedish "SE…01" and Dutch "NL…B01".
 */
export function normaliseRegistrationNumber(value: string | null | undefined): string | null {
  const compact = value?.toUpperCase().replace(/[^0-9A-Z]/g, '') ?? '';
  const swedishVat = /^SE(\d{10})01$/.exec(compact);
  const dutchVat = /^NL(\d{9})B\d{2}$/.exec(compact);
  const digits = (swedishVat?.[1] ?? dutchVat?.[1] ?? compact).replace(/\D/g, '');
  return digits === '' ? null : digits;
}
