import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  accruedInterest,
  convergingFuturesPrices,
  netBasis,
  openBasisPosition,
  simulateBasisPosition,
  sizeBasisPosition,
  weekdaysBetween,
  type BasisPathInput,
} from '../../../src/engine';

const bond = { coupon: 0.02625, maturity: '2018-02-15' };
const dates = weekdaysBetween('2013-01-02', '2013-02-14'); // no coupon in between
const CF = 0.8428;
const FACE = 100_000_000;
const n = dates.length;

function path(cash: number[], fut: number[], over: Partial<BasisPathInput> = {}): BasisPathInput {
  return {
    bond,
    face: FACE,
    conversionFactor: CF,
    dates,
    cashPrices: cash,
    futuresPrices: fut,
    repoRate: 0.002,
    haircut: 0.02,
    initialMargin: 1500,
    ...over,
  };
}

const priceStep = fc.double({ min: -0.6, max: 0.6, noNaN: true });
const pricePaths = fc
  .tuple(fc.array(priceStep, { minLength: n, maxLength: n }), fc.array(priceStep, { minLength: n, maxLength: n }), fc.double({ min: 100, max: 140, noNaN: true }))
  .map(([a, b, fT]) => {
    const cash: number[] = [];
    const fut: number[] = [];
    let p = 104.5;
    let f = 123.5;
    for (let i = 0; i < n; i++) {
      cash.push(p);
      fut.push(f);
      p += a[i];
      f += b[i];
    }
    fut[n - 1] = fT; // any final futures price
    return { cash, fut };
  });

describe('openBasisPosition', () => {
  it('splits the bond value into repo loan and haircut equity, plus initial margin', () => {
    const s = openBasisPosition({ face: 100_000_000, price: 99.5, accrued: 0.5, haircut: 0.02, initialMargin: 2000, contracts: 900, cash: 1_000_000 });
    expect(s.bondValue).toBe(100_000_000);
    expect(s.repoLoan).toBeCloseTo(98_000_000, 6);
    expect(s.haircutEquity).toBeCloseTo(2_000_000, 6);
    expect(s.marginEquity).toBe(1_800_000);
    expect(s.equity).toBeCloseTo(4_800_000, 6);
    expect(s.bondLeverage).toBeCloseTo(100 / 4.8, 10);
    expect(s.leverage).toBeCloseTo((100 + 1.8 + 1) / 4.8, 10);
  });
  it('2% haircut and nothing else is 50 to 1', () => {
    const s = openBasisPosition({ face: 1e6, price: 100, haircut: 0.02, initialMargin: 0, contracts: 0 });
    expect(s.bondLeverage).toBeCloseTo(50, 10);
  });
  it('rejects bad input', () => {
    const ok = { face: 1e6, price: 100, haircut: 0.02, initialMargin: 1000, contracts: 10 };
    expect(() => openBasisPosition({ ...ok, haircut: 1.2 })).toThrow(/haircut must be in \[0, 1\]/);
    expect(() => openBasisPosition({ ...ok, face: NaN })).toThrow(/face must be a finite number/);
    expect(() => openBasisPosition({ ...ok, contracts: -1 })).toThrow(/contracts must be ≥ 0/);
    expect(() => openBasisPosition({ ...ok, haircut: 0, initialMargin: 0 })).toThrow(/equity must be > 0/);
  });
});

