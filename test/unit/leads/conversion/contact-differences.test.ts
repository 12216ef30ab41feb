import type { Contact, Lead } from '../../../../src/entities';
import { ContactField } from '../../../../src/leads/conversion/conversion-choices';
import { changesFromLead, contactDifferences } from '../../../../src/leads/conversion/contact-differences';

const person = {
  firstName: 'Jens',
  lastName: 'Hansen',
  email: 'jens@hansen.dk',
  phone: '+4540123456',
  birthDate: null,
};
const lead = (fields: Partial<Lead> = {}) => ({ ...person, country: 'DK', ...fields }) as Lead;
const contact = (fields: Partial<Contact> = {}) => ({ ...person, ...fields }) as Contact;

describe('contactDifferences', () => {
  it('finds none between the same details', () => {
    expect(contactDifferences(lead(), contact())).toEqual([]);
  });

  it('gives both values of a detail that differs', () => {
    expect(contactDifferences(lead({ email: 'jens@new.dk' }), contact())).toEqual([
      { field: ContactField.EMAIL, contactValue: 'jens@hansen.dk', leadValue: 'jens@new.dk' },
    ]);
  });

  it('offers a detail the contact lacks', () => {
    expect(contactDifferences(lead({ birthDate: '1980-02-03' }), contact())).toEqual([
      { field: ContactField.BIRTH_DATE, contactValue: null, leadValue: '1980-02-03' },
    ]);
  });

  it('ignores a detail the lead lacks', () => {
    expect(contactDifferences(lead({ phone: null }), contact())).toEqual([]);
  });

  it('ignores e-mail case and phone formatting', () => {
    expect(contactDifferences(lead({ email: 'Jens@Hansen.DK', phone: '40 12 34 56' }), contact())).toEqual([]);
  });
});

describe('changesFromLead', () => {
  it("takes the lead's value for each chosen field only", () => {
    expect(changesFromLead(lead({ email: 'jens@new.dk', phone: '+4599999999' }), [ContactField.EMAIL])).toEqual({
      email: 'jens@new.dk',
    });
  });
});
