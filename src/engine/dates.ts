/**
 * Calendar arithmetic on ISO date strings (YYYY-MM-DD), in whole UTC days.
 * Serial day numbers keep the hot loops free of Date objects; the strings
 * stay the public currency so figures and tests read naturally.
 */
import { isoDate } from './validate';

const MS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 of a calendar date (month 1–12, day 1–31), the value
 * `Date.UTC(year, month − 1, day) / 86,400,000` gives, without a Date object:
 * like Date.UTC, years 0–99 mean 1900–1999.
 */
export function dayNumberOf(year: number, month: number, day: number): number {
  let y = year >= 0 && year <= 99 ? year + 1900 : year;
  if (month <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** Length of a month, Gregorian (years 0–99 mean 1900–1999, as in Date.UTC). */
function monthLength(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  const y = year >= 0 && year <= 99 ? year + 1900 : year;
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

/** Digit value of character i of s, or -1. */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** Days since 1970-01-01 for a valid ISO date. */
export function toDayNumber(date: string, name = 'date'): number {
  // Fast path: parse the characters; anything unusual goes through isoDate, which names the error.
  if (typeof date === 'string' && date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const y0 = digit(date, 0), y1 = digit(date, 1), y2 = digit(date, 2), y3 = digit(date, 3);
    const m0 = digit(date, 5), m1 = digit(date, 6), d0 = digit(date, 8), d1 = digit(date, 9);
    if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) >= 0) {
      const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
      const month = m0 * 10 + m1;
      const day = d0 * 10 + d1;
      if (month >= 1 && month <= 12 && day >= 1 && day <= monthLength(year, month)) return dayNumberOf(year, month, day);
    }
  }
  isoDate(name, date);
  return Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / MS_PER_DAY;
}

/** The ISO date of a serial day number. */
export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Actual calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to, 'to') - toDayNumber(from, 'from');
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Number of days in a month (`month` 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when `date` is the last day of its month. */
export function isMonthEnd(date: string): boolean {
  isoDate('date', date);
  return +date.slice(8, 10) === daysInMonth(+date.slice(0, 4), +date.slice(5, 7));
}

/**
 * Shift a date by whole months. The day of month is clipped to the month's
 * length; with `monthEnd` the result is always the last day of its month
 * (Treasury notes maturing at month end pay coupons at month ends).
 */
export function addMonths(date: string, months: number, monthEnd = false): string {
  isoDate('date', date);
  const total = +date.slice(0, 4) * 12 + (+date.slice(5, 7) - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const last = daysInMonth(year, month);
  const day = monthEnd ? last : Math.min(+date.slice(8, 10), last);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True on Saturday or Sunday (no holiday calendar: stylised scenarios only). */
export function isWeekend(date: string): boolean {
  const dow = new Date(toDayNumber(date) * MS_PER_DAY).getUTCDay();
  return dow === 0 || dow === 6;
}

/** Weekdays from `from` to `to` inclusive, in order. */
export function weekdaysBetween(from: string, to: string): string[] {
  const start = toDayNumber(from, 'from');
  const end = toDayNumber(to, 'to');
  if (end < start) throw new RangeError(`to must be on or after from = ${from} (got ${to})`);
  const out: string[] = [];
  for (let d = start; d <= end; d++) {
    const iso = fromDayNumber(d);
    if (!isWeekend(iso)) out.push(iso);
  }
  return out;
}

/** Check that dates are valid and strictly increasing; returns their day numbers. */
export function increasingDays(name: string, dates: readonly string[]): number[] {
  if (!Array.isArray(dates) || dates.length === 0) throw new RangeError(`${name} must be a non-empty array of ISO dates`);
  const days = dates.map((d, i) => toDayNumber(d, `${name}[${i}]`));
  for (let i = 1; i < days.length; i++) {
    if (days[i] <= days[i - 1]) {
      throw new RangeError(`${name}[${i}] must be after ${name}[${i - 1}] = ${dates[i - 1]} (got ${dates[i]})`);
    }
  }
  return days;
}
