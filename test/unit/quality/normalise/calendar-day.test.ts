import { calendarDay, daysInMonth, isoDay } from '../../../../src/fields/calendar-day';

describe('isoDay', () => {
  it.each(['1990-02-28', '2000-02-29', '2024-12-31', '0050-01-01'])('reads %s', (text) => {
    expect(isoDay(text)?.toISOString().slice(0, 10)).toBe(text);
  });

  it.each([
    '1990-02-31',
    '2999-02-30',
    '1900-02-29',
    '2024-04-31',
    '2024-13-01',
    '2024-00-10',
    '2024-01-00',
    '24.06.1971',
  ])('names no day for %s', (text) => {
    expect(isoDay(text)).toBeNull();
  });
});

describe('calendarDay and daysInMonth', () => {
  it('knows leap years', () => {
    expect(calendarDay(2000, 2, 29)).not.toBeNull();
    expect(calendarDay(2100, 2, 29)).toBeNull();
    expect([daysInMonth(1990, 2), daysInMonth(2000, 2), daysInMonth(2024, 4), daysInMonth(2024, 12)]).toEqual([
      28, 29, 30, 31,
    ]);
  });
});
