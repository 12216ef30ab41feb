import { generateRelations } from '../../../../bench/generate';
import { findIndexCandidates } from '../../../../src/quality/matching/candidate-finder';
import { DEFAULT_MODEL } from '../../../../src/quality/matching/default-model';
import { compareNormalised } from '../../../../src/quality/matching/match-scorer';
import type { TermCounts } from '../../../../src/quality/matching/term-frequencies';
import { normaliseRecord } from '../../../../src/quality/normalise/record-normaliser';
import type { RelationFields } from '../../../../src/quality/record-fields';

/** A site of a company in Aarhus: one postal code, each site at another street. */
const site = (name: string, n: number): RelationFields => ({
  kind: 'COMPANY',
  name,
  street: `Vestergade ${n + 1}`,
  postalCode: '8000',
  city: 'Aarhus',
  country: 'DK',
});

const generated = [...generateRelations({ count: 2_000, seed: 5, duplicateShare: 0.2 })].map((relation) =>
  normaliseRecord('RELATION', relation.fields),
);
const chain = Array.from({ length: 60 }, (_, n) => normaliseRecord('RELATION', site('Kaffe Hjørnet', n)));
const rare = [0, 1].map((n) => normaliseRecord('RELATION', site('Zyqor Kaffebar', n)));
const records = [...generated, ...chain, ...rare];
const { counts } = findIndexCandidates(records);

const score = (a: number, b: number, termCounts?: TermCounts) =>
  compareNormalised(records[a], records[b], DEFAULT_MODEL, termCounts);
const [chainA, chainB] = [generated.length, generated.length + 1];
const [rareA, rareB] = [generated.length + chain.length, generated.length + chain.length + 1];
const nameWeight = (a: number, b: number) => score(a, b, counts).evidence.find((item) => item.field === 'companyName')!;

describe('term-frequency adjustment', () => {
  it('weighs a name many records share below the threshold, a rare one with the same other fields above it', () => {
    expect(score(chainA, chainB, counts).score).toBeLessThan(DEFAULT_MODEL.threshold);
    expect(score(rareA, rareB, counts).score).toBeGreaterThanOrEqual(DEFAULT_MODEL.threshold);
    expect(nameWeight(chainA, chainB).reason).toBe('NAME_EXACT');
    expect(nameWeight(chainA, chainB).weight).toBeLessThan(nameWeight(rareA, rareB).weight - 5);
  });

  it('leaves a rare value the weight the model gives, and every weight as it was without counts', () => {
    expect(score(rareA, rareB, counts)).toEqual(score(rareA, rareB));
    expect(score(chainA, chainB).score).toBeGreaterThanOrEqual(DEFAULT_MODEL.threshold);
  });

  it('weighs a phone many records share less than one only the pair holds', () => {
    const office = (name: string, phone: string) =>
      normaliseRecord('RELATION', { kind: 'COMPANY', name, phone, country: 'DK', city: 'Aarhus' });
    const desks = Array.from({ length: 30 }, (_, n) => office(`Desk ${n} Holding`, '+4586123456'));
    const pair = [office('Alpha Holding', '+4586999999'), office('Beta Holding', '+4586999999')];
    const all = [...generated, ...desks, ...pair];
    const phoneWeight = (a: number, b: number) =>
      compareNormalised(all[a], all[b], DEFAULT_MODEL, findIndexCandidates(all).counts).evidence.find(
        (item) => item.field === 'phone',
      )!.weight;
    const shared = phoneWeight(generated.length, generated.length + 1);
    const own = phoneWeight(all.length - 2, all.length - 1);
    expect(own).toBeCloseTo(Math.log2(0.85 / 5e-7));
    expect(shared).toBeLessThan(own - 4);
  });

  it.each([
    [
      'a web site',
      'website',
      (_n: number, domain: string) => ({ website: `www.${domain}` }),
      'WEBSITE_EXACT',
      0.9 / 1e-5,
    ],
    [
      'another mailbox',
      'email',
      (n: number, domain: string) => ({ email: `box${n}@${domain}` }),
      'EMAIL_DOMAIN',
      0.05 / 2e-4,
    ],
  ] as const)(
    'weighs %s at a domain many records share less than at one only the pair holds',
    (_label, field, value, reason, ratio) => {
      const holder = (name: string, n: number, domain: string) =>
        normaliseRecord('RELATION', { ...site(name, n), ...value(n, domain) });
      const branches = Array.from({ length: 30 }, (_, n) => holder(`Branch ${n}`, n, 'franchise.dk'));
      const all = [...generated, ...branches, holder('Alpha', 0, 'own.dk'), holder('Beta', 1, 'own.dk')];
      const weight = (a: number, b: number) =>
        compareNormalised(all[a], all[b], DEFAULT_MODEL, findIndexCandidates(all).counts).evidence.find(
          (item) => item.field === field,
        )!;
      const own = weight(all.length - 2, all.length - 1);
      expect(own).toEqual(expect.objectContaining({ reason, weight: Math.log2(ratio) }));
      expect(weight(generated.length, generated.length + 1).weight).toBeLessThan(own.weight - 3);
    },
  );

  it('does not count the copies of one entity the model expects as holders, and takes the model u as a prior', () => {
    const copies: TermCounts = { count: () => 12, total: () => 1_000 };
    const manyCopies = { ...DEFAULT_MODEL, prior: 0.01 };
    const weight = (model: typeof DEFAULT_MODEL) =>
      compareNormalised(rare[0], rare[1], model, copies).evidence.find((item) => item.field === 'companyName')!.weight;
    expect(weight(manyCopies)).toBeCloseTo(Math.log2(0.7 / 1e-5));
    expect(weight(DEFAULT_MODEL)).toBeCloseTo(Math.log2(0.7 / ((12 - 2 - 0.01 + 1) / (1_000 + 1 / 1e-5))));
  });
});
