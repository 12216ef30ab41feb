import { readSheet, type SheetInput, type SheetRow } from '../../../../src/leads/import';

/** Reads a whole sheet: its headers and rows. */
export async function readRows(input: SheetInput): Promise<{ headers: string[]; rows: SheetRow[] }> {
  const sheet = await readSheet(input);
  const rows: SheetRow[] = [];
  for await (const row of sheet) rows.push(row);
  return { headers: sheet.headers, rows };
}
