const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The UTC day of a year, month (1–12) and day of the month; null when the calendar has no such day (31 February). */
export function calendarDay(year: number, month: number, day: number): Date | null {
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: that reads the years 0–99 as 1900–1999
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** Whether the text is written YYYY-MM-DD, whatever the day. */
export function isIsoDateText(text: string): boolean {
  return ISO_DATE.test(text);
}

/** The day a YYYY-MM-DD text names; null when it is written otherwise or names no day (1990-02-31). */
export function isoDay(text: string): Date | null {
  const parts = ISO_DATE.exec(text);
  return parts ? calendarDay(Number(parts[1]), Number(parts[2]), Number(parts[3])) : null;
}

/** How many days the month (1–12) of the year has. */
export function daysInMonth(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}
