import { createCompanyRegister } from '../../../../src/leads/company-register/company-register.factory';
import { RegisterServer } from './register-server';

const VALID_UNIT = { organisasjonsnummer: '974760673', navn: 'REGISTERENHETEN I BRØNNØYSUND' };

describe('createCompanyRegister', () => {
  let brreg: RegisterServer;
  let register: ReturnType<typeof createCompanyRegister>;

  beforeAll(async () => {
    brreg = await RegisterServer.start();
    register = createCompanyRegister({
      cvrBaseUrl: 'http://127.0.0.1:1',
      brregBaseUrl: brreg.baseUrl,
      timeoutMs: 1000,
    });
  });
  afterEach(() => brreg.reset());
  afterAll(() => brreg.close());

  it('rejects an unsupported country with UNSUPPORTED_COUNTRY listing the supported ones', async () => {
    await expect(register.lookup('SE', '5560360793')).rejects.toMatchObject({
      code: 'UNSUPPORTED_COUNTRY',
      message: expect.stringContaining('DK, NO'),
    });
  });

  it('explains an invalid number by naming the number and the country', async () => {
    await expect(register.lookup('DK', '1234567')).rejects.toMatchObject({
      code: 'INVALID_NUMBER',
      message: '"1234567" is not a valid CVR number for Denmark: it must have 8 digits.',
    });
  });

  it('accepts a lower-case country and a formatted number', async () => {
    brreg.answer(200, VALID_UNIT);

    await expect(register.lookup('no', '974 760 673')).resolves.toMatchObject({ registrationNumber: '974760673' });
    expect(brreg.requests[0].url).toBe('/enhetsregisteret/api/enheter/974760673');
  });

  it('names the number and the register in NOT_FOUND', async () => {
    brreg.answer(404, '');

    await expect(register.lookup('NO', '974760673')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'No company with organisasjonsnummer 974760673 in the company register of Norway.',
    });
  });

  it('rejects with UNAVAILABLE when the register refuses the connection', async () => {
    const closed = await RegisterServer.start();
    const baseUrl = closed.baseUrl;
    await closed.close();
    const unreachable = createCompanyRegister({ cvrBaseUrl: baseUrl, brregBaseUrl: baseUrl, timeoutMs: 1000 });

    await expect(unreachable.lookup('DK', '31678021')).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });

  it('logs a warning when the register is unavailable', async () => {
    const warn = jest.fn();
    const logged = createCompanyRegister(
      { cvrBaseUrl: 'http://127.0.0.1:1', brregBaseUrl: brreg.baseUrl, timeoutMs: 1000 },
      { warn },
    );
    brreg.answer(502, '');

    await expect(logged.lookup('NO', '974760673')).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({ country: 'NO', registrationNumber: '974760673' }),
      'company register look-up failed',
    );
  });
});
