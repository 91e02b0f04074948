/**
 * PRE-OPTIMISATION REFERENCE, used only by tests (tests/unit/engine/fast-equals-reference.test.ts).
 * Verbatim copy of src/engine/dates.ts as of commit ee7af6f, before the speed work of issue 9;
 * only the import paths differ (sibling reference copies, and src/engine/validate.ts). Do not edit or import from src.
 */
/**
 * Calendar arithmetic on ISO date strings (YYYY-MM-DD), in whole UTC days.
 * Serial day numbers keep the hot loops free of Date objects; the strings
 * stay the public currency so figures and tests read naturally.
 */
import { isoDate } from '../../../src/engine/validate';

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a valid ISO date. */
export function toDayNumber(date: string, name = 'date'): number {
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
