/**
 * The optimised engine (issue 9) must give the results of the code it replaced, kept verbatim
 * in tests/support/reference/, on many seeded generated inputs, and bad inputs must throw the
 * same RangeError. Bond, basis and position code is compared bit for bit (Object.is per element).
 * runCascade marks the funds away from their funding limit lazily (one per-unit shift a day
 * instead of one add per round), so its sums are taken in another order: its outputs are
 * compared with a relative tolerance (expectCascadeClose), its integer outputs exactly.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  generateFunds,
  march2020Scenario,
  runCascade,
  seededRandom,
  type CascadeDay,
  type CascadeInput,
  type CascadeResult,
} from '../../../src/engine';
import { runCascade as refCascade } from '../../support/reference/reference-cascade';

const SEED = 20_250_901;
/** Uniform on [min, max] (fc.double spreads over the bit space, i.e. mostly tiny numbers). */
const real = (min: number, max: number) => fc.integer({ min: 0, max: 1_000_000 }).map((k) => min + ((max - min) * k) / 1_000_000);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });

/** Exact equality of two values, arrays and typed arrays element by element (Object.is). */
export function expectSame(a: unknown, b: unknown, path = 'result'): void {
  if (ArrayBuffer.isView(a) || Array.isArray(a)) {
    const x = a as ArrayLike<unknown>;
    const y = b as ArrayLike<unknown>;
    expect(y.length, `${path}.length`).toBe(x.length);
    for (let i = 0; i < x.length; i++) {
      if (typeof x[i] === 'object' && x[i] !== null) expectSame(x[i], y[i], `${path}[${i}]`);
      else if (!Object.is(x[i], y[i])) expect(y[i], `${path}[${i}]`).toBe(x[i]);
    }
    return;
  }
  if (typeof a === 'object' && a !== null) {
    for (const k of Object.keys(a)) expectSame((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    return;
  }
  if (!Object.is(a, b)) expect(b, path).toBe(a);
}

type RefCascadeResult = ReturnType<typeof refCascade>;

/** Relative tolerance of the cascade comparison, times each value's scale (see expectCascadeClose). */
const CASCADE_TOL = 1e-9;

/** FUND_STATUS codes the reference (which predates them) implies: out, forced, called, healthy. */
function referenceStatus(ref: RefCascadeResult, input: CascadeInput): Uint8Array {
  const K = ref.fundCount;
  const D = ref.dayCount;
  const status = new Uint8Array(D * K);
  const out = new Uint8Array(K);
  let im = 0.02, hc = 0.02, lastIm = 0, lastHc = 0;
  for (let d = 0; d < D; d++) {
    im = input.days[d].marginRate ?? im;
    hc = input.days[d].haircut ?? hc;
    const called = ref.futuresPrice[d] > (d === 0 ? ref.initial.futuresPrice : ref.futuresPrice[d - 1]) || (d > 0 && (im > lastIm || hc > lastHc));
    lastIm = im;
    lastHc = hc;
    for (let i = 0; i < K; i++) {
      const e = ref.fundEquity[d * K + i];
      const b = ref.fundPosition[d * K + i];
      const before = d === 0 ? ref.initial.position[i] : ref.fundPosition[(d - 1) * K + i];
      if (out[i] || e <= 0 || b === 0) out[i] = 1;
      status[d * K + i] = out[i] ? 3 : b < before ? 2 : called ? 1 : 0;
    }
  }
  return status;
}

/**
 * The cascade's results agree with the reference's: every float within CASCADE_TOL of its scale
 * (prices: the cash price level; per-day money: the book's starting value; per-day face: the
 * book's starting face; a fund's equity, P&L and position: its own starting book value or face),
 * integers (rounds, counts, statuses, worstDay) exactly. A fund's status may differ only where
 * the value it depends on sits within rounding of the threshold: a 'forced' that sold no more
 * than rounding (a fund exactly at its funding limit sells a last-bit amount or nothing,
 * depending on the order of the adds), or an 'out' whose equity is within rounding of 0; the
 * day's counts may then differ by at most the number of such funds. Returns how many such
 * rounding-level status differences there were.
 */
function expectCascadeClose(ref: RefCascadeResult, fast: CascadeResult, input: CascadeInput): number {
  const K = ref.fundCount;
  const D = ref.dayCount;
  expect(fast.fundCount).toBe(K);
  expect(fast.dayCount).toBe(D);
  expect(fast.dates).toEqual(ref.dates);
  expect(fast.converged).toBe(ref.converged);
  expectSame(ref.initial, fast.initial, 'initial');
  expectSame(ref.rounds, fast.rounds, 'rounds');
  expectSame(ref.repoRate, fast.repoRate, 'repoRate');
  expectSame(ref.externalSales, fast.externalSales, 'externalSales');
  let face0 = 0;
  for (let i = 0; i < K; i++) face0 += ref.initial.position[i];
  const priceScale = Math.max(ref.initial.cashPrice, ...ref.cashPrice);
  const book = Math.max(1, (face0 * priceScale) / 100);
  const close = (a: number, b: number, scale: number, what: string) => {
    if (!(Math.abs(a - b) <= CASCADE_TOL * scale)) expect(b, `${what} (scale ${scale})`).toBe(a);
  };
  const closeArray = (name: keyof RefCascadeResult & keyof CascadeResult, scale: number) => {
    const a = ref[name] as Float64Array;
    const b = fast[name] as Float64Array;
    expect(b.length, `${name}.length`).toBe(a.length);
    for (let d = 0; d < a.length; d++) close(a[d], b[d], scale, `${name}[${d}]`);
  };
  for (const name of ['cashPrice', 'futuresPrice', 'grossBasis', 'spread'] as const) closeArray(name, priceScale);
  for (const name of ['forcedSales', 'centralBankPurchases', 'dealerPurchases', 'variationMarginPaid', 'cumulativeVariationMargin', 'totalEquity'] as const) closeArray(name, book);
  for (const name of ['forcedSalesFace', 'totalPosition'] as const) closeArray(name, Math.max(1, face0));
  close(ref.worstSpread, fast.worstSpread, priceScale, 'worstSpread');
  if (fast.worstDay !== ref.worstDay) close(ref.spread[ref.worstDay], ref.spread[fast.worstDay], priceScale, 'worstDay (a tie within rounding)');
  expect(fast.roundLog.length, 'roundLog.length').toBe(ref.roundLog.length);
  ref.roundLog.forEach((r, n) => {
    const f = fast.roundLog[n];
    expect([f.day, f.round], `roundLog[${n}]`).toEqual([r.day, r.round]);
    close(r.fundSales, f.fundSales, book, `roundLog[${n}].fundSales`);
    close(r.centralBankPurchases, f.centralBankPurchases, book, `roundLog[${n}].centralBankPurchases`);
    close(r.cashPrice, f.cashPrice, priceScale, `roundLog[${n}].cashPrice`);
    close(r.futuresPrice, f.futuresPrice, priceScale, `roundLog[${n}].futuresPrice`);
  });
  // Per fund: equity and P&L on the fund's book value, position on its face.
  const refStatus = referenceStatus(ref, input);
  const explained = new Int32Array(D);
  for (let i = 0; i < K; i++) {
    const face = ref.initial.position[i];
    const value = Math.max(1, (face * priceScale) / 100);
    close(ref.markPnl[i], fast.markPnl[i], value, `markPnl[${i}]`);
    close(ref.carryPnl[i], fast.carryPnl[i], value, `carryPnl[${i}]`);
    for (let d = 0; d < D; d++) {
      const at = d * K + i;
      close(ref.fundEquity[at], fast.fundEquity[at], value, `fundEquity[day ${d}, fund ${i}]`);
      close(ref.fundPosition[at], fast.fundPosition[at], Math.max(1, face), `fundPosition[day ${d}, fund ${i}]`);
      const a = refStatus[at];
      const b = fast.fundStatus[at];
      if (a === b) continue;
      const what = `fundStatus[day ${d}, fund ${i}]: reference ${a}, fast ${b}`;
      const fell = (r: RefCascadeResult) => (d === 0 ? r.initial.position[i] : r.fundPosition[at - K]) - r.fundPosition[at];
      const tiny = (x: number, scale: number) => Math.abs(x) <= CASCADE_TOL * scale;
      if ((a === 3) !== (b === 3)) {
        // out in one run only: its equity sits within rounding of 0 (or its position of 0).
        expect(tiny(ref.fundEquity[at], value) || tiny(ref.fundPosition[at], face), what).toBe(true);
      } else {
        // forced in one run only: it sold no more than rounding.
        expect(tiny(fell(ref), face) && tiny(fell(fast), face), what).toBe(true);
      }
      explained[d]++;
    }
  }
  for (let d = 0; d < D; d++) {
    for (const name of ['fundsForced', 'fundsFailed'] as const) {
      const diff = Math.abs(fast[name][d] - ref[name][d]);
      if (diff > explained[d]) expect(fast[name][d], `${name}[${d}]`).toBe(ref[name][d]);
    }
  }
  let n = 0;
  for (let d = 0; d < D; d++) n += explained[d];
  return n;
}

/** Same outcome: equal results, or the same error. */
function sameOutcome<T>(ref: () => T, fast: () => T, compare: (a: T, b: T) => void = (a, b) => expectSame(a, b)): void {
  let refResult: T | undefined;
  let refError: unknown = null;
  try {
    refResult = ref();
  } catch (e) {
    refError = e;
  }
  if (refError !== null) {
    let fastError: unknown = null;
    try {
      fast();
    } catch (e) {
      fastError = e;
    }
    expect(fastError, `expected: ${String(refError)}`).not.toBeNull();
    expect((fastError as Error).constructor).toBe((refError as Error).constructor);
    expect((fastError as Error).message).toBe((refError as Error).message);
    return;
  }
  compare(refResult as T, fast());
}

/** Same cascade outcome: results within rounding (expectCascadeClose), or the same error. */
function sameCascade(input: CascadeInput): void {
  sameOutcome<RefCascadeResult | CascadeResult>(() => refCascade(input), () => runCascade(input), (a, b) => {
    roundingStatus += expectCascadeClose(a as RefCascadeResult, b as CascadeResult, input);
  });
}
/** Status differences explained by rounding, over the cascade tests (reported, expected rare). */
let roundingStatus = 0;

describe('runCascade agrees with the pre-optimisation reference (within rounding)', { timeout: 120_000 }, () => {
  const fundArb = fc.record({
    equity: real(1e6, 5e9),
    leverage: real(1, 45),
    cashBuffer: maybe(real(0, 0.5)),
  });
  const dayArb = fc.record({
    yieldChangeBp: maybe(real(-40, 40)),
    marginRate: maybe(real(0.01, 0.06)),
    haircut: maybe(real(0, 0.05)),
    policyRate: maybe(real(-0.005, 0.06)),
    repoSpread: maybe(real(-0.002, 0.03)),
    externalSales: maybe(real(0, 4e10)),
  });
  const scenarioArb = fc.record({
    funds: fc.array(fundArb, { minLength: 1, maxLength: 40 }),
    days: fc.array(dayArb, { minLength: 1, maxLength: 40 }),
    gaps: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 40, maxLength: 40 }),
    dated: fc.boolean(),
    cashPrice: maybe(real(80, 130)),
    futuresPremium: maybe(real(-0.5, 0.5)),
    conversionFactor: maybe(real(0.7, 1.1)),
    duration: maybe(real(0, 20)),
    coupon: maybe(real(0, 0.06)),
    cashImpact: real(0, 8e-14),
    futuresImpact: real(0, 5e-14),
    recovery: real(0, 1),
    central: fc.boolean(),
    startDay: fc.integer({ min: 0, max: 40 }),
    capacity: real(0, 1e11),
    capacityPerDay: fc.boolean(),
    repoSpreadCap: maybe(real(0, 0.01)),
    maxRounds: maybe(fc.integer({ min: 1, max: 8 })),
    market: fc.boolean(),
    record: fc.boolean(),
  });

  function build(s: fc.Arbitrary<unknown> extends never ? never : any): CascadeInput {
    const D = s.days.length;
    let day = 18_000;
    const days: CascadeDay[] = s.days.map((d: CascadeDay, i: number) => {
      const clean = Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined)) as CascadeDay;
      // Day 0 starts from calm margins so every fund's leverage is allowed (max 1/(1% + 1%) = 50).
      if (i === 0) Object.assign(clean, { marginRate: 0.01, haircut: 0.01 });
      if (s.dated) {
        day += i === 0 ? 0 : s.gaps[i];
        clean.date = new Date(day * 86_400_000).toISOString().slice(0, 10);
      }
      return clean;
    });
    const cash = s.cashPrice ?? 100;
    const cf = s.conversionFactor ?? 1;
    return {
      funds: s.funds.map((f: { equity: number; leverage: number; cashBuffer?: number }) =>
        f.cashBuffer === undefined ? { equity: f.equity, leverage: f.leverage } : f,
      ),
      days,
      cashPrice: s.cashPrice,
      futuresPrice: s.futuresPremium === undefined ? undefined : cash / cf + s.futuresPremium,
      conversionFactor: s.conversionFactor,
      duration: s.duration,
      coupon: s.coupon,
      cashImpact: s.cashImpact,
      futuresImpact: s.futuresImpact,
      recovery: s.recovery,
      centralBank: s.central
        ? {
            startDay: Math.min(s.startDay, D),
            dailyCapacity: s.capacityPerDay ? days.map((_, i) => (s.capacity * (i % 3)) / 2) : s.capacity,
            ...(s.repoSpreadCap === undefined ? {} : { repoSpreadCap: s.repoSpreadCap }),
          }
        : undefined,
      maxRounds: s.maxRounds,
      requirementPrices: s.market ? 'market' : undefined,
      recordRounds: s.record,
    };
  }

  it('on generated scenarios (funds, days with and without dates, central bank, caps, shocks, round limits)', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const input = build(s);
        sameCascade(input);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('on the benchmark-sized stress runs and the March 2020 scenario', () => {
    for (const seed of [1, 2, 3]) {
      const funds = generateFunds({ count: 500, totalEquity: 20e9, minLeverage: 20, maxLeverage: 38, random: seededRandom(seed) });
      const rnd = seededRandom(seed + 10);
      const days: CascadeDay[] = Array.from({ length: 60 }, (_, d) => ({
        yieldChangeBp: (rnd() - 0.55) * 30,
        marginRate: 0.015 + Math.min(d, 15) * 0.0003,
        externalSales: d >= 6 && d < 24 ? 8e9 + 8e9 * rnd() : 0,
        repoSpread: d >= 6 && d < 15 ? 0.004 : 0.001,
      }));
      days[0] = { ...days[0], haircut: 0.01, policyRate: 0.015 };
      const stress: CascadeInput = { funds, days, futuresPrice: 100.01, cashImpact: 3e-14, futuresImpact: 1.5e-14, recovery: 0.05, centralBank: { startDay: 15, dailyCapacity: 75e9 } };
      for (const input of [stress, { ...stress, centralBank: undefined }, { ...stress, requirementPrices: 'market' as const }]) {
        sameCascade(input);
      }
    }
    const march = march2020Scenario();
    sameCascade(march);
    sameCascade({ ...march, centralBank: undefined });
  });

  it('throws the same errors on bad input', () => {
    const ok: CascadeInput = { funds: [{ equity: 1e9, leverage: 10 }], days: [{ yieldChangeBp: 1 }, { yieldChangeBp: -2 }] };
    const bad: unknown[] = [
      { ...ok, funds: [] },
      { ...ok, days: [] },
      { ...ok, funds: [null] },
      { ...ok, funds: [{ equity: 0.5, leverage: 10 }] },
      { ...ok, funds: [{ equity: 1e9, leverage: 60 }] },
      { ...ok, funds: [{ equity: 1e9, leverage: Number.NaN }] },
      { ...ok, funds: [{ equity: 1e9, leverage: 10, cashBuffer: 1 }] },
      { ...ok, days: [{ yieldChangeBp: 600 }] },
      { ...ok, days: [{ marginRate: -0.1 }] },
      { ...ok, days: [{ haircut: Infinity }] },
      { ...ok, days: [{ policyRate: 0.9 }] },
      { ...ok, days: [{ repoSpread: Number.NaN }] },
      { ...ok, days: [{ externalSales: -1 }] },
      { ...ok, days: [{ date: '2020-03-02' }, { date: '2020-03-02' }] },
      { ...ok, days: [{ date: '2020-02-30' }, { date: '2020-03-02' }] },
      { ...ok, centralBank: { startDay: 5, dailyCapacity: 1 } },
      { ...ok, centralBank: { startDay: 0, dailyCapacity: [1] } },
      { ...ok, centralBank: { startDay: 0, dailyCapacity: [1, -1] } },
      { ...ok, centralBank: { startDay: 0, dailyCapacity: -1 } },
      { ...ok, centralBank: { startDay: 0, dailyCapacity: 1, repoSpreadCap: 2 } },
      { ...ok, maxRounds: 0.5 },
      { ...ok, requirementPrices: 'bid' },
      { ...ok, days: [{ yieldChangeBp: -500 }, { yieldChangeBp: -500 }, { yieldChangeBp: -500 }], duration: 40 },
    ];
    for (const input of bad) sameCascade(input as CascadeInput);
  });

  it('status differences explained by rounding stay rare (funds sitting exactly at their funding limit)', () => {
    // Runs after the tests above (vitest runs a file's tests in order); see expectCascadeClose.
    console.info(`runCascade vs reference: ${roundingStatus} fund-day statuses differed at a rounding-level threshold`);
    expect(roundingStatus).toBeLessThanOrEqual(10);
  });
});

