/**
 * The per-fund, per-day outputs the live cascade figure draws (issue 9): fundStatus codes,
 * fundEquity / fundPosition, and the daily totals that must add up to them.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FUND_STATUS, fundsOnDay, generateFunds, march2020Scenario, runCascade, seededRandom, type CascadeDay, type CascadeInput, type CascadeResult } from '../../../src/engine';

const real = (min: number, max: number) => fc.integer({ min: 0, max: 1_000_000 }).map((k) => min + ((max - min) * k) / 1_000_000);

const scenarioArb = fc.record({
  funds: fc.array(fc.record({ equity: real(1e7, 5e9), leverage: real(1, 45) }), { minLength: 1, maxLength: 30 }),
  days: fc.array(fc.record({ yieldChangeBp: real(-40, 40), marginRate: real(0.01, 0.06), haircut: real(0, 0.05), repoSpread: real(0, 0.02), externalSales: real(0, 4e10) }), { minLength: 1, maxLength: 30 }),
  cashImpact: real(0, 8e-14),
  futuresImpact: real(0, 5e-14),
  recovery: real(0, 0.3),
  central: fc.boolean(),
  startDay: fc.integer({ min: 0, max: 30 }),
  capacity: real(0, 1e11),
  market: fc.boolean(),
});

function build(s: typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never): CascadeInput {
  const days: CascadeDay[] = s.days.map((d, i) => (i === 0 ? { ...d, marginRate: 0.01, haircut: 0.01 } : d));
  return {
    funds: s.funds,
    days,
    futuresPrice: 100.01,
    cashImpact: s.cashImpact,
    futuresImpact: s.futuresImpact,
    recovery: s.recovery,
    centralBank: s.central ? { startDay: Math.min(s.startDay, days.length), dailyCapacity: s.capacity } : undefined,
    requirementPrices: s.market ? 'market' : undefined,
  };
}

/** A failed check (cheaper than expect() in the per-fund loop). */
function must(ok: boolean, what: string): void {
  if (!ok) throw new Error(what);
}

/** Every property the figure relies on, checked on one result. */
function checkStatus(r: CascadeResult): void {
  const K = r.fundCount;
  const D = r.dayCount;
  expect(r.fundStatus).toBeInstanceOf(Uint8Array);
  expect(r.fundStatus.length).toBe(D * K);
  expect(r.fundEquity.length).toBe(D * K);
  for (let d = 0; d < D; d++) {
    const row = d * K;
    let equity = 0, position = 0, fell = 0, out = 0, called = 0, failed = 0, faceSold = 0;
    for (let i = 0; i < K; i++) {
      const st = r.fundStatus[row + i];
      const e = r.fundEquity[row + i];
      const b = r.fundPosition[row + i];
      const before = d === 0 ? r.initial.position[i] : r.fundPosition[row - K + i];
      const prevStatus = d === 0 ? FUND_STATUS.healthy : r.fundStatus[row - K + i];
      const at = `day ${d} fund ${i} (status ${st}, position ${before} → ${b}, equity ${e})`;
      must(st <= 3, `${at}: unknown status`);
      equity += e;
      position += b;
      faceSold += before - b;
      if (b < before) fell++;
      if (e <= 0) failed++;
      // A fund flagged 'forced' sold that day; one that sold is forced or out.
      if (st === FUND_STATUS.forced) must(b < before, `${at}: forced without a sale`);
      if (b < before) must(st === FUND_STATUS.forced || st === FUND_STATUS.out, `${at}: sold but not forced or out`);
      // 'out' never recovers, and a fund with no equity or no position is out.
      if (prevStatus === FUND_STATUS.out) must(st === FUND_STATUS.out, `${at}: came back after being out`);
      if (e <= 0 || b === 0) must(st === FUND_STATUS.out, `${at}: no equity or no position but not out`);
      if (st === FUND_STATUS.out) out++;
      // 'called' and 'healthy' funds kept their whole position.
      if (st === FUND_STATUS.called || st === FUND_STATUS.healthy) must(b === before, `${at}: healthy or called but the position changed`);
      if (st === FUND_STATUS.called) called++;
    }
    // Daily totals equal the sums of the per-fund data (kept as running sums: equal up to rounding).
    const equityScale = Math.max(1, r.initial.equity.reduce((a, b) => a + Math.abs(b), 0), Math.abs(equity));
    expect(Math.abs(r.totalEquity[d] - equity)).toBeLessThanOrEqual(1e-9 * equityScale);
    expect(Math.abs(r.totalPosition[d] - position)).toBeLessThanOrEqual(1e-9 * Math.max(1, r.initial.position.reduce((a, b) => a + b, 0)));
    expect(r.fundsForced[d]).toBe(fell);
    expect(r.fundsOut[d]).toBe(out);
    expect(r.fundsCalled[d]).toBe(called);
    expect(r.fundsFailed[d]).toBe(failed);
    expect(Math.abs(r.forcedSalesFace[d] - faceSold)).toBeLessThanOrEqual(1e-9 * Math.max(1, r.initial.position.reduce((a, b) => a + b, 0)));
    if (r.forcedSalesFace[d] === 0) expect(r.forcedSales[d]).toBe(0);
    expect(r.dealerPurchases[d]).toBeCloseTo(r.forcedSales[d] + r.externalSales[d] - r.centralBankPurchases[d], 0);
    if (d > 0) expect(r.fundsOut[d]).toBeGreaterThanOrEqual(r.fundsOut[d - 1]);
  }
}

