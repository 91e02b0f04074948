import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { breakevenRepoRate, carryTradeProfit, financeAtRatePath, repoInterest, SOFR_SPIKE_2019 } from '../../../src/engine';

describe('repoInterest', () => {
  it('is simple interest on actual days over 360 (or a given base)', () => {
    expect(repoInterest(1e9, 0.0525, 1)).toBeCloseTo((1e9 * 0.0525) / 360, 6);
    expect(repoInterest(1e6, 0.02, 3)).toBeCloseTo((1e6 * 0.02 * 3) / 360, 9);
    expect(repoInterest(1e6, 0.02, 365, 365)).toBeCloseTo(20_000, 9);
    expect(() => repoInterest(-1, 0.02, 1)).toThrow(/principal must be ≥ 0/);
    expect(() => repoInterest(1, NaN, 1)).toThrow(/rate must be a finite number/);
    expect(() => repoInterest(1, 0.02, 1, 250)).toThrow(/dayBase must be in \[360, 366\]/);
  });
});

describe('financeAtRatePath', () => {
  it('rolls overnight at each fixing; a weekend night counts three days', () => {
    const res = financeAtRatePath({ principal: 1e9, dates: SOFR_SPIKE_2019.dates, rates: SOFR_SPIKE_2019.rates });
    const fri = res.nights.find((n) => n.date === '2019-09-13')!;
    expect(fri.days).toBe(3);
    const spike = res.nights.find((n) => n.date === '2019-09-17')!;
    expect(spike.rate).toBe(0.0525);
    expect(spike.interest).toBeCloseTo((1e9 * 0.0525) / 360, 6);
    const before = res.nights.find((n) => n.date === '2019-09-16')!;
    expect(spike.interest / before.interest).toBeCloseTo(5.25 / 2.43, 9);
    let sum = 0;
    for (const n of res.nights) sum += n.interest;
    expect(res.totalInterest).toBeCloseTo(sum, 6);
    expect(res.nights.at(-1)!.cumulativeInterest).toBeCloseTo(sum, 6);
  });
  it('a constant rate averages to itself', () => {
    const dates = ['2024-01-02', '2024-01-03', '2024-01-08'];
    expect(financeAtRatePath({ principal: 5e6, dates, rates: [0.05, 0.05] }).averageRate).toBeCloseTo(0.05, 12);
  });
  it('rejects dates out of order and mismatched rates', () => {
    expect(() => financeAtRatePath({ principal: 1, dates: ['2024-01-03', '2024-01-02'], rates: [0.01] })).toThrow(/dates\[1\] must be after dates\[0\]/);
    expect(() => financeAtRatePath({ principal: 1, dates: ['2024-01-02', '2024-01-03'], rates: [] })).toThrow(/rates must have 1 or 2 entries/);
    expect(() => financeAtRatePath({ principal: 1, dates: ['2024-01-02'], rates: [0.01] })).toThrow(/at least 2 dates/);
    expect(() => financeAtRatePath({ principal: 1, dates: ['2024-01-02', '2024-01-03'], rates: [Infinity] })).toThrow(/rates\[0\] must be a finite number/);
  });
});

describe('carryTradeProfit and breakevenRepoRate', () => {
  const trade = { cashPrice: 100, futuresPrice: 100.01, days: 30, face: 1e8, haircut: 0.02 };
  it('profit is the spread gain minus repo interest on the financed part', () => {
    const p = carryTradeProfit({ ...trade, repoRate: 0.01 });
    expect(p.grossGain).toBeCloseTo(0.01e6, 6);
    expect(p.financed).toBeCloseTo(0.98e8, 3);
    expect(p.interest).toBeCloseTo((0.98e8 * 0.01 * 30) / 360, 6);
    expect(p.profit).toBeCloseTo(p.grossGain - p.interest, 6);
  });
  it('profit is zero at breakeven, positive below it, negative above it', () => {
    const be = breakevenRepoRate(trade);
    expect(be).toBeCloseTo((0.01 * 360) / (0.98 * 100 * 30), 12);
    expect(carryTradeProfit({ ...trade, repoRate: be }).profit).toBeCloseTo(0, 6);
    expect(carryTradeProfit({ ...trade, repoRate: be - 0.001 }).profit).toBeGreaterThan(0);
    expect(carryTradeProfit({ ...trade, repoRate: be + 0.001 }).profit).toBeLessThan(0);
  });
  it('a higher repo rate never raises profit', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.01, max: 0.2, noNaN: true }), fc.double({ min: 0, max: 0.2, noNaN: true }), (r, dr) => {
        expect(carryTradeProfit({ ...trade, repoRate: r + dr }).profit).toBeLessThanOrEqual(carryTradeProfit({ ...trade, repoRate: r }).profit + 1e-9);
      }),
    );
  });
  it('coupon income raises the breakeven', () => {
    expect(breakevenRepoRate({ ...trade, couponIncome: 0.1 })).toBeGreaterThan(breakevenRepoRate(trade));
  });
  it('rejects bad input', () => {
    expect(() => breakevenRepoRate({ ...trade, days: 0 })).toThrow(/days must be > 0/);
    expect(() => breakevenRepoRate({ ...trade, haircut: 1 })).toThrow(/haircut must be in \[0, 0.999999\]/);
    expect(() => carryTradeProfit({ ...trade, repoRate: NaN })).toThrow(/repoRate must be a finite number/);
  });
});
