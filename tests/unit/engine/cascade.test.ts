import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  fireSaleSpillover,
  generateFunds,
  MARCH_2020_DATES,
  MARCH_2020_FED_START,
  march2020Scenario,
  runCascade,
  seededRandom,
  type CascadeDay,
  type CascadeInput,
} from '../../../src/engine';

/** Uniform on [min, max] (fc.double spreads over the bit space, i.e. mostly tiny numbers). */
const real = (min: number, max: number) => fc.integer({ min: 0, max: 1_000_000 }).map((k) => min + ((max - min) * k) / 1_000_000);

const fundsArb = fc.array(
  fc.record({ equity: real(1e8, 5e9), leverage: real(1, 49.9) }),
  { minLength: 1, maxLength: 12 },
);
const dayArb = fc.record({
  yieldChangeBp: real(-40, 40),
  marginRate: real(0.01, 0.05),
  haircut: real(0, 0.05),
  repoSpread: real(0, 0.02),
  externalSales: real(0, 3e10),
});
const scenarioArb = fc.record({
  funds: fundsArb,
  days: fc.array(dayArb, { minLength: 1, maxLength: 25 }),
  cashImpact: real(0, 5e-14),
  futuresImpact: real(0, 3e-14),
  // Dealers unwind at most a fifth of the dislocation a day (half-life ≥ 3 days; March 2020 uses 5%).
  recovery: real(0, 0.2),
  startDay: fc.integer({ min: 0, max: 25 }),
  capacity: real(0, 1e11),
});

function build(s: {
  funds: { equity: number; leverage: number }[];
  days: CascadeDay[];
  cashImpact: number;
  futuresImpact: number;
  recovery: number;
  startDay: number;
  capacity: number;
}): CascadeInput {
  // Day 0 starts from calm margins so every fund's leverage is allowed (max 1/(1% + 1%) = 50).
  const days = s.days.map((d, i) => (i === 0 ? { ...d, marginRate: 0.01, haircut: 0.01 } : d));
  return {
    funds: s.funds,
    days,
    futuresPrice: 100.01,
    cashImpact: s.cashImpact,
    futuresImpact: s.futuresImpact,
    recovery: s.recovery,
    centralBank: { startDay: Math.min(s.startDay, days.length), dailyCapacity: s.capacity },
  };
}

const allFinite = (a: ArrayLike<number>) => Array.from(a).every(Number.isFinite);

