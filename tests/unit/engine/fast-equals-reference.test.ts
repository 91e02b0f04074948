/**
 * The optimised engine (issue 9) must give exactly the results of the code it replaced,
 * kept verbatim in tests/support/reference/. Every output is compared bit for bit
 * (Object.is per element) on many seeded generated inputs, and bad inputs must throw
 * the same RangeError.
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

/** Same outcome: equal results, or the same error. */
function sameOutcome<T>(ref: () => T, fast: () => T): void {
  let refResult: T | undefined;
  let refError: unknown = null;
  try {
    refResult = ref();
  } catch (e) {
    refError = e;
  }
  if (refError !== null) {
    expect(fast).toThrow(RangeError);
    expect(fast).toThrow((refError as Error).message);
    return;
  }
  expectSame(refResult, fast());
}

describe('runCascade equals the pre-optimisation reference', () => {
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
        sameOutcome(() => refCascade(input), () => runCascade(input));
      }),
      { seed: SEED, numRuns: 400 },
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
        expectSame(refCascade(input), runCascade(input));
      }
    }
    const march = march2020Scenario();
    expectSame(refCascade(march), runCascade(march));
    expectSame(refCascade({ ...march, centralBank: undefined }), runCascade({ ...march, centralBank: undefined }));
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
    for (const input of bad) sameOutcome(() => refCascade(input as CascadeInput), () => runCascade(input as CascadeInput));
  });
});
