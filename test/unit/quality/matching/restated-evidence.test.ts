import { normaliseRecord } from '../../../../src/quality/normalise/record-normaliser';
import { domainSpellsName, restatedFields } from '../../../../src/quality/matching/restated-evidence';

const relation = (name: string, website: string | null, email: string | null) =>
  normaliseRecord('RELATION', { kind: 'COMPANY', name, website, email, country: 'DK' });

describe('domainSpellsName', () => {
  it.each([
    ['nyitoslo.no', 'ny it oslo', true],
    ['ny-it-oslo-as.no', 'ny it oslo', true],
    ['kobenhavnsolceller.dk', 'kobenhavn solceller', true],
    ['ibm.com', 'international business machines', true],
    ['caesars.com', 'palace court', false],
    ['ab.dk', 'abc', false],
  ])('%s spells %s: %s', (domain, name, spelled) => {
    expect(domainSpellsName(domain, name)).toBe(spelled);
  });
});

describe('restatedFields', () => {
  it('links the web site, the e-mail at its domain and the name the domain spells', () => {
    const a = relation('Acme Byg ApS', 'acmebyg.dk', 'info@acmebyg.dk');
    expect(restatedFields(a, relation('Acme Byg', 'https://www.acmebyg.dk', 'salg@acmebyg.dk'))).toEqual([
      'website',
      'email',
      'companyName',
    ]);
  });

  it('links a web site and an e-mail of one domain that does not spell the name', () => {
    const a = relation('Nordic Roofing', 'nr-group.dk', 'info@nr-group.dk');
    expect(restatedFields(a, relation('Nordic Roofing', 'nr-group.dk', 'info@nr-group.dk'))).toEqual([
      'website',
      'email',
    ]);
  });

  it('links nothing when the records share no domain, or a free-mail one', () => {
    expect(restatedFields(relation('Acme', 'acme.dk', null), relation('Acme', 'acme.se', null))).toEqual([]);
    expect(
      restatedFields(relation('Gmail', null, 'anna@gmail.com'), relation('Gmail', null, 'anna@gmail.com')),
    ).toEqual([]);
  });
});
