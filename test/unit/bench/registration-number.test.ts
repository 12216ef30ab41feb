import { stdnum } from 'stdnum';
import type { CountryCode } from '../../../bench/generate/country-profile';
import { registrationNumber, registrationNumberVariants } from '../../../bench/generate/registration-number';

const validators = { DK: stdnum.DK.cvr, NO: stdnum.NO.orgnr, SE: stdnum.SE.orgnr, CZ: stdnum.CZ.ico };

describe('registrationNumber', () => {
  it.each(Object.keys(validators) as (keyof typeof validators)[])(
    '%s: passes the checksum and never repeats',
    (country) => {
      const numbers = Array.from({ length: 20_000 }, (_, serial) => registrationNumber(country, serial, 99));
      expect(numbers.filter((n) => !validators[country].validate(n).isValid)).toEqual([]);
      expect(new Set(numbers).size).toBe(numbers.length);
    },
  );

  it('writes NL KvK numbers as 8 digits', () => {
    expect(registrationNumber('NL', 1, 99)).toMatch(/^\d{8}$/);
  });

  it.each([
    ['DK', '13585628', stdnum.DK.cvr],
    ['NO', '988077917', stdnum.NO.mva],
    ['SE', '556123-4567', stdnum.SE.vat],
    ['CZ', '25596641', stdnum.CZ.dic],
  ] as const)('%s: the VAT spelling of a valid number is a valid VAT number', (country, number, vat) => {
    const spelling = registrationNumberVariants(country as CountryCode, number).find((v) => /^[A-Z]{2}\d/.test(v))!;
    expect(vat.validate(spelling).isValid).toBe(true);
  });
});
