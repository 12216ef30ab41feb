import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { generateLeads } from '../../../bench/generate';

describe('generateLeads', () => {
  const leads = [...generateLeads({ count: 5_000, seed: 3 })];

  it('gives the same leads for the same seed', () => {
    expect([...generateLeads({ count: 100, seed: 3 })]).toEqual(leads.slice(0, 100));
    expect([...generateLeads({ count: 100, seed: 4 })]).not.toEqual(leads.slice(0, 100));
  });

  it('gives every lead its own external id', () => {
    expect(new Set(leads.map((l) => l.externalId)).size).toBe(leads.length);
  });

  it('makes business leads with a company and private leads without', () => {
    const business = leads.filter((l) => l.kind === 'BUSINESS');
    expect(business.length / leads.length).toBeGreaterThan(0.65);
    expect(business.length / leads.length).toBeLessThan(0.75);
    for (const l of leads) {
      expect(l.firstName && l.lastName).toBeTruthy();
      expect(Boolean(l.companyName)).toBe(l.kind === 'BUSINESS');
      if (l.kind === 'BUSINESS') expect(l.birthDate).toBeNull();
      if (l.birthDate) expect(l.birthDate).toMatch(/^(19[4-9]\d|200[0-4])-(0[1-9]|1[0-2])-(0[1-9]|[12]\d)$/);
    }
  });

  it('writes phone numbers valid for the country', () => {
    for (const l of leads) {
      if (l.phone) expect([l.phone, isValidPhoneNumber(l.phone, l.country as 'DK')]).toEqual([l.phone, true]);
    }
  });
});
