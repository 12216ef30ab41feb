import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import * as iconv from 'iconv-lite';
import { readSheet, type SheetProgress } from '../../../../src/leads/import';
import { readRows } from './read-rows';

describe('readSheet (CSV)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'csv-import-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads a semicolon-separated Latin-1 file as saved by Excel on Danish Windows', async () => {
    const text = 'Navn;Firma;By\r\nSøren Ålborg;"Æbler; Pærer & Co";Århus\r\n';
    const { headers, rows } = await readRows({ buffer: iconv.encode(text, 'win1252'), fileName: 'leads.csv' });

    expect(headers).toEqual(['Navn', 'Firma', 'By']);
    expect(rows).toEqual([{ rowNumber: 2, cells: { Navn: 'Søren Ålborg', Firma: 'Æbler; Pærer & Co', By: 'Århus' } }]);
  });

  it('detects Latin-1 when the only non-UTF-8 byte comes late in a file', async () => {
    const path = join(dir, 'late.csv');
    const filler = Array.from({ length: 20_000 }, (_, i) => `Lead ${i},x`).join('\n');
    await writeFile(path, iconv.encode(`Name,City\n${filler}\nJens,Køge\n`, 'win1252'));

    const { rows } = await readRows({ path, fileName: 'late.csv' });

    expect(rows.at(-1)).toEqual({ rowNumber: 20_002, cells: { Name: 'Jens', City: 'Køge' } });
  });

  it('drops a UTF-8 byte order mark from the first header', async () => {
    const buffer = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('E-mail;Navn\nsoren@example.dk;Søren\n'),
    ]);

    const { headers, rows } = await readRows({ buffer, fileName: 'bom.csv' });

    expect(headers).toEqual(['E-mail', 'Navn']);
    expect(rows[0].cells).toEqual({ 'E-mail': 'soren@example.dk', Navn: 'Søren' });
  });

  it('reads UTF-16 "Unicode text" as Excel saves it', async () => {
    const buffer = iconv.encode('Navn\tBy\r\nSøren Ålborg\tÅrhus\r\n', 'utf16le', { addBOM: true });

    const { rows } = await readRows({ buffer, fileName: 'unicode.txt' });

    expect(rows).toEqual([{ rowNumber: 2, cells: { Navn: 'Søren Ålborg', By: 'Århus' } }]);
  });

  it('keeps quoted newlines and delimiters in one cell and numbers rows as a spreadsheet does', async () => {
    const text =
      'name,message,city\n"Hansen, Jens","Ring tilbage\nefter kl. 12",Odense\n\nMaja,"Sagde ""nej""",Vejle\n';

    const { rows } = await readRows({ buffer: Buffer.from(text), fileName: 'quoted.csv' });

    expect(rows).toEqual([
      { rowNumber: 2, cells: { name: 'Hansen, Jens', message: 'Ring tilbage\nefter kl. 12', city: 'Odense' } },
      { rowNumber: 4, cells: { name: 'Maja', message: 'Sagde "nej"', city: 'Vejle' } },
    ]);
  });

  it('reads tab-separated files', async () => {
    const { headers, rows } = await readRows({
      buffer: Buffer.from('Naam\tPlaats\nJan de Vries\tUtrecht, NL\n'),
      fileName: 'export.tsv',
    });

    expect(headers).toEqual(['Naam', 'Plaats']);
    expect(rows[0].cells).toEqual({ Naam: 'Jan de Vries', Plaats: 'Utrecht, NL' });
  });

  it('reads pipe-separated files and ignores commas in values', async () => {
    const { rows } = await readRows({
      buffer: Buffer.from('Název|Město\nNovák, s.r.o.|Praha\n'),
      fileName: 'firmy.txt',
    });

    expect(rows[0].cells).toEqual({ Název: 'Novák, s.r.o.', Město: 'Praha' });
  });

  it('gives short rows empty cells, numbers repeated headers and leaves out blank header columns', async () => {
    const { headers, rows } = await readRows({
      buffer: Buffer.from('Telefon,,Telefon\n111\n'),
      fileName: 'phones.csv',
    });

    expect(headers).toEqual(['Telefon', 'Telefon (2)']);
    expect(rows[0].cells).toEqual({ Telefon: '111', 'Telefon (2)': '' });
  });

  it('rejects a file without a header row and unknown file types', async () => {
    await expect(readSheet({ buffer: Buffer.from('\n\n'), fileName: 'empty.csv' })).rejects.toThrow(
      'empty.csv has no header row',
    );
    await expect(readSheet({ buffer: Buffer.from('x'), fileName: 'old.xls' })).rejects.toThrow(
      'use a .csv, .txt, .tsv or .xlsx file',
    );
  });

  it('names the file when the CSV cannot be parsed', async () => {
    await expect(readRows({ buffer: Buffer.from('Name,City\n"Jens,Køge\n'), fileName: 'broken.csv' })).rejects.toThrow(
      /^Cannot read broken\.csv: Quote Not Closed/,
    );
  });

  it('streams a 100,000-row file and reports progress in bytes', async () => {
    const path = join(dir, 'big.csv');
    const out = createWriteStream(path);
    out.write('Fornavn;Efternavn;E-mail;Telefon\n');
    for (let i = 1; i <= 100_000; i += 1) {
      if (!out.write(`Navn${i};Hansen;lead${i}@example.dk;+45 ${String(i).padStart(8, '0')}\n`))
        await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    const progress: SheetProgress[] = [];

    const sheet = await readSheet({ path, fileName: 'big.csv', onProgress: (p) => progress.push(p) });
    let count = 0;
    let last = 0;
    for await (const row of sheet) {
      count += 1;
      last = row.rowNumber;
    }

    expect(count).toBe(100_000);
    expect(last).toBe(100_001);
    const { bytesRead, totalBytes } = progress.at(-1)!;
    expect(bytesRead).toBe(totalBytes);
    expect(totalBytes).toBeGreaterThan(4_000_000);
  });

  it('ends the rows when the reader breaks off or closes the sheet', async () => {
    const broken = await readSheet({ buffer: Buffer.from('a\n1\n2\n3\n'), fileName: 'a.csv' });
    for await (const row of broken) {
      expect(row.rowNumber).toBe(2);
      break;
    }
    const closed = await readSheet({ buffer: Buffer.from('a\n1\n2\n3\n'), fileName: 'a.csv' });
    await closed.close();

    for (const sheet of [broken, closed]) {
      await expect(sheet[Symbol.asyncIterator]().next()).resolves.toEqual({ done: true, value: undefined });
    }
  });
});