describe('runCascade per-fund states (FUND_STATUS) and daily totals', { timeout: 120_000 }, () => {
  it('codes are 0 healthy, 1 called, 2 forced, 3 out', () => {
    expect(FUND_STATUS).toEqual({ healthy: 0, called: 1, forced: 2, out: 3 });
  });

  it('hold on generated scenarios', () => {
    fc.assert(fc.property(scenarioArb, (s) => checkStatus(runCascade(build(s)))), { seed: 9, numRuns: 300 });
  });

  it('hold on a 500-fund stress with funds failing, and on March 2020', () => {
    const funds = generateFunds({ count: 500, totalEquity: 20e9, minLeverage: 20, maxLeverage: 39, random: seededRandom(4) });
    const rnd = seededRandom(5);
    const days: CascadeDay[] = Array.from({ length: 40 }, (_, d) => ({
      yieldChangeBp: (rnd() - 0.6) * 30,
      marginRate: 0.015 + Math.min(d, 15) * 0.0005,
      externalSales: d >= 4 && d < 20 ? 2e10 * rnd() : 0,
    }));
    days[0] = { ...days[0], haircut: 0.01, marginRate: 0.015 };
    const r = runCascade({ funds, days, futuresPrice: 100.01, cashImpact: 8e-14, futuresImpact: 4e-14, recovery: 0.02 });
    checkStatus(r);
    // The scenario exercises every state (and ends with every fund out).
    const seen = new Set(r.fundStatus);
    for (const code of [0, 1, 2, 3]) expect(seen.has(code)).toBe(true);
    checkStatus(runCascade(march2020Scenario()));
  });

  it('a calm day on which futures settle higher is a margin call paid from cash; a flat one is healthy', () => {
    const funds = [{ equity: 1e9, leverage: 10 }];
    const r = runCascade({ funds, days: [{ yieldChangeBp: 0, marginRate: 0.01, haircut: 0.01 }, { yieldChangeBp: -5 }, { yieldChangeBp: 0 }, { marginRate: 0.012 }, { yieldChangeBp: 3 }] });
    expect(Array.from(r.fundStatus)).toEqual([FUND_STATUS.healthy, FUND_STATUS.called, FUND_STATUS.healthy, FUND_STATUS.called, FUND_STATUS.healthy]);
    expect(Array.from(r.fundsCalled)).toEqual([0, 1, 0, 1, 0]);
  });
});

