import { stdnum } from 'stdnum';

export interface RegistrationCheck {
  isValid: boolean;
  compact?: string;
  /** stdnum's error, whose name (InvalidChecksum, InvalidLength, InvalidFormat …) says what is wrong */
  error?: { name: string };
}

export interface RegistrationNumberFormat {
  /** the number's local name, e.g. "CVR number" */
  name: string;
  expected: string;
  validate(value: string): RegistrationCheck;
}

const KVK_SEPARATORS = /[\s.-]/g;
const KVK = /^\d{8}$/;
const DIGITS = /^\d+$/;

/** Dutch KvK-nummer: 8 digits, no check digit. stdnum has no validator for it. */
function validateKvk(value: string): RegistrationCheck {
  const compact = value.replace(KVK_SEPARATORS, '');
  if (KVK.test(compact)) return { isValid: true, compact };
  return { isValid: false, error: { name: DIGITS.test(compact) ? 'InvalidLength' : 'InvalidFormat' } };
}

/** Company registration numbers by ISO country code. */
export const REGISTRATION_NUMBER_FORMATS: Readonly<Record<string, RegistrationNumberFormat>> = {
  DK: {
    name: 'CVR number',
    expected: '8 digits with a valid check digit, e.g. 13585628',
    validate: stdnum.DK.cvr.validate,
  },
  NO: {
    name: 'organisasjonsnummer',
    expected: '9 digits with a valid check digit, e.g. 988077917',
    validate: stdnum.NO.orgnr.validate,
  },
  SE: {
    name: 'organisationsnummer',
    expected: '10 digits with a valid check digit, e.g. 5560360793',
    validate: stdnum.SE.orgnr.validate,
  },
  CZ: { name: 'IČO', expected: '8 digits with a valid check digit, e.g. 25596641', validate: stdnum.CZ.ico.validate },
  NL: { name: 'KvK number', expected: '8 digits, e.g. 12345678', validate: validateKvk },
};

const PROBLEMS: Readonly<Record<string, string>> = {
  InvalidChecksum: 'the check digit does not match',
  InvalidLength: 'it has the wrong number of digits',
  InvalidFormat: 'it is not in the expected format',
};

export function registrationProblem(check: RegistrationCheck): string {
  return PROBLEMS[check.error?.name ?? ''] ?? 'it is not a valid number';
}
