import { MAX_LEGAL_FORM_TOKENS, findLegalForm, legalFormKey } from './legal-forms';
import { normaliseText } from './text-normaliser';

export interface CompanyName {
  /** the folded name without its legal form */
  name: string;
  /** canonical legal form ("ApS", "GmbH", "s.r.o."), null when none was found */
  legalForm: string | null;
}

/** Folds a company name and strips a trailing (or Swedish leading) legal form such as "A/S", "spol. s r.o." or "GmbH & Co. KG". */
export function normaliseCompanyName(
  value: string | null | undefined,
  country: string | null = null,
): CompanyName | null {
  const tokens = (value ?? '').split(/[\s,]+/).filter((token) => token !== '');
  const stripped = stripTrailingForm(tokens, country) ?? stripLeadingForm(tokens, country);
  const name = normaliseText((stripped?.rest ?? tokens).join(' '));
  if (name == null) return null;
  return { name, legalForm: stripped?.legalForm ?? null };
}

interface Stripped {
  rest: string[];
  legalForm: string;
}

function stripTrailingForm(tokens: string[], country: string | null): Stripped | null {
  for (let count = Math.min(MAX_LEGAL_FORM_TOKENS, tokens.length - 1); count >= 1; count--) {
    const rest = tokens.slice(0, tokens.length - count);
    const legalForm = findLegalForm(legalFormKey(tokens.slice(-count).join('')), country, 'trailing');
    if (legalForm != null && normaliseText(rest.join(' ')) != null) return { rest, legalForm };
  }
  return null;
}

function stripLeadingForm(tokens: string[], country: string | null): Stripped | null {
  if (tokens.length < 2) return null;
  const legalForm = findLegalForm(legalFormKey(tokens[0]), country, 'leading');
  return legalForm == null ? null : { rest: tokens.slice(1), legalForm };
}
