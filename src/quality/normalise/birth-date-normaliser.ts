import { calendarDay } from '../../fields/calendar-day';

const ISO = /^(\d{4})[-/.]?(\d{2})[-/.]?(\d{2})(?:[T\s].*)?$/;
const DAY_FIRST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/** A birth date as YYYY-MM-DD from "1971-06-24", "19710624" or the European "24.06.1971"; null when it is no real date. */
export function normaliseBirthDate(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  const iso = ISO.exec(text);
  const dayFirst = iso == null ? DAY_FIRST.exec(text) : null;
  const [year, month, day] =
    iso != null ? iso.slice(1, 4) : dayFirst != null ? [dayFirst[3], dayFirst[2], dayFirst[1]] : [];
  if (year === undefined) return null;
  const date = calendarDay(Number(year), Number(month), Number(day));
  return date === null || date.getUTCFullYear() < 1850 ? null : date.toISOString().slice(0, 10);
}