describe('runCascade: invariants over declared ranges', () => {
  it('never produces NaN or Infinity', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const r = runCascade(build(s));
        for (const a of [r.cashPrice, r.futuresPrice, r.spread, r.forcedSales, r.centralBankPurchases, r.fundEquity, r.fundPosition, r.variationMarginPaid, r.totalEquity]) {
          expect(allFinite(a)).toBe(true);
        }
        expect(Number.isFinite(r.worstSpread)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
  it('conserves positions and money: sales add up, equity moves only by marks and carry', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const input = build(s);
        const r = runCascade(input);
        const K = r.fundCount;
        const last = (r.dayCount - 1) * K;
        let soldFace = 0;
        for (const x of r.forcedSalesFace) soldFace += x;
        let start = 0;
        let end = 0;
        for (let i = 0; i < K; i++) {
          start += r.initial.position[i];
          end += r.fundPosition[last + i];
          // Positions never grow and never go negative.
          expect(r.fundPosition[last + i]).toBeGreaterThanOrEqual(0);
          expect(r.fundPosition[last + i]).toBeLessThanOrEqual(r.initial.position[i]);
          const change = r.fundEquity[last + i] - r.initial.equity[i];
          expect(change).toBeCloseTo(r.markPnl[i] + r.carryPnl[i], -1);
        }
        expect(start - end).toBeCloseTo(soldFace, -2);
        // Independent of the engine's bookkeeping: a fund never forced to sell holds its face B and
        // its CF-matched short all along, so its equity moves by B·ΔP/100 − CF·B·ΔF/100 plus carry.
        for (let i = 0; i < K; i++) {
          if (r.fundPosition[last + i] !== r.initial.position[i]) continue;
          const B = r.initial.position[i];
          const dP = r.cashPrice[r.dayCount - 1] - r.initial.cashPrice;
          const dF = r.futuresPrice[r.dayCount - 1] - r.initial.futuresPrice;
          const change = r.fundEquity[last + i] - r.initial.equity[i];
          expect(change - r.carryPnl[i]).toBeCloseTo((B * dP) / 100 - (B * dF) / 100, -1);
        }
        for (let d = 0; d < r.dayCount; d++) {
          expect(r.dealerPurchases[d]).toBeCloseTo(r.forcedSales[d] + r.externalSales[d] - r.centralBankPurchases[d], -1);
          expect(r.centralBankPurchases[d]).toBeLessThanOrEqual(d >= input.centralBank!.startDay ? s.capacity + 1e-3 : 0);
          expect(r.centralBankPurchases[d]).toBeLessThanOrEqual(r.forcedSales[d] + r.externalSales[d] + 1e-3);
        }
      }),
      { numRuns: 150 },
    );
  });
  // Declared range: recovery ≤ 0.2. With faster overnight recovery a capacity that halts a spiral
  // early can leave larger positions to be dumped by a later margin hike beyond capacity (see README).
  it('a larger central-bank capacity never deepens the worst basis', () => {
    fc.assert(
      fc.property(scenarioArb, real(0, 2e11), (s, more) => {
        const a = runCascade(build(s));
        const b = runCascade(build({ ...s, capacity: s.capacity + more }));
        // Clearing stops once a round sells less than 1e-9 of the book, worth ~1e-9 points of spread.
        expect(b.worstSpread).toBeLessThanOrEqual(a.worstSpread + 1e-7);
      }),
      { numRuns: 300 },
    );
  });
  it('more leverage never delays the first forced sale', () => {
    fc.assert(
      fc.property(fc.array(dayArb, { minLength: 1, maxLength: 25 }), real(1, 49.9), real(1, 49.9), real(0, 5e-14), (days, l1, l2, lam) => {
        const [lo, hi] = l1 < l2 ? [l1, l2] : [l2, l1];
        const first = (lev: number) => {
          const r = runCascade(build({ funds: [{ equity: 1e9, leverage: lev }], days, cashImpact: lam, futuresImpact: lam / 2, recovery: 0.05, startDay: 25, capacity: 0 }));
          const d = Array.from(r.fundsForced).findIndex((n) => n > 0);
          return d < 0 ? Infinity : d;
        };
        expect(first(hi)).toBeLessThanOrEqual(first(lo));
      }),
    );
  });
  it('zero shock moves nothing: prices, positions and sales stay put', () => {
    fc.assert(
      fc.property(fundsArb, fc.integer({ min: 1, max: 40 }), (funds, n) => {
        const days: CascadeDay[] = Array.from({ length: n }, () => ({ yieldChangeBp: 0, externalSales: 0 }));
        days[0] = { ...days[0], marginRate: 0.01, haircut: 0.01, policyRate: 0.01, repoSpread: 0 };
        const r = runCascade({ funds, days, coupon: 0.02, futuresPrice: 100.01, cashImpact: 3e-14, futuresImpact: 1e-14 });
        for (let d = 0; d < n; d++) {
          expect(r.cashPrice[d]).toBe(100);
          expect(r.futuresPrice[d]).toBe(100.01);
          expect(r.forcedSales[d]).toBe(0);
          expect(r.variationMarginPaid[d]).toBe(0);
          expect(r.fundsForced[d]).toBe(0);
        }
        for (let i = 0; i < funds.length; i++) expect(r.fundPosition[(n - 1) * funds.length + i]).toBe(r.initial.position[i]);
      }),
    );
  });
  it('a hedged fund does not gain or lose from a parallel yield move, but margin on the higher price can force a sale', () => {
    const funds = [{ equity: 1e9, leverage: 49 }];
    const days: CascadeDay[] = [{ yieldChangeBp: 0, marginRate: 0.01, haircut: 0.01, policyRate: 0 }, { yieldChangeBp: -50 }];
    const calm = runCascade({ funds, days, coupon: 0, cashImpact: 0, futuresImpact: 0 });
    expect(calm.fundEquity[1]).toBeCloseTo(1e9, 0);
    expect(calm.cashPrice[1]).toBeCloseTo(100 * (1 + 7 * 0.005), 9);
    expect(calm.variationMarginPaid[1]).toBeCloseTo(49e9 * 0.035, 0);
    // At 49× the requirement (2% of a 3.5% higher value: 49 × 1.035 × 2% > 1) exceeds the equity: the fund must sell.
    expect(calm.forcedSales[1]).toBeGreaterThan(0);
    expect(calm.fundEquity[1]).toBeCloseTo(1e9, 0);
  });
  it('carry: coupon in, repo interest out, while nothing else happens', () => {
    const funds = [{ equity: 1e9, leverage: 10 }];
    const days: CascadeDay[] = [
      { date: '2020-03-06', marginRate: 0.01, haircut: 0.02, policyRate: 0.01, repoSpread: 0.005 },
      { date: '2020-03-09' },
    ];
    const r = runCascade({ funds, days, coupon: 0.02 });
    const face = (10 * 1e9 * 100) / 100;
    const expected = face * (0.02 * 3) / 365 - (0.98 * face * 0.015 * 3) / 360;
    expect(r.fundEquity[1] - 1e9).toBeCloseTo(expected, 3);
    expect(r.carryPnl[0]).toBeCloseTo(expected, 3);
  });
  it('a margin hike alone forces sales without any price loss', () => {
    const funds = [{ equity: 1e9, leverage: 40 }];
    const days: CascadeDay[] = [{ marginRate: 0.01, haircut: 0.01, policyRate: 0 }, { marginRate: 0.02 }];
    const r = runCascade({ funds, days, coupon: 0, cashImpact: 0, futuresImpact: 0 });
    expect(r.forcedSales[1]).toBeGreaterThan(0);
    expect(r.fundEquity[1]).toBe(1e9);
    // Requirement 1% + 2% per dollar of face: the fund sells until equity just covers it.
    expect(r.fundPosition[1]).toBeCloseTo(1e9 / 0.03, -1);
    // With a 20% cash buffer to restore, it sells more.
    const buffered = runCascade({ funds: [{ ...funds[0], cashBuffer: 0.2 }], days, coupon: 0, cashImpact: 0, futuresImpact: 0 });
    expect(buffered.fundPosition[1]).toBeCloseTo((0.8 * 1e9) / 0.03, -1);
    // A haircut hike works the same way.
    const hair = runCascade({ funds, days: [days[0], { haircut: 0.02 }], coupon: 0, cashImpact: 0, futuresImpact: 0 });
    expect(hair.fundPosition[1]).toBeCloseTo(1e9 / 0.03, -1);
    expect(hair.fundEquity[1]).toBe(1e9);
    expect(r.cashPrice[1]).toBe(100);
  });
  it('the repo facility caps the spread from the start day; a wiped-out fund sells everything', () => {
    const days: CascadeDay[] = [{ marginRate: 0.01, haircut: 0.01, policyRate: 0.01, repoSpread: 0.006 }, {}, {}];
    const r = runCascade({ funds: [{ equity: 1e9, leverage: 10 }], days, centralBank: { startDay: 1, dailyCapacity: 0, repoSpreadCap: 0.001 } });
    expect(Array.from(r.repoRate)).toEqual([0.016, 0.011, 0.011]);
    const crash = runCascade({
      funds: [{ equity: 1e9, leverage: 49 }, { equity: 1e9, leverage: 2 }],
      days: [{ marginRate: 0.01, haircut: 0.01 }, { externalSales: 1e12 }],
      cashImpact: 5e-14,
      futuresImpact: 0,
      recovery: 0,
    });
    expect(crash.fundsFailed[1]).toBe(1);
    expect(crash.fundPosition[2 + 0]).toBe(0);
    expect(crash.fundEquity[2 + 0]).toBeLessThanOrEqual(0);
    expect(crash.fundPosition[2 + 1]).toBe(crash.initial.position[1]);
  });
  it('outside sales widen the basis, and the widening forces more sales than the outside sales alone', () => {
    const funds = generateFunds({ count: 10, totalEquity: 1e10, minLeverage: 45, maxLeverage: 49.9, random: seededRandom(7) });
    const days: CascadeDay[] = [{ marginRate: 0.01, haircut: 0.01, policyRate: 0 }, { externalSales: 1e11 }];
    const r = runCascade({ funds, days, coupon: 0, cashImpact: 3e-14, futuresImpact: 1e-14, futuresPrice: 100, recovery: 0 });
    // The outside sales alone would cheapen cash by λ × P × Q = 0.3 points.
    expect(r.spread[1]).toBeGreaterThan(3e-14 * 1e11 * 100 + 1e-6);
    expect(r.forcedSales[1]).toBeGreaterThan(0);
  });
});

