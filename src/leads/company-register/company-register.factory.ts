import type { BaseLogger } from 'pino';
import { stdnum, type Validator } from 'stdnum';
import { BrregProvider } from './brreg.provider';
import { CompanyRegisterError, CompanyRegisterProvider, CompanyRegisterRecord } from './company-register';
import { CvrProvider } from './cvr.provider';

export interface CompanyRegisterConfig {
  /** defaults to https://cvrapi.dk */
  cvrBaseUrl?: string;
  /** defaults to https://data.brreg.no */
  brregBaseUrl?: string;
  timeoutMs: number;
  /** cvrapi.dk asks for one naming the application and a contact */
  userAgent?: string;
}

export interface CompanyRegister {
  lookup(country: string, registrationNumber: string): Promise<CompanyRegisterRecord>;
}

const DEFAULT_USER_AGENT = 'crm-lead-quality company-register look-up';

interface CountryRegister {
  provider: CompanyRegisterProvider;
  validator: Validator;
  countryName: string;
  numberName: string;
  digits: number;
}

/** `logger` is typically a pino logger; only `warn` is used, for UNAVAILABLE and TIMEOUT. */
export function createCompanyRegister(
  config: CompanyRegisterConfig,
  logger?: Pick<BaseLogger, 'warn'>,
): CompanyRegister {
  const userAgent = config.userAgent ?? DEFAULT_USER_AGENT;
  const registers = new Map<string, CountryRegister>([
    [
      'DK',
      {
        provider: new CvrProvider({ baseUrl: config.cvrBaseUrl, userAgent }),
        validator: stdnum.DK.cvr,
        countryName: 'Denmark',
        numberName: 'CVR number',
        digits: 8,
      },
    ],
    [
      'NO',
      {
        provider: new BrregProvider({ baseUrl: config.brregBaseUrl, userAgent }),
        validator: stdnum.NO.orgnr,
        countryName: 'Norway',
        numberName: 'organisasjonsnummer',
        digits: 9,
      },
    ],
  ]);

  return {
    async lookup(country, registrationNumber) {
      const code = country.trim().toUpperCase();
      const register = registers.get(code);
      if (!register) {
        throw new CompanyRegisterError(
          'UNSUPPORTED_COUNTRY',
          `No company register look-up for country "${country}"; supported countries: ${[...registers.keys()].join(', ')}.`,
        );
      }
      const number = validNumber(register, registrationNumber);
      let record: CompanyRegisterRecord | null;
      try {
        record = await withTimeout(
          config.timeoutMs,
          (signal) => register.provider.lookup(number, signal),
          () =>
            new CompanyRegisterError(
              'TIMEOUT',
              `The company register of ${register.countryName} did not answer within ${config.timeoutMs} ms; try again later.`,
            ),
        );
      } catch (err) {
        const error =
          err instanceof CompanyRegisterError
            ? err
            : new CompanyRegisterError(
                'UNAVAILABLE',
                `The company register of ${register.countryName} could not be read; try again later.`,
                { cause: err },
              );
        logger?.warn({ err: error, country: code, registrationNumber: number }, 'company register look-up failed');
        throw error;
      }
      if (record === null) {
        throw new CompanyRegisterError(
          'NOT_FOUND',
          `No company with ${register.numberName} ${number} in the company register of ${register.countryName}.`,
        );
      }
      return record;
    },
  };
}

function validNumber(register: CountryRegister, registrationNumber: string): string {
  const result = register.validator.validate(registrationNumber);
  if (result.isValid) return result.compact;
  const reasons: Record<string, string> = {
    InvalidLength: `it must have ${register.digits} digits`,
    InvalidFormat: 'it may contain only digits',
    InvalidChecksum: 'its check digit does not match, so a digit is probably mistyped',
  };
  const reason = reasons[result.error.name] ?? result.error.message;
  throw new CompanyRegisterError(
    'INVALID_NUMBER',
    `"${registrationNumber}" is not a valid ${register.numberName} for ${register.countryName}: ${reason}.`,
  );
}

/** Rejects with timeoutError() after ms even if the task ignores the abort signal it is given. */
async function withTimeout<T>(
  ms: number,
  task: (signal: AbortSignal) => Promise<T>,
  timeoutError: () => Error,
): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(timeoutError());
    }, ms);
  });
  try {
    return await Promise.race([task(controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
