import { normaliseRecord } from '../../../../src/quality/normalise/record-normaliser';

describe('normaliseRecord', () => {
  it('normalises a company relation', () => {
    const record = normaliseRecord('RELATION', {
      kind: 'COMPANY',
      name: 'Hansen & Søn ApS',
      registrationNumber: 'DK12345678',
      country: 'dk',
      email: 'Info@Hansen.DK',
      phone: '32 12 34 56',
      website: 'www.hansen.dk',
      street: 'Vesterbrogade 12B, 2. th.',
      postalCode: 'DK-1620',
      city: 'København V',
    });
    expect(record).toEqual({
      entityType: 'RELATION',
      firstName: null,
      lastName: null,
      companyName: 'hansen son',
      legalForm: 'ApS',
      email: 'info@hansen.dk',
      companyDomain: 'hansen.dk',
      phone: '+4532123456',
      website: 'hansen.dk',
      registrationNumber: '12345678',
      street: 'vesterbro gade',
      houseNumber: '12b',
      postalCode: '1620',
      city: 'kobenhavn v',
      country: 'DK',
      birthDate: null,
      relationId: null,
    });
  });

  it('splits the name of a private relation into first and last name', () => {
    const record = normaliseRecord('RELATION', { kind: 'PRIVATE', name: 'Anne Marie Østergaard' });
    expect(record).toMatchObject({ firstName: 'anne marie', lastName: 'ostergaard', companyName: null });
  });

  it('reads a contact with its relation and birth date', () => {
    const record = normaliseRecord('CONTACT', {
      firstName: 'Søren',
      lastName: 'Kierkegaard',
      birthDate: '05.05.1953',
      relationId: ' r1 ',
      country: 'DK',
    });
    expect(record).toMatchObject({
      firstName: 'soren',
      lastName: 'kierkegaard',
      birthDate: '1953-05-05',
      relationId: 'r1',
    });
  });

  it('keeps both the person and the company of a business lead', () => {
    const record = normaliseRecord('LEAD', {
      kind: 'BUSINESS',
      firstName: 'Eva',
      lastName: 'Novak',
      companyName: 'Novak s.r.o.',
      country: 'CZ',
    });
    expect(record).toMatchObject({ firstName: 'eva', lastName: 'novak', companyName: 'novak', legalForm: 's.r.o.' });
  });

  it('leaves unreadable values null', () => {
    const record = normaliseRecord('CONTACT', { email: 'not an e-mail', phone: 'n/a', birthDate: '31.02.1990' });
    expect(record).toMatchObject({ email: null, phone: null, birthDate: null, firstName: null });
  });
});