describe('runCascade: first round equals the GLT closed form', () => {
  it('with leverage targeting, one asset and no futures margin, round 1 sales are b·a·r and spillover (1 + r)× GLT', () => {
    const h = 0.04;
    const equities = [1e9, 2e9, 5e8];
    const funds = equities.map((e) => ({ equity: e, leverage: (1 / h) * (1 - 1e-12), cashBuffer: 0 }));
    const lam = 2e-14;
    const ext = 2e10;
    const r = runCascade({
      funds,
      days: [{ marginRate: 0, haircut: h, policyRate: 0, externalSales: ext }],
      coupon: 0,
      cashImpact: lam,
      futuresImpact: 0,
      maxRounds: 1,
      recordRounds: true,
      requirementPrices: 'market',
    });
    const shock = -lam * ext; // the outside sales' price return
    const glt = fireSaleSpillover({
      holdings: equities.map((e) => [e / h]),
      equity: equities,
      impact: [lam],
      shock: [shock],
    });
    const round1 = r.roundLog.find((x) => x.round === 1)!;
    const round0 = r.roundLog.find((x) => x.round === 0)!;
    expect(round0.cashPrice).toBeCloseTo(100 * (1 + shock), 10);
    const gltSales = glt.sales.reduce((a, b) => a + b, 0);
    expect(round1.fundSales / gltSales).toBeCloseTo(1, 8);
    expect((round1.cashPrice - round0.cashPrice) / round0.cashPrice).toBeCloseTo(glt.priceImpact[0], 10);
    // Each fund's second-round loss: GLT values holdings before the shock, the cascade after it.
    for (let i = 0; i < equities.length; i++) {
      const loss = -(r.fundEquity[i] - (equities[i] + (equities[i] / h) * shock));
      expect(loss / (glt.spilloverLoss[i] * (1 + shock))).toBeCloseTo(1, 6);
    }
  });
});

