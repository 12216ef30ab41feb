import { contactWithoutRelationRule } from '../../../../src/quality/validation/contact-without-relation.rule';

describe('CONTACT_WITHOUT_RELATION', () => {
  it.each([null, undefined, ''])('flags a contact whose relation is %p', (relationId) => {
    expect(contactWithoutRelationRule.check({ lastName: 'Jensen', relationId })).toEqual({
      code: 'CONTACT_WITHOUT_RELATION',
      severity: 'ERROR',
      field: 'relationId',
      message: 'Contact belongs to no relation; link it to the relation it works for',
      value: relationId ?? null,
      suggestedValue: null,
    });
  });

  it('accepts a contact linked to a relation', () => {
    expect(contactWithoutRelationRule.check({ lastName: 'Jensen', relationId: '42' })).toBeNull();
  });
});
