import { CompanyRegisterError, CompanyRegisterProvider, CompanyRegisterRecord } from './company-register';
import { fetchRegisterJson, isObject, textOf, unexpectedAnswer } from './register-http.util';

export const CVR_DEFAULT_BASE_URL = 'https://cvrapi.dk';

const REGISTER = 'The Danish company register (CVR)';

/** Denmark's CVR through the cvrapi.dk API, which refuses requests without a descriptive User-Agent. */
export class CvrProvider implements CompanyRegisterProvider {
  readonly country = 'DK';

  constructor(private readonly options: { baseUrl?: string; userAgent: string }) {}

  async lookup(cvr: string, signal: AbortSignal): Promise<CompanyRegisterRecord | null> {
    const url = new URL(`${(this.options.baseUrl ?? CVR_DEFAULT_BASE_URL).replace(/\/+$/, '')}/api`);
    url.searchParams.set('search', cvr);
    url.searchParams.set('country', 'dk');
    const body = await fetchRegisterJson(url, {
      register: REGISTER,
      userAgent: this.options.userAgent,
      signal,
      notFoundStatuses: [404],
    });
    if (body === null) return null;
    if (!isObject(body)) throw unexpectedAnswer(REGISTER);
    if (body.error === 'NOT_FOUND') return null;
    if (typeof body.error === 'string') {
      throw new CompanyRegisterError(
        'UNAVAILABLE',
        `${REGISTER} refused the look-up (${body.error}); try again later.`,
      );
    }
    const name = textOf(body.name);
    if (name === null) throw unexpectedAnswer(REGISTER);
    // `search` also matches phone numbers, which in Denmark have 8 digits like a CVR number.
    if (textOf(body.vat) !== cvr) return null;
    return {
      country: this.country,
      registrationNumber: cvr,
      name,
      street: textOf(body.address),
      postalCode: textOf(body.zipcode),
      city: textOf(body.city),
      phone: textOf(body.phone),
      email: textOf(body.email),
      industryCode: textOf(body.industrycode),
      industryDescription: textOf(body.industrydesc),
    };
  }
}
