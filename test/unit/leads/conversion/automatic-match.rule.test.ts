import {
  automaticOutcome,
  isAutomaticMatch,
  type Candidate,
} from '../../../../src/leads/conversion/automatic-match.rule';

const e = (field: string, reason: string) => ({ field, reason });

describe('isAutomaticMatch: the 100% match', () => {
  it('is the same registration number, whatever the name', () => {
    expect(isAutomaticMatch([e('registrationNumber', 'REGNO_EXACT'), e('companyName', 'NAME_DIFFERENT')])).toBe(true);
  });

  it('is the same e-mail with the same company name', () => {
    expect(
      isAutomaticMatch([e('email', 'EMAIL_EXACT'), e('companyName', 'NAME_EXACT'), e('firstName', 'NAME_MISSING')]),
    ).toBe(true);
  });

  it('is the same phone with a similar person name', () => {
    expect(
      isAutomaticMatch([e('phone', 'PHONE_EXACT'), e('firstName', 'NAME_SIMILAR'), e('lastName', 'NAME_EXACT')]),
    ).toBe(true);
  });

  it('is not the same phone shared by a colleague with another first name', () => {
    expect(
      isAutomaticMatch([e('phone', 'PHONE_EXACT'), e('firstName', 'NAME_DIFFERENT'), e('lastName', 'NAME_EXACT')]),
    ).toBe(false);
  });

  it('is not the same e-mail without any name to compare', () => {
    expect(isAutomaticMatch([e('email', 'EMAIL_EXACT'), e('companyName', 'NAME_MISSING')])).toBe(false);
  });

  it('is not a name that is only partly alike', () => {
    expect(isAutomaticMatch([e('email', 'EMAIL_EXACT'), e('companyName', 'NAME_PARTIAL')])).toBe(false);
  });

  it('is not a name alone, however exact', () => {
    expect(isAutomaticMatch([e('companyName', 'NAME_EXACT'), e('city', 'CITY_EXACT')])).toBe(false);
  });

  it('is not a similar e-mail', () => {
    expect(isAutomaticMatch([e('email', 'EMAIL_SIMILAR'), e('companyName', 'NAME_EXACT')])).toBe(false);
  });

  it('is never two different registration numbers, even with the same e-mail and name', () => {
    expect(
      isAutomaticMatch([
        e('registrationNumber', 'REGNO_CONFLICT'),
        e('email', 'EMAIL_EXACT'),
        e('companyName', 'NAME_EXACT'),
      ]),
    ).toBe(false);
  });
});

describe('automaticOutcome', () => {
  const candidate = (record: string, score: number, automatic = false): Candidate<string> => ({
    record,
    score,
    reasons: [],
    automatic,
  });

  it('takes the best 100% match', () => {
    expect(
      automaticOutcome(
        [candidate('similar', 0.95), candidate('exact', 0.9, true), candidate('second', 0.8, true)],
        0.05,
      ),
    ).toEqual({ kind: 'EXISTING', candidate: candidate('exact', 0.9, true) });
  });

  it('lists the similar ones when there is no 100% match', () => {
    expect(automaticOutcome([candidate('a', 0.5), candidate('b', 0.01)], 0.05)).toEqual({
      kind: 'SIMILAR',
      candidates: [candidate('a', 0.5)],
    });
  });

  it('creates when nothing is similar enough', () => {
    expect(automaticOutcome([candidate('a', 0.01)], 0.05)).toEqual({ kind: 'CREATE' });
    expect(automaticOutcome([], 0.05)).toEqual({ kind: 'CREATE' });
  });
});
