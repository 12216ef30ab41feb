/** The register a registration number belongs to, as people in that country call it. */
const REGISTER_NAMES: Record<string, string> = { DK: 'CVR', NO: 'organisation number', SE: 'organisation number' };

const REASONS: Record<string, string> = {
  EMAIL_EXACT: 'same e-mail',
  EMAIL_SIMILAR: 'similar e-mail',
  EMAIL_DOMAIN: 'same e-mail domain',
  PHONE_EXACT: 'same phone',
  WEBSITE_EXACT: 'same website',
  NAME_EXACT: 'same name',
  NAME_SIMILAR: 'similar name',
  NAME_FUZZY: 'name alike',
  NAME_PARTIAL: 'name partly the same',
  BIRTHDATE_EXACT: 'same birth date',
  BIRTHDATE_SIMILAR: 'birth date alike',
  BIRTHDATE_NEAR: 'birth date close',
  ADDRESS_EXACT: 'same address',
  ADDRESS_SIMILAR: 'similar address',
  ADDRESS_SAME_STREET: 'same street',
  POSTAL_EXACT: 'same postal code',
  CITY_EXACT: 'same city',
  CITY_SIMILAR: 'similar city',
  RELATION_SAME: 'same relation',
  PRIVATE_CUSTOMERS: 'the shared private-customers relation',
};

/** The matching engine's stable reason codes in words ("same CVR", "same phone"); an unknown code still reads. */
export function readableReasons(reasons: string[], country: string | null | undefined): string {
  const words = reasons.map((reason) =>
    reason === 'REGNO_EXACT'
      ? `same ${REGISTER_NAMES[country ?? ''] ?? 'registration number'}`
      : (REASONS[reason] ?? reason.toLowerCase().replace(/_/g, ' ')),
  );
  // a person's first and last name are two reasons that read alike
  return [...new Set(words)].join(', ') || 'no strong reason';
}

export const percent = (score: number) => `${Math.round(score * 100)} %`;
