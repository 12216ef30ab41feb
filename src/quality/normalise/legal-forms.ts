import { foldText } from './text-normaliser';

/**
 * Legal forms stripped from company names. Spellings are matched on their letters and digits only, so
 * "A/S", "A.S.", "A S" and "AS" all hit the compact key "as"; where several countries share a key the
 * record's country picks the form, else the first one listed wins.
 */
interface LegalForm {
  form: string;
  countries: readonly string[];
  /** extra spellings with other letters than the form itself */
  spellings?: readonly string[];
  /** also written in front of the name ("AB Volvo") */
  leading?: boolean;
}

const LEGAL_FORMS: readonly LegalForm[] = [
  { form: 'A/S', countries: ['DK'], spellings: ['Aktieselskab', 'Aktieselskabet'] },
  { form: 'ApS', countries: ['DK'], spellings: ['Anpartsselskab', 'Anpartsselskabet'] },
  { form: 'I/S', countries: ['DK'], spellings: ['Interessentskab', 'Interessentskabet'] },
  { form: 'IVS', countries: ['DK'] },
  { form: 'K/S', countries: ['DK'] },
  { form: 'P/S', countries: ['DK'] },
  { form: 'A.m.b.a.', countries: ['DK'] },
  { form: 'F.m.b.a.', countries: ['DK'] },
  { form: 'S.m.b.a.', countries: ['DK'] },
  { form: 'AS', countries: ['NO', 'EE'], spellings: ['Aksjeselskap'] },
  { form: 'ASA', countries: ['NO'], spellings: ['Allmennaksjeselskap'] },
  { form: 'ANS', countries: ['NO'] },
  { form: 'DA', countries: ['NO'] },
  { form: 'ENK', countries: ['NO'] },
  { form: 'NUF', countries: ['NO'] },
  { form: 'AB', countries: ['SE', 'FI'], spellings: ['Aktiebolag', 'Aktiebolaget'], leading: true },
  { form: 'AB (publ)', countries: ['SE'], spellings: ['Aktiebolag (publ)', 'Aktiebolaget (publ)'] },
  { form: 'HB', countries: ['SE'], spellings: ['Handelsbolag', 'Handelsbolaget'] },
  { form: 'KB', countries: ['SE'], spellings: ['Kommanditbolag', 'Kommanditbolaget'] },
  { form: 'ek. för.', countries: ['SE'], spellings: ['Ekonomisk förening'] },
  { form: 'Oy', countries: ['FI'] },
  { form: 'Oyj', countries: ['FI'] },
  { form: 'B.V.', countries: ['NL', 'BE'], spellings: ['Besloten vennootschap'] },
  { form: 'N.V.', countries: ['NL', 'BE'], spellings: ['Naamloze vennootschap'] },
  { form: 'V.O.F.', countries: ['NL'] },
  { form: 'C.V.', countries: ['NL'] },
  { form: 's.r.o.', countries: ['CZ', 'SK'], spellings: ['spol. s r.o.'] },
  { form: 'a.s.', countries: ['CZ', 'SK'] },
  { form: 'v.o.s.', countries: ['CZ', 'SK'] },
  { form: 'k.s.', countries: ['CZ', 'SK'] },
  { form: 'GmbH', countries: ['DE', 'AT', 'CH'], spellings: ['Gesellschaft mit beschränkter Haftung', 'mbH'] },
  { form: 'GmbH & Co. KG', countries: ['DE', 'AT'] },
  { form: 'AG', countries: ['DE', 'AT', 'CH'], spellings: ['Aktiengesellschaft'] },
  { form: 'KG', countries: ['DE', 'AT'], spellings: ['Kommanditgesellschaft'] },
  { form: 'KGaA', countries: ['DE'] },
  { form: 'OHG', countries: ['DE'] },
  { form: 'GbR', countries: ['DE'] },
  { form: 'e.K.', countries: ['DE'] },
  { form: 'e.V.', countries: ['DE'] },
  { form: 'UG', countries: ['DE'], spellings: ['UG (haftungsbeschränkt)'] },
  { form: 'Ltd', countries: ['GB', 'IE'], spellings: ['Limited'] },
  { form: 'PLC', countries: ['GB', 'IE'] },
  { form: 'LLP', countries: ['GB', 'US'] },
  { form: 'Inc', countries: ['US'], spellings: ['Incorporated'] },
  { form: 'LLC', countries: ['US'] },
  { form: 'Corp', countries: ['US'], spellings: ['Corporation'] },
  { form: 'SA', countries: ['FR', 'BE', 'ES', 'CH', 'LU'] },
  { form: 'SARL', countries: ['FR', 'LU'] },
  { form: 'SAS', countries: ['FR'] },
];

/** The letters and digits of a spelling, folded: the key legal forms are looked up by. */
export function legalFormKey(spelling: string): string {
  return foldText(spelling).replace(/[^\p{L}\p{N}]/gu, '');
}

const FORMS_BY_KEY = new Map<string, LegalForm[]>();
for (const legalForm of LEGAL_FORMS) {
  for (const spelling of [legalForm.form, ...(legalForm.spellings ?? [])]) {
    const key = legalFormKey(spelling);
    FORMS_BY_KEY.set(key, [...(FORMS_BY_KEY.get(key) ?? []), legalForm]);
  }
}

/** The longest number of name tokens one legal-form spelling spans ("gesellschaft mit beschränkter haftung"). */
export const MAX_LEGAL_FORM_TOKENS = 4;

/** The canonical legal form for a key, preferring the one used in the country; null when unknown. */
export function findLegalForm(key: string, country: string | null, position: 'leading' | 'trailing'): string | null {
  const forms = FORMS_BY_KEY.get(key)?.filter((candidate) => position === 'trailing' || candidate.leading === true);
  if (forms === undefined || forms.length === 0) return null;
  return (forms.find((candidate) => country != null && candidate.countries.includes(country)) ?? forms[0]).form;
}
