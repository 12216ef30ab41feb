import { addCatalogue, convertLead, createLead, prospect } from '../support/conversion-fixtures';
import { errorCode, ok, startTestApp, type Actor, type TestApp } from '../support/test-app';
import { RegisterServer } from '../unit/leads/company-register/register-server';

const TIMEOUT_MS = 300;
const LOOKUP = `query($country: String!, $number: String!) {
  companyRegisterLookup(country: $country, registrationNumber: $number) { country registrationNumber name street postalCode city phone email industryCode industryDescription }
}`;

// As cvrapi.dk answers GET /api?search=31678021&country=dk (abridged).
const CVR_ANSWER = {
  vat: 31678021,
  name: 'EA Copenhagen Business',
  address: 'Landemærket 11, 5',
  zipcode: '1119',
  city: 'København K',
  phone: '36154500',
  email: 'kontakt@cphbusiness.dk',
  industrycode: 854100,
  industrydesc: 'Videregående uddannelser ikke på universitetsniveau',
  t: 100,
  version: 6,
};

// As data.brreg.no answers GET /enhetsregisteret/api/enheter/974760673 (abridged).
const BRREG_ANSWER = {
  organisasjonsnummer: '974760673',
  navn: 'REGISTERENHETEN I BRØNNØYSUND',
  forretningsadresse: {
    land: 'Norge',
    landkode: 'NO',
    postnummer: '8900',
    poststed: 'BRØNNØYSUND',
    adresse: ['Havnegata 48'],
  },
  naeringskode1: { kode: '84.110', beskrivelse: 'Generell offentlig administrasjon' },
  telefon: '75 00 75 00',
  epostadresse: 'firmapost@brreg.no',
};

let cvr: RegisterServer;
let brreg: RegisterServer;
let app: TestApp;
let sales: Actor;

beforeAll(async () => {
  [cvr, brreg] = await Promise.all([RegisterServer.start(), RegisterServer.start()]);
  app = await startTestApp({
    cvrRegisterUrl: cvr.baseUrl,
    brregRegisterUrl: brreg.baseUrl,
    registerTimeoutMs: TIMEOUT_MS,
  });
  sales = await app.actor('SALES', 'North');
  await addCatalogue(app.dataSource);
});
afterEach(() => {
  cvr.reset();
  brreg.reset();
});
afterAll(async () => {
  await app.close();
  await Promise.all([cvr.close(), brreg.close()]);
});

const lookup = (country: string, number: string) => app.gql(LOOKUP, { country, number }, sales.token);

describe('companyRegisterLookup', () => {
  it('answers the Danish CVR record: name, address, phone and industry code to prefill a relation', async () => {
    cvr.answer(200, CVR_ANSWER);
    expect(ok(await lookup('DK', '31678021')).companyRegisterLookup).toEqual({
      country: 'DK',
      registrationNumber: '31678021',
      name: 'EA Copenhagen Business',
      street: 'Landemærket 11, 5',
      postalCode: '1119',
      city: 'København K',
      phone: '36154500',
      email: 'kontakt@cphbusiness.dk',
      industryCode: '854100',
      industryDescription: 'Videregående uddannelser ikke på universitetsniveau',
    });
    expect(cvr.requests[0].url).toBe('/api?search=31678021&country=dk');
  });

  it('answers the Norwegian Brønnøysund record', async () => {
    brreg.answer(200, BRREG_ANSWER);
    expect(ok(await lookup('NO', '974 760 673')).companyRegisterLookup).toMatchObject({
      name: 'REGISTERENHETEN I BRØNNØYSUND',
      street: 'Havnegata 48',
      city: 'BRØNNØYSUND',
      industryCode: '84.110',
    });
  });

  it('refuses a number with a wrong check digit with BAD_USER_INPUT, without asking the register', async () => {
    const response = await lookup('DK', '31678022');
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].extensions!.field).toBe('registrationNumber');
    expect(cvr.requests).toHaveLength(0);
  });

  it('refuses a country without a register with BAD_USER_INPUT', async () => {
    const response = await lookup('SE', '5560360793');
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].extensions!.field).toBe('country');
  });

  it('answers NOT_FOUND for a company the register does not know', async () => {
    cvr.answer(404, { error: 'NOT_FOUND', t: 0, version: 6 });
    expect(errorCode(await lookup('DK', '13585628'))).toBe('NOT_FOUND');
  });

  it('answers REGISTER_UNAVAILABLE when the register fails', async () => {
    brreg.answer(503, '<html>Service Unavailable</html>');
    const response = await lookup('NO', '974760673');
    expect(response.errors![0].extensions).toMatchObject({ code: 'REGISTER_UNAVAILABLE', reason: 'UNAVAILABLE' });
  });

  it('answers REGISTER_UNAVAILABLE within the timeout when the register does not answer', async () => {
    cvr.hang();
    const started = performance.now();
    const response = await lookup('DK', '31678021');
    expect(response.errors![0].extensions).toMatchObject({ code: 'REGISTER_UNAVAILABLE', reason: 'TIMEOUT' });
    expect(performance.now() - started).toBeLessThan(TIMEOUT_MS + 1000);
  });

  it('needs a signed-in user', async () => {
    expect(errorCode(await app.gql(LOOKUP, { country: 'DK', number: '31678021' }))).toBe('UNAUTHENTICATED');
  });
});

describe('the register and conversions', () => {
  it('prefills the relation a conversion creates', async () => {
    cvr.answer(200, CVR_ANSWER);
    const { companyRegisterLookup: found } = ok(await lookup('DK', '31678021'));
    const { name, registrationNumber, street, postalCode, city, phone } = found;
    const lead = await createLead(app, sales.token, prospect('prefill'));
    const { convertLead: result } = ok(
      await convertLead(app, sales.token, {
        leadId: lead.id,
        target: 'CLIENT',
        relation: { choice: 'CREATE', overrides: { name, registrationNumber, street, postalCode, city, phone } },
      }),
    );
    expect(result.relation).toMatchObject({
      name: 'EA Copenhagen Business',
      registrationNumber: '31678021',
      city: 'København K',
    });
  });

  it('never blocks a conversion while the register hangs', async () => {
    cvr.hang();
    const lead = await createLead(app, sales.token, prospect('register-down'));
    expect(
      ok(await convertLead(app, sales.token, { leadId: lead.id, target: 'CONTACT' })).convertLead.lead.status,
    ).toBe('CONVERTED');
    expect(cvr.requests).toHaveLength(0);
  });
});
