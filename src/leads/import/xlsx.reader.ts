import ExcelJS from 'exceljs';
import type { ByteSource } from './byte-source';
import { cellText } from './cell-text';
import type { SheetRecord } from './sheet';

const ZIP_SIGNATURE = Buffer.from('PK\x03\x04', 'latin1');

/** The rows of the first worksheet, streamed. */
export async function* readXlsxRecords(
  source: ByteSource,
  onBytes?: (bytesRead: number) => void,
): AsyncGenerator<SheetRecord> {
  // Checked up front: for other files unzipper only says "invalid signature: 0x…".
  if (!(await source.head(ZIP_SIGNATURE.length)).equals(ZIP_SIGNATURE)) throw new Error('not an XLSX workbook');
  const stream = source.stream(onBytes);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    sharedStrings: 'cache',
    styles: 'cache', // number formats tell dates from numbers
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  try {
    for await (const worksheet of workbook) {
      for await (const row of worksheet) yield { rowNumber: row.number, values: rowTexts(row) };
      return;
    }
  } finally {
    stream.destroy();
  }
}

function rowTexts(row: ExcelJS.Row): string[] {
  const texts: string[] = [];
  row.eachCell((cell, column) => {
    texts[column - 1] = cellText(cell.value, cell.numFmt);
  });
  return Array.from(texts, (text) => text ?? '');
}
