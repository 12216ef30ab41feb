import { GraphQLError } from 'graphql';
import { Severity } from '../../../../src/entities/enums';
import { resolveReportFilter } from '../../../../src/quality/validation/report-filter';

describe('resolveReportFilter', () => {
  it('keeps the division and owner ids', () => {
    expect(resolveReportFilter({ divisionId: 3, ownerId: 8 })).toMatchObject({ divisionId: 3, ownerId: 8 });
  });

  it('narrows the rules to the severity asked for', () => {
    expect(
      resolveReportFilter({ ruleCodes: ['PHONE_INVALID', 'PHONE_NOT_E164'], severity: Severity.WARNING }).codes,
    ).toEqual(['PHONE_NOT_E164']);
  });

  it('leaves no rule when none has the severity, so nothing matches', () => {
    expect(resolveReportFilter({ ruleCodes: ['PHONE_INVALID'], severity: Severity.WARNING }).codes).toEqual([]);
  });

  it('refuses an unknown rule code as BAD_USER_INPUT on ruleCodes', () => {
    try {
      resolveReportFilter({ ruleCodes: ['PHONE_TOO_PINK'] });
      throw new Error('accepted an unknown rule');
    } catch (error) {
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ruleCodes' });
    }
  });

  it('treats blank text as no search', () => {
    expect(resolveReportFilter({ search: '   ' }).search).toBeUndefined();
  });
});