// ---------------------------------------------------------------------------------------------
// Bond and basis arithmetic, cheapest-to-deliver, basis position.

import {
  accruedInterest,
  carry,
  cheapestToDeliver,
  couponPeriod,
  couponsBetween,
  fairFuturesPrice,
  impliedRepoRate,
  netBasis,
  simulateBasisPosition,
  type BasisPathInput,
  type ContractCode,
  type DeliverableBond,
} from '../../../src/engine';
// Internals, not in the public API.
import { holdingFlows } from '../../../src/engine/basis';
import { toDayNumber } from '../../../src/engine/dates';
import * as refBond from '../../support/reference/reference-bond';
import * as refBasis from '../../support/reference/reference-basis';
import { toDayNumber as refToDayNumber } from '../../support/reference/reference-dates';
import { cheapestToDeliver as refCtd } from '../../support/reference/reference-cheapestToDeliver';
import { simulateBasisPosition as refSimulate } from '../../support/reference/reference-basisPosition';

const DAY_MS = 86_400_000;
const iso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const DAY_2000 = 10_957; // 2000-01-01
/** A day between 2000 and about 2065. */
const dayArb = fc.integer({ min: DAY_2000, max: DAY_2000 + 24_000 });
/** Maturities: any day, or month ends (Feb 28/29, the 30ths and 31sts), 15ths. */
const maturityArb = fc.oneof(
  dayArb.map(iso),
  fc.record({ y: fc.integer({ min: 2001, max: 2065 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => iso(Date.UTC(y, m, 0) / DAY_MS)),
  fc.record({ y: fc.integer({ min: 2001, max: 2065 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}-15`),
);
const bondArb = fc.record({ coupon: fc.oneof(real(0, 0.09), fc.constantFrom(0, 0.06, 0.02625, 0.045)), maturity: maturityArb });

describe('dates and bond arithmetic equal the reference', { timeout: 120_000 }, () => {
  it('toDayNumber on valid and invalid strings', () => {
    const cases = ['2020-02-29', '2021-02-29', '1900-02-29', '2000-02-29', '0050-03-01', '0099-12-31', '0100-01-01', '9999-12-31', '2020-13-01', '2020-00-10', '2020-01-32', '2020-1-01', ' 2020-01-01', '2020-01-01 ', '2020/01/01', '', 'abcd-ef-gh'];
    for (const c of cases) sameOutcome(() => refToDayNumber(c), () => toDayNumber(c));
    fc.assert(fc.property(fc.integer({ min: -800_000, max: 2_900_000 }), (d) => {
      const s = iso(d);
      sameOutcome(() => refToDayNumber(s), () => toDayNumber(s));
    }), { seed: SEED, numRuns: 3000 });
  });

  it('accruedInterest, couponPeriod, couponsBetween', () => {
    fc.assert(fc.property(bondArb, dayArb, fc.integer({ min: 0, max: 800 }), (bond, t, span) => {
      const from = iso(t);
      const to = iso(t + span);
      sameOutcome(() => refBond.accruedInterest(bond, from), () => accruedInterest(bond, from));
      sameOutcome(() => refBond.couponPeriod(bond, from), () => couponPeriod(bond, from));
      sameOutcome(() => refBond.couponsBetween(bond, from, to), () => couponsBetween(bond, from, to));
      sameOutcome(() => refBond.couponsBetween(bond, to, from), () => couponsBetween(bond, to, from));
    }), { seed: SEED, numRuns: 1000 });
  });

  it('holdingFlows, carry, netBasis, impliedRepoRate, fairFuturesPrice', () => {
    fc.assert(fc.property(bondArb, dayArb, fc.integer({ min: -5, max: 400 }), real(70, 140), real(70, 140), real(0.6, 1.3), real(-0.01, 0.1), fc.constantFrom(undefined, 360, 365), (bond, t, span, price, fut, cf, repoRate, dayBase) => {
      const period = { bond, price, settle: iso(t), delivery: iso(t + span), dayBase };
      const basis = { ...period, futuresPrice: fut, conversionFactor: cf };
      sameOutcome(() => refBasis.holdingFlows(period), () => holdingFlows(period));
      sameOutcome(() => refBasis.carry({ ...period, repoRate }), () => carry({ ...period, repoRate }));
      sameOutcome(() => refBasis.netBasis({ ...basis, repoRate }), () => netBasis({ ...basis, repoRate }));
      sameOutcome(() => refBasis.impliedRepoRate(basis), () => impliedRepoRate(basis));
      sameOutcome(() => refBasis.fairFuturesPrice({ ...basis, repoRate }), () => fairFuturesPrice({ ...basis, repoRate }));
    }), { seed: SEED, numRuns: 1000 });
  });

  it('rejects bad bonds and dates with the same errors', () => {
    const bads = [null, { coupon: -0.01, maturity: '2030-01-01' }, { coupon: Number.NaN, maturity: '2030-01-01' }, { coupon: 0.02, maturity: '2030-02-30' }, { coupon: 0.02, maturity: '20300101' }];
    for (const b of bads) {
      sameOutcome(() => refBond.accruedInterest(b as never, '2025-01-01'), () => accruedInterest(b as never, '2025-01-01'));
      sameOutcome(() => refBasis.netBasis({ bond: b as never, price: 100, settle: '2025-01-01', delivery: '2025-03-01', futuresPrice: 110, conversionFactor: 0.9, repoRate: 0.01 }), () => netBasis({ bond: b as never, price: 100, settle: '2025-01-01', delivery: '2025-03-01', futuresPrice: 110, conversionFactor: 0.9, repoRate: 0.01 }));
    }
    const bond = { coupon: 0.03, maturity: '2030-05-15' };
    sameOutcome(() => refBond.accruedInterest(bond, '2030-05-15'), () => accruedInterest(bond, '2030-05-15'));
    sameOutcome(() => refBond.accruedInterest(bond, '2030-5-1'), () => accruedInterest(bond, '2030-5-1'));
    // A bond mutated between calls is re-read (the coupon calendar cache follows the maturity string).
    const moving = { coupon: 0.03, maturity: '2030-05-15' };
    expect(accruedInterest(moving, '2025-01-10')).toBe(refBond.accruedInterest(moving, '2025-01-10'));
    moving.maturity = '2030-08-31';
    expect(accruedInterest(moving, '2025-01-10')).toBe(refBond.accruedInterest(moving, '2025-01-10'));
    moving.coupon = 2;
    sameOutcome(() => refBond.accruedInterest(moving, '2025-01-10'), () => accruedInterest(moving, '2025-01-10'));
  });
});

describe('cheapestToDeliver equals the reference', { timeout: 120_000 }, () => {
  const contractArb = fc.constantFrom<ContractCode>('TU', 'FV', 'TY', 'TN', 'US', 'UB');
  it('on generated baskets (with and without conversion factors, coupons before delivery)', () => {
    fc.assert(fc.property(
      fc.array(fc.record({ bond: bondArb, price: real(60, 140), cf: maybe(real(0.5, 1.2)), id: maybe(fc.constantFrom('a', 'b', 'CTD?')) }), { minLength: 1, maxLength: 15 }),
      dayArb, fc.integer({ min: 1, max: 200 }), real(80, 140), maybe(real(-0.01, 0.1)), maybe(contractArb), fc.constantFrom(undefined, 360, 365),
      (items, t, span, futuresPrice, repoRate, contract, dayBase) => {
        const basket: DeliverableBond[] = items.map((x) => ({ bond: x.bond, price: x.price, ...(x.cf === undefined ? {} : { conversionFactor: x.cf }), ...(x.id === undefined ? {} : { id: x.id }) }));
        const market = { futuresPrice, settle: iso(t), delivery: iso(t + span), contract, repoRate, dayBase };
        sameOutcome(() => refCtd(basket, market), () => cheapestToDeliver(basket, market));
      },
    ), { seed: SEED, numRuns: 800 });
  });

  it('on a 10-year basket, repeatedly (the bond calendars are cached)', () => {
    const basket: DeliverableBond[] = [
      [0.01125, '2031-02-15'], [0.01625, '2031-05-15'], [0.0125, '2031-08-15'], [0.01375, '2031-11-15'],
      [0.01875, '2032-02-15'], [0.02875, '2032-05-15'], [0.0275, '2032-08-15'], [0.04125, '2032-11-15'],
      [0.035, '2033-02-15'], [0.03375, '2033-05-15'], [0.03875, '2033-08-15'], [0.045, '2033-11-30'],
    ].map(([coupon, maturity], i) => ({ bond: { coupon: coupon as number, maturity: maturity as string }, price: 85 + i * 1.7 }));
    for (const delivery of ['2024-03-28', '2024-03-01', '2024-06-28']) {
      const market = { futuresPrice: 110.5, settle: '2023-12-01', delivery, contract: 'TY' as const, repoRate: 0.053 };
      for (let rep = 0; rep < 3; rep++) expectSame(refCtd(basket, market), cheapestToDeliver(basket, market));
    }
    sameOutcome(() => refCtd([], { futuresPrice: 1, settle: '2023-12-01', delivery: '2024-03-28' }), () => cheapestToDeliver([], { futuresPrice: 1, settle: '2023-12-01', delivery: '2024-03-28' }));
    sameOutcome(() => refCtd(basket, { futuresPrice: 110, settle: '2023-12-01', delivery: '2024-03-28' }), () => cheapestToDeliver(basket, { futuresPrice: 110, settle: '2023-12-01', delivery: '2024-03-28' }));
  });
});

describe('simulateBasisPosition equals the reference', { timeout: 120_000 }, () => {
  const perDateArb = (min: number, max: number) => fc.oneof(real(min, max), fc.array(real(min, max), { minLength: 1, maxLength: 200 }));
  it('on generated paths (coupons between dates, per-date rates, term repo, margin calls)', () => {
    fc.assert(fc.property(
      bondArb, dayArb, fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 160 }), real(0.6, 1.3), real(80, 120), real(0.5, 3),
      perDateArb(-0.01, 0.08), perDateArb(0, 0.1), perDateArb(0, 5000), fc.option(real(0, 1), { nil: undefined }),
      maybe(real(0, 1e6)), maybe(fc.boolean()), maybe(real(0, 2000)), fc.constantFrom(undefined, 360, 365), fc.integer({ min: 0, max: 3 }),
      (bond, t0, gaps, cf, cash0, vol, repoRate, haircut, initialMargin, mmShare, cash, remargin, contracts, dayBase, lengthMode) => {
        const days = [t0];
        for (const g of gaps) days.push(days[days.length - 1] + g);
        const dates = days.map(iso);
        const len = dates.length;
        const cashPrices = days.map((_, i) => cash0 + vol * Math.sin(i / 7));
        const futuresPrices = cashPrices.map((p, i) => (p - 0.3 * (1 - i / len)) / cf + vol * 0.1 * Math.cos(i / 5));
        // Per-date arrays of the right length most of the time (else both must throw the same error).
        const fit = (v: number | number[]) => (typeof v === 'number' || lengthMode === 3 ? v : Array.from({ length: lengthMode === 1 ? len - 1 : len }, (_, i) => v[i % v.length]));
        const ims = fit(initialMargin);
        const input: BasisPathInput = {
          bond, face: 1e8, conversionFactor: cf, dates, cashPrices, futuresPrices,
          repoRate: fit(repoRate), haircut: fit(haircut), initialMargin: ims,
          ...(mmShare === undefined ? {} : { maintenanceMargin: typeof ims === 'number' ? ims * mmShare : ims.map((v) => v * mmShare) }),
          ...(cash === undefined ? {} : { cash }), ...(remargin === undefined ? {} : { remargin }), ...(contracts === undefined ? {} : { contracts }), dayBase,
        };
        sameOutcome(() => refSimulate(input), () => simulateBasisPosition(input));
      },
    ), { seed: SEED, numRuns: 600 });
  });

  it('rejects bad paths with the same errors', () => {
    const base: BasisPathInput = { bond: { coupon: 0.02625, maturity: '2018-02-15' }, face: 1e8, conversionFactor: 0.8428, dates: ['2012-10-01', '2012-10-02', '2012-10-03'], cashPrices: [104, 104.1, 104.2], futuresPrices: [123, 123.1, 123.3], repoRate: 0.002, haircut: 0.02, initialMargin: 1500 };
    const bads: Partial<BasisPathInput>[] = [
      { cashPrices: [104, -1, 104] }, { futuresPrices: [123, Number.NaN, 123] }, { repoRate: [0.002, 2] }, { haircut: [0.02, 0.02, 1.5] },
      { initialMargin: [-1, 1, 1] }, { maintenanceMargin: 2000 }, { dates: ['2012-10-01', '2012-10-01', '2012-10-03'] }, { dates: ['2012-10-01', '2018-02-15', '2018-02-16'] },
      { repoRate: [0.01] }, { cashPrices: [104, 104] }, { face: 0 }, { haircut: 0, initialMargin: 0 },
    ];
    for (const b of bads) sameOutcome(() => refSimulate({ ...base, ...b } as BasisPathInput), () => simulateBasisPosition({ ...base, ...b } as BasisPathInput));
  });
});
