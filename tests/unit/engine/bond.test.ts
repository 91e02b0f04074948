import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  accruedInterest,
  addMonths,
  couponPeriod,
  couponsBetween,
  daysBetween,
  isMonthEnd,
  weekdaysBetween,
} from '../../../src/engine';
import { increasingDays } from '../../../src/engine/dates';

const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

describe('dates', () => {
  it('counts actual days, across leap years', () => {
    expect(daysBetween('2020-02-28', '2020-03-01')).toBe(2);
    expect(daysBetween('2019-02-28', '2019-03-01')).toBe(1);
    expect(daysBetween('2020-03-01', '2020-02-28')).toBe(-2);
  });
  it('adds months clipping to month end, or keeping month end', () => {
    expect(addMonths('2020-08-31', -6)).toBe('2020-02-29');
    expect(addMonths('2019-08-31', -6)).toBe('2019-02-28');
    expect(addMonths('2019-02-28', 6)).toBe('2019-08-28');
    expect(addMonths('2019-02-28', 6, true)).toBe('2019-08-31');
    expect(addMonths('2020-01-15', -13)).toBe('2018-12-15');
  });
  it('lists weekdays and checks ordering', () => {
    expect(weekdaysBetween('2020-03-06', '2020-03-09')).toEqual(['2020-03-06', '2020-03-09']);
    expect(isMonthEnd('2020-02-29')).toBe(true);
    expect(isMonthEnd('2021-02-28')).toBe(true);
    expect(isMonthEnd('2020-02-28')).toBe(false);
    expect(() => increasingDays('dates', ['2020-01-02', '2020-01-02'])).toThrow(/dates\[1\] must be after dates\[0\]/);
    expect(() => increasingDays('dates', [])).toThrow(/non-empty/);
    expect(() => daysBetween('2020-02-30', '2020-03-01')).toThrow(/real calendar date/);
    expect(() => weekdaysBetween('2020-03-09', '2020-03-06')).toThrow(/on or after/);
  });
});

describe('coupon calendar', () => {
  it('dates coupons back from the maturity every six months', () => {
    const bond = { coupon: 0.02, maturity: '2025-05-15' };
    expect(couponPeriod(bond, '2024-12-01')).toEqual({ previous: '2024-11-15', next: '2025-05-15' });
    expect(couponPeriod(bond, '2020-05-15')).toEqual({ previous: '2020-05-15', next: '2020-11-15' });
    expect(couponPeriod(bond, '2020-05-14')).toEqual({ previous: '2019-11-15', next: '2020-05-15' });
  });
  it('keeps month-end coupon dates for a month-end maturity', () => {
    const feb = { coupon: 0.015, maturity: '2020-02-29' };
    expect(couponPeriod(feb, '2019-05-01')).toEqual({ previous: '2019-02-28', next: '2019-08-31' });
    const apr = { coupon: 0.02, maturity: '2025-04-30' };
    expect(couponPeriod(apr, '2024-12-15')).toEqual({ previous: '2024-10-31', next: '2025-04-30' });
  });
  it('clips, without the month-end rule, a maturity that is not month end', () => {
    const bond = { coupon: 0.02, maturity: '2025-08-30' };
    expect(couponPeriod(bond, '2025-03-01')).toEqual({ previous: '2025-02-28', next: '2025-08-30' });
    expect(couponPeriod(bond, '2024-09-30')).toEqual({ previous: '2024-08-30', next: '2025-02-28' });
  });
  it('lists coupons strictly after from and on or before to', () => {
    const bond = { coupon: 0.02, maturity: '2025-05-15' };
    expect(couponsBetween(bond, '2024-05-15', '2025-05-15')).toEqual(['2024-11-15', '2025-05-15']);
    expect(couponsBetween(bond, '2024-05-16', '2024-11-14')).toEqual([]);
  });
  it('brackets any settle date: previous ≤ settle < next, six months apart', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9000 }), fc.boolean(), (offset, monthEnd) => {
        const bond = { coupon: 0.03, maturity: monthEnd ? '2047-08-31' : '2047-08-15' };
        const settle = new Date(Date.UTC(2020, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        const { previous, next } = couponPeriod(bond, settle);
        expect(previous <= settle && settle < next).toBe(true);
        expect(addMonths(previous, 6, monthEnd)).toBe(next);
      }),
    );
  });
  it('rejects settle dates on or after maturity', () => {
    expect(() => couponPeriod({ coupon: 0.02, maturity: '2025-05-15' }, '2025-05-15')).toThrow(/settle must be before bond.maturity/);
  });
});

describe('accruedInterest', () => {
  it('is 100 × c/2 × elapsed/period days, actual/actual', () => {
    const bond = { coupon: 0.02, maturity: '2025-04-30' };
    expect(accruedInterest(bond, '2024-12-15')).toBeCloseTo(1 * days('2024-10-31', '2024-12-15') / days('2024-10-31', '2025-04-30'), 12);
    const b2 = { coupon: 0.02625, maturity: '2018-02-15' };
    expect(accruedInterest(b2, '2012-12-31')).toBeCloseTo(1.3125 * days('2012-08-15', '2012-12-31') / days('2012-08-15', '2013-02-15'), 12);
  });
  it('is zero on a coupon date and just under a full coupon the day before', () => {
    const bond = { coupon: 0.04, maturity: '2030-11-15' };
    expect(accruedInterest(bond, '2025-05-15')).toBe(0);
    const before = accruedInterest(bond, '2025-05-14');
    expect(before).toBeLessThan(2);
    expect(before).toBeCloseTo(2 * (1 - 1 / days('2024-11-15', '2025-05-15')), 12);
  });
  it('never exceeds a half-year coupon and is zero for a zero coupon', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.15, noNaN: true }), fc.integer({ min: 0, max: 3000 }), (c, offset) => {
        const settle = new Date(Date.UTC(2021, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        const ai = accruedInterest({ coupon: c, maturity: '2031-02-15' }, settle);
        expect(ai).toBeGreaterThanOrEqual(0);
        expect(ai).toBeLessThan(50 * c + 1e-12);
      }),
    );
    expect(accruedInterest({ coupon: 0, maturity: '2031-02-15' }, '2024-06-01')).toBe(0);
  });
  it('rejects bad bonds and dates, naming the parameter', () => {
    expect(() => accruedInterest({ coupon: NaN, maturity: '2030-01-01' }, '2024-01-01')).toThrow(/bond.coupon must be a finite number/);
    expect(() => accruedInterest({ coupon: 1.5, maturity: '2030-01-01' }, '2024-01-01')).toThrow(/bond.coupon must be in \[0, 1\]/);
    expect(() => accruedInterest({ coupon: 0.02, maturity: '2030-13-01' }, '2024-01-01')).toThrow(/bond.maturity/);
    expect(() => accruedInterest({ coupon: 0.02, maturity: '2030-01-01' }, '01/02/2024')).toThrow(/settle must be an ISO date/);
  });
});
