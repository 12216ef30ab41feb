import { parse } from 'csv-parse';
import * as iconv from 'iconv-lite';
import { pipeline } from 'node:stream';
import type { ByteSource } from './byte-source';
import { sniffDelimiter } from './delimiter-sniffer';
import type { SheetRecord } from './sheet';
import { detectEncoding } from './text-encoding';

const HEAD_BYTES = 64 * 1024;

export interface CsvOptions {
  /** Used when the header line holds none of , ; tab | (a single-column file). */
  fallbackDelimiter: string;
  onBytes?: (bytesRead: number) => void;
}

/** Every record in the file, blank lines included so row numbers match what a spreadsheet shows. */
export async function* readCsvRecords(source: ByteSource, options: CsvOptions): AsyncGenerator<SheetRecord> {
  const encoding = await detectEncoding(source);
  const head = iconv.decode(await source.head(HEAD_BYTES), encoding);
  const parser = parse({
    delimiter: sniffDelimiter(head, options.fallbackDelimiter),
    relax_column_count: true,
    relax_quotes: true, // Firma "Hansen" A/S, unquoted, as Excel writes it
  });
  // A failure anywhere destroys the parser with the error, which the loop below throws.
  pipeline(source.stream(options.onBytes), iconv.decodeStream(encoding), parser, () => {});
  let rowNumber = 0;
  for await (const values of parser as AsyncIterable<string[]>) {
    rowNumber += 1;
    yield { rowNumber, values };
  }
}