describe('sizeBasisPosition', () => {
  it('sizes face, CF-hedge contracts and leftover cash from equity and leverage', () => {
    const s = sizeBasisPosition({ equity: 10e6, leverage: 20, price: 100, haircut: 0.02, initialMargin: 2000, conversionFactor: 0.9 });
    expect(s.face).toBeCloseTo(200e6, 3);
    expect(s.contracts).toBeCloseTo(1800, 9);
    expect(s.cash).toBeCloseTo(10e6 - 0.02 * 200e6 - 2000 * 1800, 3);
    expect(() => sizeBasisPosition({ equity: 10e6, leverage: 60, price: 100, haircut: 0.02, initialMargin: 2000, conversionFactor: 0.9 })).toThrow(/leverage must be in \[1, /);
    expect(() => sizeBasisPosition({ equity: 10e6, leverage: 0.5, price: 100, haircut: 0.02, initialMargin: 2000, conversionFactor: 0.9 })).toThrow(/leverage must be in \[1, 10000\]/);
  });
});

describe('simulateBasisPosition', () => {
  it('the terminal identity: P&L = −NB × B/100 for any final futures price (exact CF hedge, term repo, no haircut)', () => {
    fc.assert(
      fc.property(pricePaths, fc.double({ min: 0, max: 0.08, noNaN: true }), ({ cash, fut }, r) => {
        const res = simulateBasisPosition(path(cash, fut, { repoRate: r, haircut: 0, remargin: false }));
        const nb = netBasis({ bond, price: cash[0], futuresPrice: fut[0], conversionFactor: CF, settle: dates[0], delivery: dates[n - 1], repoRate: r });
        expect(res.totalPnl).toBeCloseTo((-nb * FACE) / 100, 3);
      }),
    );
  });
  it('with a haircut the fund saves the repo interest on its own equity, and nothing else changes', () => {
    fc.assert(
      fc.property(pricePaths, fc.double({ min: 0, max: 0.08, noNaN: true }), fc.double({ min: 0, max: 0.2, noNaN: true }), ({ cash, fut }, r, h) => {
        const res = simulateBasisPosition(path(cash, fut, { repoRate: r, haircut: h, remargin: false }));
        const nb = netBasis({ bond, price: cash[0], futuresPrice: fut[0], conversionFactor: CF, settle: dates[0], delivery: dates[n - 1], repoRate: r });
        const dirty0 = cash[0] + accruedInterest(bond, dates[0]);
        const days = (Date.parse(dates[n - 1]) - Date.parse(dates[0])) / 86_400_000;
        expect(res.totalPnl).toBeCloseTo((-nb * FACE) / 100 + (h * dirty0 * FACE * r * days) / 100 / 360, 3);
      }),
    );
  });
  it('rounding to whole contracts adds the tail (N − exact) × face/100 × (F0 − F_T)', () => {
    const cash = dates.map(() => 104.5);
    const fut = dates.map((_, i) => 123.5 + i * 0.1);
    const exact = (FACE * CF) / 100_000;
    const whole = Math.round(exact) + 3;
    const a = simulateBasisPosition(path(cash, fut, { remargin: false, haircut: 0 }));
    const b = simulateBasisPosition(path(cash, fut, { remargin: false, haircut: 0, contracts: whole }));
    expect(b.totalPnl - a.totalPnl).toBeCloseTo((whole - exact) * 1000 * (fut[0] - fut[n - 1]), 4);
  });
  it('conserves money: final equity = opening equity + coupons − repo interest + variation margin + change in bond value', () => {
    const couponDates = weekdaysBetween('2013-01-02', '2013-03-28'); // includes the 15 Feb coupon
    const m = couponDates.length;
    fc.assert(
      fc.property(
        fc.array(priceStep, { minLength: m, maxLength: m }),
        fc.array(fc.double({ min: 0, max: 0.06, noNaN: true }), { minLength: m, maxLength: m }),
        fc.array(fc.double({ min: 0, max: 0.1, noNaN: true }), { minLength: m, maxLength: m }),
        fc.double({ min: 0, max: 5e6, noNaN: true }),
        (steps, rates, haircuts, cash0) => {
          const cash = couponDates.map(() => 104.5);
          const fut: number[] = [];
          let f = 123.5;
          for (const s of steps) fut.push((f += s));
          const res = simulateBasisPosition({ ...path(cash, fut), dates: couponDates, cashPrices: cash, futuresPrices: fut, repoRate: rates, haircut: haircuts, cash: cash0 });
          let flows = 0;
          let vm = 0;
          for (const r of res.rows) {
            flows += r.coupon - r.repoInterest + r.variationMargin;
            vm += r.variationMargin;
            expect(Number.isFinite(r.equity) && Number.isFinite(r.cash)).toBe(true);
          }
          const v0 = ((cash[0] + accruedInterest(bond, couponDates[0])) * FACE) / 100;
          const vT = ((CF * fut[m - 1] + accruedInterest(bond, couponDates[m - 1])) * FACE) / 100;
          expect(res.finalEquity).toBeCloseTo(res.openingEquity + flows + vT - v0, 2);
          expect(vm).toBeCloseTo((-res.contracts * (fut[m - 1] - fut[0]) * 100_000) / 100, 2);
          expect(res.rows.filter((r) => r.coupon > 0).map((r) => r.date)).toEqual(['2013-02-15']);
          expect(res.rows.find((r) => r.coupon > 0)!.coupon).toBeCloseTo((1.3125 * FACE) / 100, 6);
        },
      ),
      { numRuns: 60 },
    );
  });
  it('a higher repo rate never raises the profit', () => {
    fc.assert(
      fc.property(pricePaths, fc.double({ min: 0, max: 0.08, noNaN: true }), fc.double({ min: 0, max: 0.05, noNaN: true }), ({ cash, fut }, r, extra) => {
        const lo = simulateBasisPosition(path(cash, fut, { repoRate: r }));
        const hi = simulateBasisPosition(path(cash, fut, { repoRate: r + extra }));
        expect(hi.totalPnl).toBeLessThanOrEqual(lo.totalPnl + 1e-6);
      }),
    );
  });
  it('more leverage never delays the first margin call the fund cannot meet from cash', () => {
    const dayIndex = (d: string | null) => (d === null ? Infinity : dates.indexOf(d));
    fc.assert(
      fc.property(pricePaths, fc.double({ min: 1, max: 25, noNaN: true }), fc.double({ min: 1, max: 25, noNaN: true }), ({ cash, fut }, l1, l2) => {
        const [lo, hi] = l1 < l2 ? [l1, l2] : [l2, l1];
        const run = (lev: number) => {
          const s = sizeBasisPosition({ equity: 5e6, leverage: lev, price: cash[0], haircut: 0.02, initialMargin: 1500, conversionFactor: CF });
          return simulateBasisPosition(path(cash, fut, { face: s.face, cash: s.cash }));
        };
        expect(dayIndex(run(hi).firstShortfall)).toBeLessThanOrEqual(dayIndex(run(lo).firstShortfall));
      }),
    );
  });
  it('a margin call restores the initial margin, paid from free cash', () => {
    const cash = dates.map(() => 104.5);
    const fut = dates.map((_, i) => (i === 0 ? 123.5 : 124.5)); // futures up one point on day 1
    const res = simulateBasisPosition(path(cash, fut, { initialMargin: 1500, maintenanceMargin: 1200, cash: 2e6 }));
    const day1 = res.rows[1];
    const N = res.contracts;
    expect(day1.variationMargin).toBeCloseTo(-N * 1000, 6);
    expect(day1.marginCall).toBeCloseTo(N * 1500 - (N * 1500 - N * 1000), 6);
    expect(day1.marginBalance).toBeCloseTo(N * 1500, 6);
    expect(res.firstMarginCall).toBe(dates[1]);
  });
  it('no call while the balance stays above maintenance; gains above initial margin come back as cash', () => {
    const cash = dates.map(() => 104.5);
    const fut = dates.map((_, i) => (i === 0 ? 123.5 : i === 1 ? 123.3 : 123.2));
    const res = simulateBasisPosition(path(cash, fut, { initialMargin: 1500 }));
    expect(res.firstMarginCall).toBeNull();
    expect(res.rows[1].marginWithdrawn).toBeCloseTo(res.contracts * 200, 6);
    // A loss smaller than IM − MM: balance falls but no call.
    const res2 = simulateBasisPosition(path(cash, dates.map((_, i) => (i === 0 ? 123.5 : 123.7)), { initialMargin: 1500 }));
    expect(res2.rows[1].marginCall).toBe(0);
    expect(res2.rows[1].marginBalance).toBeCloseTo(res2.contracts * 1300, 6);
  });
  it('falling yields with no buffer create a cash need even though the hedged P&L is flat', () => {
    const cash = dates.map((_, i) => 104.5 + i * 1);
    const fut = dates.map((_, i) => 123.5 + (i * 1) / CF);
    const res = simulateBasisPosition(path(cash, fut, { cash: 0 }));
    expect(res.maxCashNeed).toBeGreaterThan(0);
    expect(res.firstShortfall).not.toBeNull();
  });
  it('delivers at convergence on the last date', () => {
    const cash = dates.map(() => 104.5);
    const fut = dates.map(() => 123.5);
    const res = simulateBasisPosition(path(cash, fut));
    const last = res.rows[n - 1];
    expect(last.delivered).toBe(true);
    expect(last.cashPrice).toBeCloseTo(CF * 123.5, 12);
    expect(last.bondValue).toBe(0);
    expect(last.repoLoan).toBe(0);
    expect(last.equity).toBe(last.cash);
  });
  it('rejects bad paths', () => {
    const cash = dates.map(() => 104.5);
    const fut = dates.map(() => 123.5);
    expect(() => simulateBasisPosition(path(cash.slice(1), fut))).toThrow(/cashPrices must have/);
    expect(() => simulateBasisPosition(path(cash, fut, { dates: [...dates].reverse() }))).toThrow(/dates\[1\] must be after/);
    expect(() => simulateBasisPosition(path(cash, fut, { haircut: [0.02] }))).toThrow(/haircut must be a number or an array/);
    expect(() => simulateBasisPosition(path(cash, fut.map((f, i) => (i === 3 ? NaN : f))))).toThrow(/futuresPrices\[3\] must be a finite number/);
    expect(() => simulateBasisPosition(path(cash, fut, { maintenanceMargin: 2000 }))).toThrow(/maintenanceMargin\[0\] must be in \[0, initialMargin/);
    expect(() => simulateBasisPosition(path(cash, fut, { dates: ['2013-01-02'], cashPrices: [1], futuresPrices: [1] }))).toThrow(/dates.length must be in \[2/);
  });
});

describe('convergingFuturesPrices', () => {
  it('puts F = (P − GB)/CF with the gross basis shrinking linearly to zero', () => {
    const f = convergingFuturesPrices({ cashPrices: [104, 105, 106], days: [0, 10, 20], conversionFactor: 0.8, startGrossBasis: 1 });
    expect(f[0]).toBeCloseTo((104 - 1) / 0.8, 12);
    expect(f[1]).toBeCloseTo((105 - 0.5) / 0.8, 12);
    expect(f[2]).toBeCloseTo(106 / 0.8, 12);
    expect(() => convergingFuturesPrices({ cashPrices: [104, 105], days: [0, 0], conversionFactor: 0.8, startGrossBasis: 1 })).toThrow(/days\[1\] must be after/);
  });
});
