import { formatReport, type ImportReport } from '../../../../src/leads/import/import-report';

const report: ImportReport = {
  entity: 'relations',
  dryRun: false,
  rowsRead: 3,
  created: 2,
  skipped: 1,
  columns: { Firma: 'name', email: 'email' },
  notImported: ['Fax'],
  rejected: [
    {
      rowNumber: 3,
      problems: [{ field: 'email', column: 'E-mail', code: 'EMAIL_INVALID', message: "'x' is not an e-mail address" }],
    },
  ],
  duplicates: [],
};

describe('formatReport', () => {
  it('sums up the rows read, created and skipped', () => {
    expect(formatReport(report, 'r.csv')[0]).toBe('r.csv: 3 rows of relations read, 2 created, 1 skipped.');
  });

  it('shows each column with the field it fed, and the columns not imported', () => {
    expect(formatReport(report, 'r.csv').slice(1, 3)).toEqual(['Columns: Firma → name, email', 'Not imported: Fax']);
  });

  it('gives each rejected row its number, field, column and reason', () => {
    expect(formatReport(report, 'r.csv')).toContain("  row 3  email (E-mail): 'x' is not an e-mail address");
  });

  it('says a dry run wrote nothing and what it would have created', () => {
    const lines = formatReport({ ...report, dryRun: true }, 'r.csv');
    expect(lines[0]).toContain('2 would be created');
    expect(lines[lines.length - 1]).toBe('Dry run: nothing was written.');
  });

  it('lists each duplicate with the row or record it repeats, and counts the skipped ones', () => {
    const withDuplicates: ImportReport = {
      ...report,
      created: 1,
      skipped: 2,
      duplicates: [
        {
          rowNumber: 2,
          sameAsId: 'UmVsYXRpb246Nw',
          score: 0.99987,
          reasons: ['EMAIL_EXACT', 'NAME_SIMILAR'],
          skipped: true,
        },
        { rowNumber: 4, sameAsRow: 2, score: 1, reasons: ['PHONE_EXACT'], skipped: true },
      ],
    };
    const lines = formatReport(withDuplicates, 'r.csv');
    expect(lines[0]).toBe('r.csv: 3 rows of relations read, 1 created, 2 skipped, 2 duplicates found and skipped.');
    expect(lines).toContain('Duplicates (skipped):');
    expect(lines).toContain('  row 2  same as record UmVsYXRpb246Nw (100.0 %: EMAIL_EXACT, NAME_SIMILAR)');
    expect(lines).toContain('  row 4  same as row 2 (100.0 %: PHONE_EXACT)');
    expect(
      formatReport(
        { ...withDuplicates, duplicates: [{ ...withDuplicates.duplicates[0], skipped: false }] },
        'r.csv',
      )[0],
    ).toContain(', 1 duplicate found.');
  });
});
