import { DEFAULT_MODEL } from '../../../../src/quality/matching/default-model';
import type { MatchRecord } from '../../../../src/quality/matching/match-record';
import { compare, levelWeight, scoreComparisons } from '../../../../src/quality/matching/match-scorer';

const threshold = DEFAULT_MODEL.threshold;
const company = (
  id: string,
  fields: Partial<Extract<MatchRecord['fields'], { kind: 'COMPANY' | 'PRIVATE'; name: unknown }>>,
): MatchRecord => ({
  id,
  entityType: 'RELATION',
  fields: { kind: 'COMPANY', name: 'Acme ApS', country: 'DK', ...fields },
});
const contact = (id: string, fields: MatchRecord['fields']): MatchRecord => ({ id, entityType: 'CONTACT', fields });

describe('compare with DEFAULT_MODEL', () => {
  it('never matches on a name alone', () => {
    expect(compare(company('a', {}), company('b', {})).score).toBeLessThan(threshold);
    const anna = contact('a', { firstName: 'Anna', lastName: 'Østergaard' });
    expect(compare(anna, contact('b', { firstName: 'Anna', lastName: 'Østergaard' })).score).toBeLessThan(threshold);
  });

  it('does not let a city lift a name-only agreement over the threshold', () => {
    const a = company('a', { city: 'Aarhus' });
    expect(compare(a, company('b', { city: 'Aarhus' })).score).toBeLessThan(threshold);
  });

  it('matches on a shared registration number alone', () => {
    const result = compare(
      company('a', { name: 'Acme', registrationNumber: 'DK12345678' }),
      company('b', { name: null, registrationNumber: '12345678' }),
    );
    expect(result.score).toBeGreaterThanOrEqual(threshold);
    expect(result.evidence).toContainEqual(
      expect.objectContaining({ field: 'registrationNumber', outcome: 'AGREE', reason: 'REGNO_EXACT' }),
    );
  });

  it('matches on a shared e-mail or phone alone', () => {
    const email = compare(contact('a', { email: 'anna@acme.dk' }), contact('b', { email: ' ANNA@acme.dk' }));
    const phone = compare(
      contact('a', { phone: '+45 20 12 34 56' }),
      contact('b', { phone: '20123456', country: 'DK' }),
    );
    expect(email.score).toBeGreaterThanOrEqual(threshold);
    expect(phone.score).toBeGreaterThanOrEqual(threshold);
  });

  it('does not match businesses of different names sharing one site, unless the company itself is named alike', () => {
    const site = { phone: '+17027317547', street: '3570 Las Vegas Blvd S', city: 'Las Vegas', country: 'US' };
    const [palace, roma] = [
      company('a', { ...site, name: 'Palace Court' }),
      company('b', { ...site, name: 'Cafe Roma' }),
    ];
    expect(compare(palace, roma).score).toBeLessThan(threshold);
    const website = { website: 'caesars.com' };
    expect(
      compare(
        company('a', { ...site, ...website, name: 'Palace Court' }),
        company('b', { ...site, ...website, name: 'Cafe Roma' }),
      ).score,
    ).toBeGreaterThanOrEqual(threshold);
    expect(compare(palace, company('b', { ...site, name: 'Palace Court Restaurant' })).score).toBeGreaterThanOrEqual(
      threshold,
    );
  });

  it('weighs heavily against conflicting registration numbers', () => {
    const conflict = compare(
      company('a', { registrationNumber: '12345678', phone: '+4512345678' }),
      company('b', { registrationNumber: '87654321', phone: '+4512345678' }),
    );
    expect(levelWeight(DEFAULT_MODEL, 'registrationNumber', 'REGNO_CONFLICT')).toBeLessThan(-8);
    expect(conflict.score).toBeLessThan(threshold);
  });

  describe('a company name, its web domain and its e-mail domain', () => {
    const acme = { name: 'Acme Byg ApS', website: 'www.acmebyg.dk', email: 'info@acmebyg.dk' };
    const elsewhere = { phone: '+4587654321', street: 'Havnegade 2', postalCode: '8000', city: 'Aarhus' };
    const here = { phone: '+4512345678', street: 'Vestergade 1', postalCode: '2100', city: 'København Ø' };

    it('count as one fact: only the strongest of them weighs', () => {
      const result = compare(company('a', acme), company('b', acme));
      const weights = result.evidence.filter((item) => ['companyName', 'website', 'email'].includes(item.field));
      expect(weights.map((item) => item.outcome)).toEqual(['AGREE', 'AGREE', 'AGREE']);
      expect(weights.filter((item) => item.weight > 0)).toEqual([
        expect.objectContaining({ field: 'email', weight: levelWeight(DEFAULT_MODEL, 'email', 'EMAIL_EXACT') }),
      ]);
    });

    it('do not match namesakes at other addresses, phones and registration numbers', () => {
      expect(compare(company('a', { ...acme, ...here }), company('b', { ...acme, ...elsewhere })).score).toBeLessThan(
        threshold,
      );
    });

    it('are outweighed by a differing registration number', () => {
      const result = compare(
        company('a', { ...acme, registrationNumber: '13585628' }),
        company('b', { ...acme, registrationNumber: '25313763' }),
      );
      expect(result.score).toBeLessThan(threshold);
    });

    it('still match with the same address', () => {
      expect(
        compare(company('a', { ...acme, ...here }), company('b', { ...acme, ...here, phone: null })).score,
      ).toBeGreaterThanOrEqual(threshold);
    });

    it('count apart when the domain does not spell the name', () => {
      const other = { name: 'Nordic Roofing ApS', website: 'www.acmebyg.dk' };
      const result = compare(company('a', other), company('b', other));
      expect(result.evidence.filter((item) => item.weight > 0).map((item) => item.field)).toEqual([
        'website',
        'companyName',
      ]);
    });
  });

  it('matches a name confirmed by a birth date', () => {
    const a = contact('a', { firstName: 'Anna', lastName: 'Jensen', birthDate: '1980-02-03' });
    expect(
      compare(a, contact('b', { firstName: 'Ana', lastName: 'Jensen', birthDate: '03.02.1980' })).score,
    ).toBeGreaterThanOrEqual(threshold);
  });

  it('does not match different people sharing a switchboard e-mail', () => {
    const a = contact('a', { firstName: 'Anna', lastName: 'Jensen', email: 'info@acme.dk' });
    expect(compare(a, contact('b', { firstName: 'Bo', lastName: 'Madsen', email: 'info@acme.dk' })).score).toBeLessThan(
      threshold,
    );
  });

  it('explains every field with a stable reason and weight', () => {
    const result = compare(
      company('a', { phone: '+4512345678', city: 'Aarhus' }),
      company('b', { phone: '+4587654321', city: null }),
    );
    expect(result.evidence).toContainEqual({
      field: 'phone',
      outcome: 'DISAGREE',
      reason: 'PHONE_DIFFERENT',
      weight: levelWeight(DEFAULT_MODEL, 'phone', 'PHONE_DIFFERENT'),
    });
    expect(result.evidence).toContainEqual({ field: 'city', outcome: 'MISSING', reason: 'CITY_MISSING', weight: 0 });
    expect(result.evidence).toContainEqual(
      expect.objectContaining({ field: 'companyName', outcome: 'AGREE', reason: 'NAME_EXACT' }),
    );
  });
});

describe('scoreComparisons', () => {
  it('turns prior and weights into a probability', () => {
    const model = {
      ...DEFAULT_MODEL,
      prior: 0.5,
      levels: { ...DEFAULT_MODEL.levels, phone: { PHONE_EXACT: { m: 0.8, u: 0.1 } } },
    };
    const result = scoreComparisons([{ field: 'phone', reason: 'PHONE_EXACT' }], model);
    expect(result.evidence[0].weight).toBeCloseTo(3);
    expect(result.score).toBeCloseTo(8 / 9);
  });

  it('gives weight 0 to levels the model lacks', () => {
    expect(
      levelWeight({ ...DEFAULT_MODEL, levels: { ...DEFAULT_MODEL.levels, phone: {} } }, 'phone', 'PHONE_EXACT'),
    ).toBe(0);
  });
});
