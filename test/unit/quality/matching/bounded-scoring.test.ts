import { generateRelations } from '../../../../bench/generate';
import * as companyNames from '../../../../src/quality/matching/company-name-comparator';
import { findCandidateIndexPairs } from '../../../../src/quality/matching/candidate-finder';
import { COMPARISON_FIELDS } from '../../../../src/quality/matching/comparison-levels';
import { DEFAULT_MODEL } from '../../../../src/quality/matching/default-model';
import {
  CHEAP_FIELDS,
  COSTLY_FIELDS,
  compareNormalised,
  scoreIfReaching,
} from '../../../../src/quality/matching/match-scorer';
import { normaliseRecord } from '../../../../src/quality/normalise/record-normaliser';
import { syntheticPeople } from './synthetic-people';

const relations = [...generateRelations({ count: 3_000, seed: 11, duplicateShare: 0.3 })].map(({ fields }) =>
  normaliseRecord('RELATION', fields),
);
const people = syntheticPeople(600, 200).map((person) => normaliseRecord(person.entityType, person.fields));

describe('scoreIfReaching', () => {
  it('compares every field once, cheap or costly', () => {
    expect([...CHEAP_FIELDS, ...COSTLY_FIELDS].sort()).toEqual([...COMPARISON_FIELDS].sort());
  });

  it.each([0.5, DEFAULT_MODEL.threshold, 0.999, 0.99999999])(
    'gives what full scoring gives for every candidate pair reaching %p, and nothing for the others',
    (minScore) => {
      let reaching = 0;
      for (const records of [relations, people]) {
        for (const [i, j] of findCandidateIndexPairs(records)) {
          const full = compareNormalised(records[i], records[j], DEFAULT_MODEL);
          const bounded = scoreIfReaching(records[i], records[j], DEFAULT_MODEL, minScore);
          if (full.score >= minScore) {
            reaching++;
            expect(bounded).toEqual(full);
          } else {
            expect(bounded).toBeNull();
          }
        }
      }
      expect(reaching).toBeGreaterThan(100);
    },
  );

  it('scores every pair with a minimum of 0, and a pair scoring 1 with a minimum of 1', () => {
    const [a, b] = relations;
    expect(scoreIfReaching(a, b, DEFAULT_MODEL, 0)).toEqual(compareNormalised(a, b, DEFAULT_MODEL));
    const certain = normaliseRecord('RELATION', {
      kind: 'COMPANY',
      name: 'Acme',
      registrationNumber: 'DK12345678',
      email: 'info@acme.dk',
      phone: '+4520123456',
      street: 'Vestergade 1',
      postalCode: '8000',
      city: 'Aarhus',
      country: 'DK',
    });
    expect(compareNormalised(certain, certain, DEFAULT_MODEL).score).toBe(1);
    expect(scoreIfReaching(certain, certain, DEFAULT_MODEL, 1)).toEqual(
      compareNormalised(certain, certain, DEFAULT_MODEL),
    );
  });

  it('leaves the company names uncompared when the cheap fields already rule the pair out', () => {
    const compared = jest.spyOn(companyNames, 'compareCompanyNames');
    try {
      const acme = (n: number) =>
        normaliseRecord('RELATION', {
          kind: 'COMPANY',
          name: 'Acme Consulting',
          registrationNumber: ['DK12345678', 'DK87654321'][n],
          phone: ['+4520123456', '+4598765432'][n],
          email: ['info@alpha.dk', 'sales@omega.dk'][n],
          website: ['alpha.dk', 'omega.dk'][n],
          postalCode: ['1000', '8000'][n],
          country: 'DK',
        });
      // conflicting registration numbers, other phone, e-mail, web site and postal code: no name or street could make up for them
      expect(scoreIfReaching(acme(0), acme(1), DEFAULT_MODEL, DEFAULT_MODEL.threshold)).toBeNull();
      expect(compared).not.toHaveBeenCalled();
      expect(scoreIfReaching(acme(0), acme(0), DEFAULT_MODEL, DEFAULT_MODEL.threshold)).not.toBeNull();
      expect(compared).toHaveBeenCalled();
    } finally {
      compared.mockRestore();
    }
  });
});
