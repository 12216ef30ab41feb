import type { EntityType } from '../record-fields';
import { isFilled } from './field-text';
import { isInternational, judgedCountry, phoneCountry, phoneExpectation, readPhone } from './phone-number';
import { finding, type RecordFields, type Rule } from './rule-types';

// Two rules, not one: an invalid number is an ERROR, a valid one written loosely only a WARNING,
// and each severity needs its own stable code. They share one parse through readPhone.
const ENTITY_TYPES: EntityType[] = ['RELATION', 'CONTACT', 'LEAD'];

export const phoneInvalidRule: Rule<RecordFields> = {
  code: 'PHONE_INVALID',
  severity: 'ERROR',
  entityTypes: ENTITY_TYPES,
  field: 'phone',
  description:
    "The phone number is not valid for the record's country (a number starting with +CC or 00CC is checked against that country).",
  check({ phone, country }) {
    if (!isFilled(phone)) return null;
    const recordCountry = phoneCountry(country);
    // a national number without a country to read it by cannot be judged; PHONE_NOT_E164 asks for the +CC
    if (recordCountry === undefined && !isInternational(phone)) return null;
    const { number, valid } = readPhone(phone, recordCountry);
    if (valid) return null;
    const judged = judgedCountry(number, recordCountry);
    const message = judged
      ? `Phone '${phone}' is not a valid number for ${judged}; expected ${phoneExpectation(judged)}`
      : `Phone '${phone}' is not a valid number; expected + and the country code followed by the number, e.g. +45 34 41 23 45`;
    return finding(phoneInvalidRule, phone, message);
  },
};

export const phoneNotE164Rule: Rule<RecordFields> = {
  code: 'PHONE_NOT_E164',
  severity: 'WARNING',
  entityTypes: ENTITY_TYPES,
  field: 'phone',
  description: 'The phone number is valid but not written in E.164 form (+4534412345).',
  check({ phone, country }) {
    if (!isFilled(phone)) return null;
    const recordCountry = phoneCountry(country);
    if (recordCountry === undefined && !isInternational(phone)) {
      return finding(
        phoneNotE164Rule,
        phone,
        `Phone '${phone}' has no country code and the record no known country, so it cannot be checked; write it in E.164 form, e.g. +4534412345`,
      );
    }
    const { number, valid } = readPhone(phone, recordCountry);
    if (!valid || !number || number.number === phone.trim()) return null;
    // E.164 has no extensions: suggesting it would drop one
    const extension = number.ext ? ` and keep extension ${number.ext} elsewhere` : '';
    return finding(
      phoneNotE164Rule,
      phone,
      `Phone '${phone}' is valid but not in E.164 form; write it as ${number.number}${extension}`,
      number.ext ? null : number.number,
    );
  },
};
