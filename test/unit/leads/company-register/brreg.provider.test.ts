import { createCompanyRegister } from '../../../../src/leads/company-register/company-register.factory';
import { RegisterServer } from './register-server';

/** Long enough that a loaded CI machine answers every other case well within it (300 ms once timed out a malformed-JSON answer). */
const TIMEOUT_MS = 1500;

// As data.brreg.no answers GET /enhetsregisteret/api/enheter/974760673 (abridged).
const REGISTERENHETEN = {
  organisasjonsnummer: '974760673',
  navn: 'REGISTERENHETEN I BRØNNØYSUND',
  organisasjonsform: {
    kode: 'ORGL',
    beskrivelse: 'Organisasjonsledd',
    _links: { self: { href: 'https://data.brreg.no/enhetsregisteret/api/organisasjonsformer/ORGL' } },
  },
  hjemmeside: 'www.brreg.no',
  postadresse: {
    land: 'Norge',
    landkode: 'NO',
    postnummer: '8910',
    poststed: 'BRØNNØYSUND',
    adresse: ['Postboks 900'],
    kommune: 'BRØNNØY',
    kommunenummer: '1813',
  },
  registreringsdatoEnhetsregisteret: '1995-08-09',
  registrertIMvaregisteret: false,
  naeringskode1: { kode: '84.110', beskrivelse: 'Generell offentlig administrasjon' },
  antallAnsatte: 440,
  harRegistrertAntallAnsatte: true,
  overordnetEnhet: '912660680',
  forretningsadresse: {
    land: 'Norge',
    landkode: 'NO',
    postnummer: '8900',
    poststed: 'BRØNNØYSUND',
    adresse: ['Havnegata 48'],
    kommune: 'BRØNNØY',
    kommunenummer: '1813',
  },
  institusjonellSektorkode: { kode: '6100', beskrivelse: 'Statsforvaltningen' },
  registrertIForetaksregisteret: false,
  registrertIStiftelsesregisteret: false,
  registrertIFrivillighetsregisteret: false,
  konkurs: false,
  underAvvikling: false,
  underTvangsavviklingEllerTvangsopplosning: false,
  maalform: 'Bokmål',
  telefon: '75 00 75 00',
  epostadresse: 'firmapost@brreg.no',
  _links: { self: { href: 'https://data.brreg.no/enhetsregisteret/api/enheter/974760673' } },
};

describe('Brreg provider (Enhetsregisteret)', () => {
  let brreg: RegisterServer;
  let register: ReturnType<typeof createCompanyRegister>;

  beforeAll(async () => {
    brreg = await RegisterServer.start();
    register = createCompanyRegister({
      cvrBaseUrl: 'http://127.0.0.1:1',
      brregBaseUrl: brreg.baseUrl,
      timeoutMs: TIMEOUT_MS,
    });
  });
  afterEach(() => brreg.reset());
  afterAll(() => brreg.close());

  it('maps a found unit to a record', async () => {
    brreg.answer(200, REGISTERENHETEN);

    await expect(register.lookup('NO', '974760673')).resolves.toEqual({
      country: 'NO',
      registrationNumber: '974760673',
      name: 'REGISTERENHETEN I BRØNNØYSUND',
      street: 'Havnegata 48',
      postalCode: '8900',
      city: 'BRØNNØYSUND',
      phone: '75 00 75 00',
      email: 'firmapost@brreg.no',
      industryCode: '84.110',
      industryDescription: 'Generell offentlig administrasjon',
    });
  });

  it('requests the unit by its organisasjonsnummer', async () => {
    brreg.answer(200, REGISTERENHETEN);

    await register.lookup('NO', '974760673');

    expect(brreg.requests.map((r) => r.url)).toEqual(['/enhetsregisteret/api/enheter/974760673']);
  });

  it('joins address lines and falls back to the postal address', async () => {
    const { forretningsadresse: _, ...withoutBusinessAddress } = REGISTERENHETEN;
    brreg.answer(200, {
      ...withoutBusinessAddress,
      postadresse: { ...REGISTERENHETEN.postadresse, adresse: ['c/o Registerenheten', 'Postboks 900'] },
    });

    await expect(register.lookup('NO', '974760673')).resolves.toMatchObject({
      street: 'c/o Registerenheten, Postboks 900',
      postalCode: '8910',
    });
  });

  it('rejects with NOT_FOUND when the register answers 404', async () => {
    brreg.answer(404, {
      timestamp: '2024-05-02T08:15:04.123+00:00',
      status: 404,
      error: 'Not Found',
      path: '/enhetsregisteret/api/enheter/923609016',
    });

    await expect(register.lookup('NO', '923609016')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('rejects with NOT_FOUND when the register answers 410 Gone', async () => {
    brreg.answer(410, {
      organisasjonsnummer: '923609016',
      slettedato: '2022-08-09',
      _links: { self: { href: 'https://data.brreg.no/enhetsregisteret/api/enheter/923609016' } },
    });

    await expect(register.lookup('NO', '923609016')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('rejects with NOT_FOUND when the unit carries a deletion date', async () => {
    brreg.answer(200, { ...REGISTERENHETEN, slettedato: '2022-08-09' });

    await expect(register.lookup('NO', '974760673')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('rejects with UNAVAILABLE when the register answers 500', async () => {
    brreg.answer(500, {
      timestamp: '2024-05-02T08:15:04.123+00:00',
      status: 500,
      error: 'Internal Server Error',
      path: '/enhetsregisteret/api/enheter/974760673',
    });

    await expect(register.lookup('NO', '974760673')).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });

  it('rejects with UNAVAILABLE when the answer is malformed JSON', async () => {
    brreg.answer(200, '{"organisasjonsnummer":"974760673","navn":');

    await expect(register.lookup('NO', '974760673')).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });

  it('rejects with TIMEOUT within the timeout when the register never answers', async () => {
    brreg.hang();
    const started = performance.now();

    await expect(register.lookup('NO', '974760673')).rejects.toMatchObject({ code: 'TIMEOUT' });

    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 20);
    expect(elapsed).toBeLessThan(TIMEOUT_MS + 1500);
  });

  it('rejects an organisasjonsnummer with a wrong check digit without asking the register', async () => {
    await expect(register.lookup('NO', '974760674')).rejects.toMatchObject({ code: 'INVALID_NUMBER' });

    expect(brreg.requests).toHaveLength(0);
  });
});
