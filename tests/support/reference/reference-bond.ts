/**
 * PRE-OPTIMISATION REFERENCE, used only by tests (tests/unit/engine/fast-equals-reference.test.ts).
 * Verbatim copy of src/engine/bond.ts as of commit ee7af6f, before the speed work of issue 9;
 * only the import paths differ (sibling reference copies, and src/engine/validate.ts). Do not edit or import from src.
 */
/**
 * A fixed-coupon Treasury note or bond and its coupon calendar: semiannual
 * coupons dated back from the maturity, month-end maturities keeping
 * month-end coupon dates (DOMAIN §2.1). There is no issue date: an odd
 * (long or short) first coupon period is not modelled.
 */
import { inRange, isoDate } from '../../../src/engine/validate';
import { addMonths, isMonthEnd, toDayNumber } from './reference-dates';

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
  checkBond(bond);
  const t = toDayNumber(date, 'settle');
  const maturity = toDayNumber(bond.maturity);
  if (t >= maturity) throw new RangeError(`settle must be before bond.maturity = ${bond.maturity} (got ${date})`);
  // Estimate how many half-years lie between, then correct by stepping.
  let k = Math.floor((maturity - t) / 182.625);
  while (k > 0 && toDayNumber(couponDate(bond, k)) <= t) k--;
  while (toDayNumber(couponDate(bond, k + 1)) > t) k++;
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
  const out: string[] = [];
  let next = couponPeriod(bond, from).next;
  while (toDayNumber(next) <= end) {
    out.push(next);
    const nd = toDayNumber(next);
    if (nd >= toDayNumber(bond.maturity)) break;
    next = couponPeriod(bond, next).next;
  }
  return out;
}

/**
 * Accrued interest per 100 face at `settle`, actual/actual within the
 * half-year coupon period: 100 × (c/2) × (t − t_prev)/(t_next − t_prev).
 * Zero on a coupon date.
 */
export function accruedInterest(bond: Bond, settle: string): number {
  const { previous, next } = couponPeriod(bond, settle);
  const tp = toDayNumber(previous);
  return (100 * bond.coupon / 2) * (toDayNumber(settle) - tp) / (toDayNumber(next) - tp);
}
