import { createCompanyRegister } from '../../../../src/leads/company-register/company-register.factory';
import { RegisterServer } from './register-server';

/** Long enough that a loaded CI machine answers every other case well within it (300 ms once timed out a malformed-JSON answer). */
const TIMEOUT_MS = 1500;

// As cvrapi.dk answers GET /api?search=31678021&country=dk (production units trimmed).
const EA_COPENHAGEN = {
  vat: 31678021,
  name: 'EA Copenhagen Business',
  address: 'Landemærket 11, 5',
  zipcode: '1119',
  city: 'København K',
  cityname: null,
  protected: false,
  phone: '36154500',
  email: 'kontakt@cphbusiness.dk',
  fax: null,
  startdate: '01/10 - 2008',
  enddate: null,
  employees: '200-499',
  addressco: null,
  industrycode: 854100,
  industrydesc: 'Videregående uddannelser ikke på universitetsniveau',
  companycode: 280,
  companydesc: 'Øvrige virksomhedsformer',
  creditstartdate: null,
  creditbankrupt: false,
  creditstatus: null,
  owners: null,
  productionunits: [
    {
      pno: 1015222189,
      main: false,
      name: 'Cphbusiness Lyngby',
      address: 'Nørgaardsvej 30',
      zipcode: '2800',
      city: 'Kgs. Lyngby',
      protected: false,
      phone: '36154504',
      email: 'kontakt@cphbusiness.dk',
      fax: null,
      startdate: '27/04 - 2009',
      enddate: null,
      employees: null,
      addressco: null,
      industrycode: 854100,
      industrydesc: 'Videregående uddannelser ikke på universitetsniveau',
    },
  ],
  t: 100,
  version: 6,
};

describe('CVR provider (cvrapi.dk)', () => {
  let cvr: RegisterServer;
  let register: ReturnType<typeof createCompanyRegister>;

  beforeAll(async () => {
    cvr = await RegisterServer.start();
    register = createCompanyRegister({
      cvrBaseUrl: cvr.baseUrl,
      brregBaseUrl: 'http://127.0.0.1:1',
      timeoutMs: TIMEOUT_MS,
      userAgent: 'crm-test - ChannelCRM - it@example.com',
    });
  });
  afterEach(() => cvr.reset());
  afterAll(() => cvr.close());

  it('maps a found company to a record', async () => {
    cvr.answer(200, EA_COPENHAGEN);

    await expect(register.lookup('DK', '31678021')).resolves.toEqual({
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
  });

  it('searches by the CVR number in Denmark with the configured User-Agent', async () => {
    cvr.answer(200, EA_COPENHAGEN);

    await register.lookup('DK', '31678021');

    expect(cvr.requests).toHaveLength(1);
    expect(cvr.requests[0].url).toBe('/api?search=31678021&country=dk');
    expect(cvr.requests[0].headers['user-agent']).toBe('crm-test - ChannelCRM - it@example.com');
  });

  it('rejects with NOT_FOUND when cvrapi.dk answers NOT_FOUND', async () => {
    cvr.answer(404, { error: 'NOT_FOUND', t: 0, version: 6 });

    await expect(register.lookup('DK', '13585628')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('rejects with NOT_FOUND when the answer is empty', async () => {
    cvr.answer(200, '');

    await expect(register.lookup('DK', '13585628')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('rejects with NOT_FOUND when the search matched a different company', async () => {
    cvr.answer(200, { ...EA_COPENHAGEN, phone: '13585628' });

    await expect(register.lookup('DK', '13585628')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('rejects with UNAVAILABLE when cvrapi.dk answers 503', async () => {
    cvr.answer(503, '<html><body>Service Unavailable</body></html>');

    await expect(register.lookup('DK', '31678021')).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });

  it('rejects with UNAVAILABLE when cvrapi.dk reports the quota exceeded', async () => {
    cvr.answer(200, { error: 'QUOTA_EXCEEDED', t: 0, version: 6 });

    await expect(register.lookup('DK', '31678021')).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      message: expect.stringContaining('QUOTA_EXCEEDED'),
    });
  });

  it('rejects with UNAVAILABLE when the answer is malformed JSON', async () => {
    cvr.answer(200, '{"vat":31678021,"name":"EA Copenhagen');

    await expect(register.lookup('DK', '31678021')).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });

  it('rejects with TIMEOUT within the timeout when cvrapi.dk never answers', async () => {
    cvr.hang();
    const started = performance.now();

    await expect(register.lookup('DK', '31678021')).rejects.toMatchObject({ code: 'TIMEOUT' });

    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 20);
    expect(elapsed).toBeLessThan(TIMEOUT_MS + 1500);
  });

  it('rejects a CVR number with a wrong check digit without asking cvrapi.dk', async () => {
    await expect(register.lookup('DK', '31678022')).rejects.toMatchObject({ code: 'INVALID_NUMBER' });

    expect(cvr.requests).toHaveLength(0);
  });
});
