import ExcelJS from 'exceljs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRows } from './read-rows';

async function leadWorkbook(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Leads');
  sheet.addRow(['Navn', 'Telefon', 'Fødselsdato', 'Postnr', 'Beløb', 'Kommentar', 'Samlet']);
  sheet.addRow([
    'Søren Ålborg',
    4512345678,
    new Date(Date.UTC(1985, 4, 17)),
    150,
    1234.5,
    { richText: [{ text: 'Ring ', font: { bold: true } }, { text: 'i morgen' }] },
    { formula: 'E2*2', result: 2469 },
  ]);
  sheet.getCell('D2').numFmt = '0000';
  sheet.addRow([]);
  sheet.addRow(['Maja', null, null, 8000, 0.1 + 0.2, { formula: 'A4&"!"', result: 'Maja!' }, true]);
  workbook.addWorksheet('Other').addRow(['Not', 'read']);
  return workbook;
}

describe('readSheet (XLSX)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'xlsx-import-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const expected = {
    headers: ['Navn', 'Telefon', 'Fødselsdato', 'Postnr', 'Beløb', 'Kommentar', 'Samlet'],
    rows: [
      {
        rowNumber: 2,
        cells: {
          Navn: 'Søren Ålborg',
          Telefon: '4512345678',
          Fødselsdato: '1985-05-17',
          Postnr: '0150',
          Beløb: '1234.5',
          Kommentar: 'Ring i morgen',
          Samlet: '2469',
        },
      },
      {
        rowNumber: 4,
        cells: {
          Navn: 'Maja',
          Telefon: '',
          Fødselsdato: '',
          Postnr: '8000',
          Beløb: '0.3',
          Kommentar: 'Maja!',
          Samlet: 'TRUE',
        },
      },
    ],
  };

  it('reads the first worksheet of a file as text: numbers, dates, rich text and formula results', async () => {
    const path = join(dir, 'leads.xlsx');
    await (await leadWorkbook()).xlsx.writeFile(path);

    await expect(readRows({ path, fileName: 'leads.xlsx' })).resolves.toEqual(expected);
  });

  it('reads an uploaded buffer the same way', async () => {
    const buffer = Buffer.from(await (await leadWorkbook()).xlsx.writeBuffer());

    await expect(readRows({ buffer, fileName: 'LEADS.XLSX' })).resolves.toEqual(expected);
  });

  it('reads a file written by the streaming writer, with inline strings', async () => {
    const path = join(dir, 'streamed.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
    const sheet = writer.addWorksheet('Relations');
    sheet.addRow(['Název', 'IČO']).commit();
    sheet.addRow(['Novák s.r.o.', '27082440']).commit();
    await writer.commit();

    await expect(readRows({ path, fileName: 'streamed.xlsx' })).resolves.toEqual({
      headers: ['Název', 'IČO'],
      rows: [{ rowNumber: 2, cells: { Název: 'Novák s.r.o.', IČO: '27082440' } }],
    });
  });

  it('rejects a file that is not a workbook', async () => {
    await expect(readRows({ buffer: Buffer.from('Name,City\nJens,Køge\n'), fileName: 'renamed.xlsx' })).rejects.toThrow(
      'Cannot read renamed.xlsx: not an XLSX workbook',
    );
  });
});
