/**
 * A fixed-coupon Treasury note or bond and its coupon calendar: semiannual
 * coupons dated back from the maturity, month-end maturities keeping
 * month-end coupon dates (DOMAIN §2.1). There is no issue date: an odd
 * (long or short) first coupon period is not modelled.
 */
import { inRange, isoDate } from './validate';
import { addMonths, dayNumberOf, isMonthEnd, toDayNumber } from './dates';

export interface Bond {
  /** Annual coupon rate, decimal (0.02625 = 2 5/8%). */
  coupon: number;
  /** Maturity date, ISO YYYY-MM-DD. */
  maturity: string;
}

/** Validate a bond; `name` prefixes the parameter names in errors. */
export function checkBond(bond: Bond, name = 'bond'): Bond {
  if (bond === null || typeof bond !== 'object') throw new RangeError(`${name} must be an object { coupon, maturity }`);
  inRange(`${name}.coupon`, bond.coupon, 0, 1);
  isoDate(`${name}.maturity`, bond.maturity);
  return bond;
}

/** The coupon date `periods` half-years before maturity. */
export function couponDate(bond: Bond, periods: number): string {
  return addMonths(bond.maturity, -6 * periods, isMonthEnd(bond.maturity));
}

/**
 * A bond's coupon dates as day numbers: the arithmetic behind couponPeriod,
 * accruedInterest and couponsBetween without building or parsing date strings
 * (day numbers identical to theirs). Cached per bond object; build with `couponCalendar`.
 */
export interface CouponCalendar {
  /** Day number of the maturity. */
  maturityDay: number;
  /** Day number of the coupon `periods` half-years before maturity (`couponDate` as a day number). */
  couponDay(periods: number): number;
  /** The k with couponDay(k + 1) ≤ t < couponDay(k), for a day t before maturity. */
  periodIndex(t: number): number;
}

interface CachedCalendar extends CouponCalendar {
  maturity: string;
}

const calendars = new WeakMap<Bond, CachedCalendar>();

function buildCalendar(bond: Bond): CachedCalendar {
  const maturity = bond.maturity;
  const maturityDay = toDayNumber(maturity);
  const y = +maturity.slice(0, 4);
  const m = +maturity.slice(5, 7);
  const d = +maturity.slice(8, 10);
  const monthEnd = isMonthEnd(maturity);
  const months0 = y * 12 + (m - 1);
  const couponDay = (periods: number): number => {
    // addMonths(maturity, −6 × periods, monthEnd) without the string round trip.
    const total = months0 - 6 * periods;
    const year = Math.floor(total / 12);
    const month = total - year * 12 + 1;
    if (year < 100) return toDayNumber(couponDate(bond, periods)); // Date.UTC's two-digit years: the string path
    const last = month === 2 ? ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
    return dayNumberOf(year, month, monthEnd ? last : Math.min(d, last));
  };
  const periodIndex = (t: number): number => {
    // Estimate how many half-years lie between, then correct by stepping (as couponPeriod).
    let k = Math.floor((maturityDay - t) / 182.625);
    while (k > 0 && couponDay(k) <= t) k--;
    while (couponDay(k + 1) > t) k++;
    return k;
  };
  return { maturity, maturityDay, couponDay, periodIndex };
}

/** Validate `bond` (as checkBond) and return its coupon calendar. */
export function couponCalendar(bond: Bond): CouponCalendar {
  if (bond !== null && typeof bond === 'object') {
    const c = bond.coupon;
    const cached = calendars.get(bond);
    // Fast path: a valid coupon and the maturity string this calendar was built (and validated) from.
    if (typeof c === 'number' && c >= 0 && c <= 1 && cached !== undefined && cached.maturity === bond.maturity) return cached;
  }
  checkBond(bond);
  const cal = buildCalendar(bond);
  calendars.set(bond, cal);
  return cal;
}

/** The coupon period around `date`: last coupon on or before it, next one after it. */
export interface CouponPeriod {
  previous: string;
  next: string;
}

/**
 * Coupon dates bracketing `date` (previous ≤ date < next). `date` must be
 * before maturity.
 */
export function couponPeriod(bond: Bond, date: string): CouponPeriod {
  const cal = couponCalendar(bond);
  const t = toDayNumber(date, 'settle');
  if (t >= cal.maturityDay) throw new RangeError(`settle must be before bond.maturity = ${bond.maturity} (got ${date})`);
  const k = cal.periodIndex(t);
  return { previous: couponDate(bond, k + 1), next: couponDate(bond, k) };
}

/**
 * Coupon dates strictly after `from` and on or before `to` (the coupons a
 * holder over that interval receives), earliest first.
 */
export function couponsBetween(bond: Bond, from: string, to: string): string[] {
  const start = toDayNumber(from, 'from');
  const end = toDayNumber(to, 'to');
  if (end < start) throw new RangeError(`to must be on or after from = ${from} (got ${to})`);
  const cal = couponCalendar(bond);
  if (start >= cal.maturityDay) throw new RangeError(`settle must be before bond.maturity = ${bond.maturity} (got ${from})`);
  const out: string[] = [];
  // The coupon after `from`, then each following one up to `to` (the last is the maturity).
  for (let k = cal.periodIndex(start); k >= 0 && cal.couponDay(k) <= end; k--) out.push(couponDate(bond, k));
  return out;
}

/**
 * Accrued interest per 100 face at `settle`, actual/actual within the
 * half-year coupon period: 100 × (c/2) × (t − t_prev)/(t_next − t_prev).
 * Zero on a coupon date.
 */
export function accruedInterest(bond: Bond, settle: string): number {
  const cal = couponCalendar(bond);
  const t = toDayNumber(settle, 'settle');
  if (t >= cal.maturityDay) throw new RangeError(`settle must be before bond.maturity = ${bond.maturity} (got ${settle})`);
  return accruedOnDay(bond.coupon, cal, t);
}

/** accruedInterest on day number t (before maturity) from a coupon calendar. */
export function accruedOnDay(coupon: number, cal: CouponCalendar, t: number): number {
  const k = cal.periodIndex(t);
  const tp = cal.couponDay(k + 1);
  return (100 * coupon / 2) * (t - tp) / (cal.couponDay(k) - tp);
}