describe('runCascade with `reuse` (a figure rerunning every frame)', { timeout: 120_000 }, () => {
  it('gives the same result as a fresh run, overwriting the previous run\'s event buffers', () => {
    const funds = generateFunds({ count: 60, totalEquity: 5e9, minLeverage: 20, maxLeverage: 39, random: seededRandom(7) });
    const rnd = seededRandom(8);
    const days: CascadeDay[] = Array.from({ length: 25 }, (_, d) => ({ yieldChangeBp: (rnd() - 0.6) * 30, marginRate: 0.015 + Math.min(d, 10) * 0.0005, externalSales: d > 3 && d < 12 ? 5e9 * rnd() : 0 }));
    days[0] = { ...days[0], haircut: 0.01 };
    const a: CascadeInput = { funds, days, cashImpact: 6e-14 };
    const b: CascadeInput = { ...a, centralBank: { startDay: 6, dailyCapacity: 2e10 } };
    // The previous run recorded more events than the next one needs, so its buffers are large enough.
    const previous = runCascade(b);
    const buffer = previous.history.eventEquity;
    const reused = runCascade({ ...a, reuse: previous });
    expect(reused.history.eventEquity).toBe(buffer); // the same buffer, overwritten
    const fresh = runCascade(a);
    expect(reused.history.eventStart[days.length]).toBeGreaterThan(0);
    expect(Array.from(reused.fundEquity)).toEqual(Array.from(fresh.fundEquity));
    expect(Array.from(reused.fundPosition)).toEqual(Array.from(fresh.fundPosition));
    expect(Array.from(reused.fundStatus)).toEqual(Array.from(fresh.fundStatus));
    expect(Array.from(reused.totalEquity)).toEqual(Array.from(fresh.totalEquity));
    // Reusing a run of another size (fewer days) gives a fresh run's result too.
    const short = { ...b, days: days.slice(0, 10) };
    expect(Array.from(runCascade({ ...short, reuse: fresh }).fundEquity)).toEqual(Array.from(runCascade(short).fundEquity));
  });
});

describe('fundsOnDay (one day of every fund, as the live figure reads it)', () => {
  it('equals that day\'s row of the days × funds tables, and names a bad day', () => {
    const funds = generateFunds({ count: 200, totalEquity: 20e9, minLeverage: 20, maxLeverage: 39, random: seededRandom(12) });
    const rnd = seededRandom(13);
    const days: CascadeDay[] = Array.from({ length: 30 }, (_, d) => ({ yieldChangeBp: (rnd() - 0.6) * 30, marginRate: 0.015 + Math.min(d, 15) * 0.0005, externalSales: d >= 4 && d < 20 ? 2e10 * rnd() : 0 }));
    days[0] = { ...days[0], haircut: 0.01 };
    const r = runCascade({ funds, days, futuresPrice: 100.01, cashImpact: 8e-14, futuresImpact: 4e-14, recovery: 0.02 });
    const K = r.fundCount;
    let events = 0;
    for (const d of [0, 5, 12, 29]) {
      const one = fundsOnDay(r, d);
      expect(Array.from(one.equity)).toEqual(Array.from(r.fundEquity.subarray(d * K, (d + 1) * K)));
      expect(Array.from(one.position)).toEqual(Array.from(r.fundPosition.subarray(d * K, (d + 1) * K)));
      expect(Array.from(one.status)).toEqual(Array.from(r.fundStatus.subarray(d * K, (d + 1) * K)));
      events = r.history.eventStart[d + 1];
    }
    // The run is stressed, so the history holds events (funds checked one by one), fewer than days × funds.
    expect(events).toBeGreaterThan(0);
    expect(events).toBeLessThan(30 * K);
    expect(() => fundsOnDay(r, 30)).toThrow(/day/);
    expect(() => fundsOnDay(r, 1.5)).toThrow(/day/);
  });
});
