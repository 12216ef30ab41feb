import { parseWebLead } from '../../../../src/leads/web/web-lead.parser';

const codes = (body: unknown, key?: string) => parseWebLead(body, key).errors.map((e) => `${e.field} ${e.code}`);

describe('parseWebLead', () => {
  it('takes the text fields a form may set', () => {
    const { lead, errors } = parseWebLead(
      { firstName: 'Ida', lastName: 'Holm', email: 'ida@holm.dk', message: 'Call me' },
      undefined,
    );
    expect(errors).toEqual([]);
    expect(lead).toEqual({ firstName: 'Ida', lastName: 'Holm', email: 'ida@holm.dk', message: 'Call me' });
  });

  it('names a field a web lead does not have, such as ownerId or source', () => {
    expect(codes({ lastName: 'X', ownerId: '1', source: 'API' })).toEqual([
      'ownerId UNKNOWN_FIELD',
      'source UNKNOWN_FIELD',
    ]);
  });

  it('refuses a value that is not text', () => {
    expect(codes({ lastName: 'X', phone: 4512345678 })).toEqual(['phone NOT_TEXT']);
  });

  it('reads the kind in the import languages and refuses an unknown one', () => {
    expect(parseWebLead({ kind: 'privat' }, undefined).lead.kind).toBe('PRIVATE');
    expect(codes({ kind: 'alien' })).toEqual(['kind KIND_INVALID']);
  });

  it('reads tags as a comma-separated text or a repeated form field', () => {
    expect(parseWebLead({ tags: 'webinar,fair' }, undefined).lead.tags).toEqual(['webinar', 'fair']);
    expect(parseWebLead({ tags: ['webinar', 'fair'] }, undefined).lead.tags).toEqual(['webinar', 'fair']);
  });

  it('keeps the site key and the honeypot out of the lead', () => {
    const { lead, trapped } = parseWebLead({ lastName: 'X', siteKey: 'site_abc', _gotcha: '' }, undefined);
    expect(lead).toEqual({ lastName: 'X' });
    expect(trapped).toBe(false);
  });

  it('is trapped when the honeypot holds anything', () => {
    expect(parseWebLead({ lastName: 'Bot', _gotcha: 'x' }, undefined).trapped).toBe(true);
  });

  it("takes the Idempotency-Key header over the form's externalId as the request key", () => {
    expect(parseWebLead({ externalId: 'wp-1' }, 'header-1').requestKey).toBe('header-1');
    expect(parseWebLead({ externalId: 'wp-1' }, undefined).requestKey).toBe('wp-1');
    expect(parseWebLead({}, undefined).requestKey).toBeNull();
  });

  it('refuses a request key longer than 100 characters, naming where it came from', () => {
    expect(codes({}, 'k'.repeat(101))).toEqual(['Idempotency-Key TOO_LONG']);
  });

  it('refuses a body that is not one object', () => {
    expect(codes([{ lastName: 'X' }])).toEqual(['body NOT_OBJECT']);
  });
});
