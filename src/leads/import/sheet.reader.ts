import { extname } from 'node:path';
import { byteSource, type ByteSource } from './byte-source';
import { readCsvRecords } from './csv.reader';
import type { Sheet, SheetInput, SheetRecord } from './sheet';
import { readXlsxRecords } from './xlsx.reader';

/** Opens a CSV or XLSX file and reads its header row; the rows follow as the sheet is iterated. */
export async function readSheet(input: SheetInput): Promise<Sheet> {
  const source = await byteSource(input);
  const { onProgress } = input;
  const onBytes = onProgress && ((bytesRead: number) => onProgress({ bytesRead, totalBytes: source.size }));
  const records = filled(recordsOf(source, input.fileName, onBytes), input.fileName);
  const header = await records.next();
  if (header.done) throw new Error(`${input.fileName} has no header row`);
  const columns = headerNames(header.value.values);
  return {
    headers: columns.filter((name): name is string => name !== undefined),
    close: async () => {
      await records.return(undefined);
    },
    async *[Symbol.asyncIterator]() {
      for await (const { rowNumber, values } of records) {
        const cells = columns.flatMap((name, index) => (name === undefined ? [] : [[name, values[index] ?? '']]));
        yield { rowNumber, cells: Object.fromEntries(cells) };
      }
    },
  };
}

function recordsOf(
  source: ByteSource,
  fileName: string,
  onBytes?: (bytesRead: number) => void,
): AsyncGenerator<SheetRecord> {
  const extension = extname(fileName).toLowerCase();
  switch (extension) {
    case '.csv':
    case '.txt':
      return readCsvRecords(source, { fallbackDelimiter: ',', onBytes });
    case '.tsv':
      return readCsvRecords(source, { fallbackDelimiter: '\t', onBytes });
    case '.xlsx':
      return readXlsxRecords(source, onBytes);
    default:
      throw new Error(`Cannot read ${fileName}: use a .csv, .txt, .tsv or .xlsx file`);
  }
}

/** The records that are not blank; reading errors name the file. */
async function* filled(records: AsyncGenerator<SheetRecord>, fileName: string): AsyncGenerator<SheetRecord> {
  try {
    for await (const record of records) {
      if (record.values.some((value) => value.trim() !== '')) yield record;
    }
  } catch (error) {
    throw new Error(`Cannot read ${fileName}: ${(error as Error).message}`, { cause: error });
  }
}

/** Header texts with whitespace collapsed; blank ones undefined, repeats numbered ("Telefon (2)") so no column hides another. */
function headerNames(values: string[]): (string | undefined)[] {
  const seen = new Map<string, number>();
  return values.map((value) => {
    const name = value.replace(/\s+/g, ' ').trim();
    if (!name) return undefined;
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}