describe('March 2020 scenario', () => {
  it('runs from 2 Mar to 15 Apr 2020 with the Fed buying from 16 Mar, $75bn a day from 19 Mar', () => {
    const s = march2020Scenario();
    expect(MARCH_2020_DATES[0]).toBe('2020-03-02');
    expect(MARCH_2020_DATES.at(-1)).toBe('2020-04-15');
    expect(MARCH_2020_DATES).not.toContain('2020-04-10');
    expect(MARCH_2020_DATES[MARCH_2020_FED_START]).toBe('2020-03-16');
    const cap = s.centralBank!.dailyCapacity as number[];
    expect(cap[MARCH_2020_DATES.indexOf('2020-03-13')]).toBe(0);
    expect(cap[MARCH_2020_DATES.indexOf('2020-03-23')]).toBe(75e9);
    const ext = s.days.reduce((a, d) => a + (d.externalSales ?? 0), 0);
    expect(ext).toBeCloseTo(147e9, -3);
  });
  it('the basis widens in the stress; the Fed narrows the worst of it and cuts forced sales', () => {
    const withFed = runCascade(march2020Scenario());
    const s = march2020Scenario();
    const noFed = runCascade({ ...s, centralBank: undefined });
    const total = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
    expect(withFed.worstSpread).toBeGreaterThan(withFed.spread[0] + 0.1);
    expect(noFed.worstSpread).toBeGreaterThan(withFed.worstSpread);
    expect(total(noFed.forcedSales)).toBeGreaterThan(total(withFed.forcedSales));
    expect(withFed.spread[withFed.dayCount - 1]).toBeLessThan(withFed.worstSpread);
    expect(withFed.converged).toBe(true);
  });
});

describe('runCascade: bad input', () => {
  const ok: CascadeInput = { funds: [{ equity: 1e9, leverage: 10 }], days: [{}] };
  it('names the parameter and its range', () => {
    expect(() => runCascade({ ...ok, funds: [] })).toThrow(/funds must be a non-empty array/);
    expect(() => runCascade({ ...ok, days: [] })).toThrow(/days must be a non-empty array/);
    expect(() => runCascade({ ...ok, funds: [{ equity: NaN, leverage: 10 }] })).toThrow(/funds\[0\].equity must be a finite number/);
    expect(() => runCascade({ ...ok, funds: [{ equity: 1e9, leverage: 0.5 }] })).toThrow(/funds\[0\].leverage must be in \[1, /);
    expect(() => runCascade({ ...ok, funds: [{ equity: 1e9, leverage: 80 }] })).toThrow(/funds\[0\].leverage must be in \[1, 25/);
    expect(() => runCascade({ ...ok, days: [{ haircut: 2 }] })).toThrow(/days\[0\].haircut must be in \[0, 1\]/);
    expect(() => runCascade({ ...ok, days: [{ externalSales: -1 }] })).toThrow(/days\[0\].externalSales must be ≥ 0/);
    expect(() => runCascade({ ...ok, days: [{ date: '2020-03-03' }, { date: '2020-03-02' }] })).toThrow(/days\[\]\.date\[1\] must be after/);
    expect(() => runCascade({ ...ok, requirementPrices: 'book' as never })).toThrow(/requirementPrices must be one of undisturbed, market/);
    expect(() => runCascade({ ...ok, cashImpact: -1 })).toThrow(/cashImpact must be in \[0, 1e-9\]/);
    expect(() => runCascade({ ...ok, centralBank: { startDay: 5, dailyCapacity: 1 } })).toThrow(/centralBank.startDay must be in \[0, 1\]/);
    expect(() => runCascade({ ...ok, centralBank: { startDay: 0, dailyCapacity: [1, 2] } })).toThrow(/dailyCapacity must be a number or an array of 1/);
  });
});
