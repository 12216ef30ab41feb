import type { CellValue } from 'exceljs';

/** A cell's value as the text a user typed or sees: numbers without ".0", dates as YYYY-MM-DD, formulas as their result. */
export function cellText(value: CellValue, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value, numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('error' in value) return '';
  return cellText(value.result, numFmt);
}

function numberText(value: number, numFmt?: string): string {
  // 15 significant digits, as Excel shows them: 0.1 + 0.2 reads "0.3".
  const text = String(Number(value.toPrecision(15)));
  // A "0000" format keeps the leading zeros of postal codes like 0150 (Oslo).
  return numFmt && /^0+$/.test(numFmt) && Number.isInteger(value) ? text.padStart(numFmt.length, '0') : text;
}

function dateText(date: Date): string {
  const [day, time] = date.toISOString().split(/T|\./);
  return time === '00:00:00' ? day : `${day} ${time}`;
}
