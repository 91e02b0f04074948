import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  impliedRepoRate,
  repeatToyTrade,
  spreadFromDemand,
  toyTrade,
  TOY_CONVERGE,
  TOY_FORCED_SALE,
  TOY_HAIRCUT,
  TOY_OPEN,
  TOY_REPETITIONS,
} from '../../../src/engine';

describe('toy trade scenarios', () => {
  it('buy cash at 100, sell futures at 100.01: +0.01 on paper', () => {
    const r = toyTrade(TOY_OPEN);
    expect(r.paperGain).toBeCloseTo(0.01, 12);
    // Locked in, not yet realised: marked at the entry prices the legs net to zero.
    expect(r.beforeFinancing).toBeCloseTo(0, 12);
  });
  it('both converge at 120: +20 on cash, −19.99 on futures, +0.01 in all', () => {
    const r = toyTrade(TOY_CONVERGE);
    expect(r.cashLegPnl).toBeCloseTo(20, 12);
    expect(r.futuresLegPnl).toBeCloseTo(-19.99, 12);
    expect(r.total).toBeCloseTo(0.01, 12);
  });
  it('forced sale at 119.99: nothing before financing, a loss after repo interest', () => {
    const r = toyTrade(TOY_FORCED_SALE);
    expect(r.beforeFinancing).toBeCloseTo(0, 12);
    // toyTrade's default haircut is 2%: 98 of the 100 is borrowed.
    expect(r.repoInterest).toBeCloseTo(((1 - 0.02) * 100 * TOY_FORCED_SALE.repoRate * TOY_FORCED_SALE.days) / 360, 12);
    expect(r.total).toBeLessThan(0);
  });
  it('leverage is 1/haircut: 50 at 2%; unlimited (null) at 0%', () => {
    expect(toyTrade({ ...TOY_OPEN, haircut: TOY_HAIRCUT }).leverage).toBeCloseTo(50, 12);
    expect(toyTrade({ ...TOY_OPEN, haircut: 0 }).leverage).toBeNull();
    expect(toyTrade({ ...TOY_OPEN, face: 1e6 }).equity).toBeCloseTo(0.02 * 1e6, 6);
  });
  it('whatever the common exit price, the total before financing is the entry spread', () => {
    fc.assert(
      fc.property(fc.double({ min: 50, max: 200, noNaN: true }), (x) => {
        expect(toyTrade({ ...TOY_OPEN, exitCash: x, exitFutures: x }).beforeFinancing).toBeCloseTo(0.01, 9);
      }),
    );
  });
  it('rejects bad input', () => {
    expect(() => toyTrade({ ...TOY_OPEN, buyCash: NaN })).toThrow(/buyCash must be a finite number/);
    expect(() => toyTrade({ ...TOY_OPEN, haircut: -0.1 })).toThrow(/haircut must be in \[0, 1\]/);
    expect(() => toyTrade({ ...TOY_OPEN, days: -1 })).toThrow(/days must be ≥ 0/);
  });
});

