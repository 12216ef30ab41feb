/** A company as a national register knows it, shaped to prefill a new relation. */
export interface CompanyRegisterRecord {
  /** ISO 3166-1 alpha-2 code of the register's country */
  country: string;
  registrationNumber: string;
  name: string;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  phone: string | null;
  email: string | null;
  industryCode: string | null;
  industryDescription: string | null;
}

export interface CompanyRegisterProvider {
  readonly country: string;
  /** Resolves null when the register has no such company; rejects with a CompanyRegisterError when it cannot answer. */
  lookup(registrationNumber: string, signal: AbortSignal): Promise<CompanyRegisterRecord | null>;
}

export type CompanyRegisterErrorCode =
  'INVALID_NUMBER' | 'UNSUPPORTED_COUNTRY' | 'NOT_FOUND' | 'UNAVAILABLE' | 'TIMEOUT';

export class CompanyRegisterError extends Error {
  constructor(
    readonly code: CompanyRegisterErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CompanyRegisterError';
  }
}
