import { CompanyRegisterProvider, CompanyRegisterRecord } from './company-register';
import { fetchRegisterJson, isObject, textOf, unexpectedAnswer } from './register-http.util';

export const BRREG_DEFAULT_BASE_URL = 'https://data.brreg.no';

const REGISTER = 'The Norwegian company register (Enhetsregisteret)';

/** Norway's Enhetsregisteret at Brønnøysundregistrene. */
export class BrregProvider implements CompanyRegisterProvider {
  readonly country = 'NO';

  constructor(private readonly options: { baseUrl?: string; userAgent: string }) {}

  async lookup(orgnr: string, signal: AbortSignal): Promise<CompanyRegisterRecord | null> {
    const base = (this.options.baseUrl ?? BRREG_DEFAULT_BASE_URL).replace(/\/+$/, '');
    const url = new URL(`${base}/enhetsregisteret/api/enheter/${encodeURIComponent(orgnr)}`);
    // 410 Gone: the unit was removed from the register.
    const body = await fetchRegisterJson(url, {
      register: REGISTER,
      userAgent: this.options.userAgent,
      signal,
      notFoundStatuses: [404, 410],
    });
    if (body === null) return null;
    if (!isObject(body)) throw unexpectedAnswer(REGISTER);
    // A deleted unit can still be answered with 200, marked only by its deletion date.
    if (textOf(body.slettedato) !== null) return null;
    const name = textOf(body.navn);
    if (name === null) throw unexpectedAnswer(REGISTER);
    // Sole proprietorships and associations often have only a postal address.
    const address = isObject(body.forretningsadresse)
      ? body.forretningsadresse
      : isObject(body.postadresse)
        ? body.postadresse
        : {};
    const industry = isObject(body.naeringskode1) ? body.naeringskode1 : {};
    return {
      country: this.country,
      registrationNumber: orgnr,
      name,
      street: streetOf(address.adresse),
      postalCode: textOf(address.postnummer),
      city: textOf(address.poststed),
      phone: textOf(body.telefon) ?? textOf(body.mobil),
      email: textOf(body.epostadresse),
      industryCode: textOf(industry.kode),
      industryDescription: textOf(industry.beskrivelse),
    };
  }
}

function streetOf(lines: unknown): string | null {
  if (!Array.isArray(lines)) return null;
  return textOf(
    lines
      .map(textOf)
      .filter((line) => line !== null)
      .join(', '),
  );
}