describe('repeatToyTrade', () => {
  it('without price impact each repetition earns the same spread', () => {
    const r = repeatToyTrade({ repetitions: 50, cashImpact: 0, futuresImpact: 0 });
    expect(r.done).toBe(50);
    expect(r.cumulativeProfit[49]).toBeCloseTo(50 * 0.01, 9);
    expect(r.position[49]).toBe(5000);
    expect(r.leverage).toBeCloseTo(50, 9);
    expect(r.equity).toBeCloseTo(0.02 * 50 * 100, 9);
  });
  it('with impact the spread shrinks by the two impacts each time, and profit is the sum of spreads', () => {
    for (const reps of TOY_REPETITIONS) {
      const r = repeatToyTrade({ repetitions: reps });
      expect(r.done).toBe(reps);
      let sum = 0;
      for (let k = 0; k < reps; k++) {
        expect(r.spread[k]).toBeCloseTo(0.01 - k * 1e-6, 9);
        sum += r.spread[k];
      }
      expect(r.cumulativeProfit[reps - 1]).toBeCloseTo(sum, 9);
    }
  });
  it('stops once the spread has closed (cash bid up, futures sold down)', () => {
    const r = repeatToyTrade({ repetitions: 100, cashImpact: 0.001, futuresImpact: 0.001 });
    expect(r.done).toBe(5);
    expect(r.finalFuturesPrice - r.finalCashPrice).toBeLessThanOrEqual(1e-12);
    const all = repeatToyTrade({ repetitions: 100, cashImpact: 0.001, futuresImpact: 0.001, stopWhenClosed: false });
    expect(all.done).toBe(100);
    expect(all.cumulativeProfit[99]).toBeLessThan(r.cumulativeProfit[4]);
  });
  it('profit per repetition never rises', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.double({ min: 0, max: 1e-4, noNaN: true }), fc.double({ min: 0, max: 1e-4, noNaN: true }), (reps, ci, fi) => {
        const r = repeatToyTrade({ repetitions: reps, cashImpact: ci, futuresImpact: fi });
        for (let k = 1; k < r.done; k++) expect(r.spread[k]).toBeLessThanOrEqual(r.spread[k - 1]);
      }),
    );
  });
  it('rejects bad input', () => {
    expect(() => repeatToyTrade({ repetitions: 0 })).toThrow(/repetitions must be in \[1, 1000000\]/);
    expect(() => repeatToyTrade({ repetitions: 2.5 })).toThrow(/repetitions must be a whole number/);
    expect(() => repeatToyTrade({ repetitions: 5, haircut: 0 })).toThrow(/haircut must be in/);
  });
});

describe('spreadFromDemand', () => {
  it('futures rise linearly with cumulative demand; cash stays put', () => {
    const rows = spreadFromDemand({ steps: 4, demandPerStep: 1e9, impact: 2.5e-12 });
    expect(rows).toHaveLength(5);
    rows.forEach((r, k) => {
      expect(r.cumulativeDemand).toBe(k * 1e9);
      expect(r.futuresPrice).toBeCloseTo(100 + 2.5e-12 * k * 1e9, 12);
      expect(r.cashPrice).toBe(100);
      expect(r.spread).toBeCloseTo(r.futuresPrice - r.cashPrice, 12);
    });
  });
  it('reaches the article’s 100.01 with the right demand, and no demand means no spread', () => {
    const rows = spreadFromDemand({ steps: 10, demandPerStep: 1e8, impact: 1e-11 });
    expect(rows[10].futuresPrice).toBeCloseTo(TOY_OPEN.sellFutures, 12);
    expect(spreadFromDemand({ steps: 3, demandPerStep: 0, impact: 1 }).every((r) => r.spread === 0)).toBe(true);
  });
  it('rejects bad input', () => {
    expect(() => spreadFromDemand({ steps: 0, demandPerStep: 1, impact: 1 })).toThrow(/steps must be in \[1, 10000\]/);
    expect(() => spreadFromDemand({ steps: 2, demandPerStep: -1, impact: 1 })).toThrow(/demandPerStep must be ≥ 0/);
    expect(() => spreadFromDemand({ steps: 2, demandPerStep: 1, impact: NaN })).toThrow(/impact must be a finite number/);
  });
});

describe('toy and real formulas agree', () => {
  it('with CF 1, no coupon and no haircut, the toy breakeven is the implied repo rate', async () => {
    const { breakevenRepoRate } = await import('../../../src/engine');
    const zero = { coupon: 0, maturity: '2040-01-15' };
    const irr = impliedRepoRate({ bond: zero, price: 100, futuresPrice: 100.01, conversionFactor: 1, settle: '2024-01-02', delivery: '2024-03-28' });
    expect(breakevenRepoRate({ cashPrice: 100, futuresPrice: 100.01, days: 86 })).toBeCloseTo(irr, 12);
  });
});
