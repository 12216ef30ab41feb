import type { Lead } from '../../../../src/entities';
import { LeadKind } from '../../../../src/entities/enums';
import {
  ActivityChoice,
  ContactChoice,
  ContactField,
  ConversionTarget,
  DealChoice,
  RelationChoice,
} from '../../../../src/leads/conversion/conversion-choices';
import { planConversion, quickTarget, type ConversionRequest } from '../../../../src/leads/conversion/conversion-plan';
import { InputRejected } from '../../../../src/fields/field-errors';

function refusal(request: ConversionRequest) {
  try {
    planConversion(request);
  } catch (error) {
    if (error instanceof InputRejected) return error.fieldErrors.map((e) => `${e.field} ${e.code}`);
    throw error;
  }
  throw new Error('the plan was accepted');
}

describe('planConversion', () => {
  it('defaults a CLIENT to the automatic relation, no contact, no deal and a follow-up', () => {
    expect(planConversion({ target: ConversionTarget.CLIENT })).toEqual({
      target: ConversionTarget.CLIENT,
      relation: { choice: RelationChoice.AUTOMATIC },
      contact: { choice: ContactChoice.NONE, takeFromLead: [] },
      deal: null,
      activity: { choice: ActivityChoice.CREATE },
    });
  });

  it('defaults a CONTACT to the automatic contact person', () => {
    expect(planConversion({ target: ConversionTarget.CONTACT }).contact.choice).toBe(ContactChoice.AUTOMATIC);
  });

  it('defaults a DEAL to a new deal', () => {
    expect(planConversion({ target: ConversionTarget.DEAL }).deal).toEqual({ choice: DealChoice.CREATE });
  });

  it('refuses a contact person for a CLIENT', () => {
    expect(refusal({ target: ConversionTarget.CLIENT, contact: { choice: ContactChoice.CREATE } })).toEqual([
      'contact.choice NOT_ALLOWED',
    ]);
  });

  it('refuses a CONTACT without a contact person', () => {
    expect(refusal({ target: ConversionTarget.CONTACT, contact: { choice: ContactChoice.NONE } })).toEqual([
      'contact.choice NOT_ALLOWED',
    ]);
  });

  it('refuses a deal step unless the target is DEAL', () => {
    expect(refusal({ target: ConversionTarget.CONTACT, deal: { choice: DealChoice.CREATE } })).toEqual([
      'deal NOT_ALLOWED',
    ]);
  });

  it('needs the id of an EXISTING relation, contact and deal', () => {
    expect(
      refusal({
        target: ConversionTarget.DEAL,
        relation: { choice: RelationChoice.EXISTING },
        contact: { choice: ContactChoice.EXISTING },
        deal: { choice: DealChoice.EXISTING },
      }),
    ).toEqual(['relation.relationId REQUIRED', 'contact.contactId REQUIRED', 'deal.dealId REQUIRED']);
  });

  it('refuses an id with any other choice', () => {
    expect(
      refusal({
        target: ConversionTarget.CONTACT,
        relation: { choice: RelationChoice.CREATE, relationId: 'x' },
        contact: { choice: ContactChoice.CREATE, contactId: 'y' },
      }),
    ).toEqual(['relation.relationId NOT_ALLOWED', 'contact.contactId NOT_ALLOWED']);
  });

  it('refuses a number series or overrides for a relation that already exists', () => {
    expect(
      refusal({
        target: ConversionTarget.CLIENT,
        relation: { choice: RelationChoice.EXISTING, relationId: 'r', numberSeriesId: 's', overrides: { name: 'n' } },
      }),
    ).toEqual(['relation.numberSeriesId NOT_ALLOWED', 'relation.overrides NOT_ALLOWED']);
  });

  it('takes details from the lead only into an EXISTING contact', () => {
    expect(
      refusal({
        target: ConversionTarget.CONTACT,
        contact: { choice: ContactChoice.CREATE, takeFromLead: [ContactField.EMAIL] },
      }),
    ).toEqual(['contact.takeFromLead NOT_ALLOWED']);
  });

  it('refuses the details of a new deal when joining an open one', () => {
    expect(
      refusal({
        target: ConversionTarget.DEAL,
        deal: { choice: DealChoice.EXISTING, dealId: 'd', title: 't', value: 5 },
      }),
    ).toEqual(['deal.title NOT_ALLOWED', 'deal.value NOT_ALLOWED']);
  });

  it('refuses the details of an activity that is not created', () => {
    expect(
      refusal({ target: ConversionTarget.CLIENT, activity: { choice: ActivityChoice.NONE, subject: 'Call' } }),
    ).toEqual(['activity.subject NOT_ALLOWED']);
  });
});

describe('quickTarget', () => {
  const lead = (fields: Partial<Lead>) =>
    ({ kind: LeadKind.BUSINESS, firstName: null, lastName: null, companyName: null, ...fields }) as Lead;
  const separate = { privateCustomersNumber: null };
  const shared = { privateCustomersNumber: 'P-0' };

  it('makes a company and its contact person of a business lead with a person', () => {
    expect(quickTarget(lead({ companyName: 'Hansen VVS', lastName: 'Hansen' }), separate)).toBe(
      ConversionTarget.CONTACT,
    );
  });

  it('makes a client only of a business lead without a person', () => {
    expect(quickTarget(lead({ companyName: 'Hansen VVS' }), separate)).toBe(ConversionTarget.CLIENT);
  });

  it('makes a private person a client of their own', () => {
    expect(quickTarget(lead({ kind: LeadKind.PRIVATE, firstName: 'Åse', lastName: 'Berg' }), separate)).toBe(
      ConversionTarget.CLIENT,
    );
  });

  it('makes a private person a contact of the shared private-customers relation when there is one', () => {
    expect(quickTarget(lead({ kind: LeadKind.PRIVATE, firstName: 'Åse', lastName: 'Berg' }), shared)).toBe(
      ConversionTarget.CONTACT,
    );
  });
});
