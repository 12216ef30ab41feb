import type { ByteSource } from './byte-source';

export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be' | 'win1252';

/**
 * UTF-16 when the file starts with its byte order mark (Excel's "Unicode text"), UTF-8 when all the
 * bytes are valid UTF-8, otherwise Windows-1252: what Excel on Western European Windows saves as "CSV".
 * Reads the whole source, since a file can be plain ASCII for thousands of rows.
 */
export async function detectEncoding(source: ByteSource): Promise<TextEncoding> {
  const bom = (await source.head(2)).toString('hex');
  if (bom === 'fffe') return 'utf16le';
  if (bom === 'feff') return 'utf16be';
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const chunk of source.stream()) {
    if (!decodes(() => decoder.decode(chunk, { stream: true }))) return 'win1252';
  }
  return decodes(() => decoder.decode()) ? 'utf8' : 'win1252';
}

function decodes(decode: () => string): boolean {
  try {
    decode();
    return true;
  } catch {
    return false;
  }
}
