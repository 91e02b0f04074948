/**
 * The engine benchmarks and their budgets (issue 9: the engine runs live on a phone).
 * Shared by `npm run bench` (tests/bench/run.mjs, medians and PASS/OVER) and by
 * `npx vitest bench` (tests/bench/engine.bench.ts). Inputs are built once, outside the timing.
 */
import {
  cheapestToDeliver,
  fireSaleSpillover,
  generateFunds,
  march2020Scenario,
  marginSpiral,
  runCascade,
  seededRandom,
  simulateBasisPosition,
  weekdaysBetween,
  type CascadeDay,
  type CascadeInput,
  type CascadeResult,
  type DeliverableBond,
} from '../../src/engine';
// The code before the speed work (issue 9), timed on the same inputs for a before/after view.
import { runCascade as refRunCascade } from '../support/reference/reference-cascade';
import { cheapestToDeliver as refCheapestToDeliver } from '../support/reference/reference-cheapestToDeliver';
import { simulateBasisPosition as refSimulateBasisPosition } from '../support/reference/reference-basisPosition';

export interface BenchCase {
  name: string;
  /** Median budget per call, ms (null: reported only). */
  budgetMs: number | null;
  fn: () => unknown;
  /** The same call on the pre-optimisation reference implementation (tests/support/reference). */
  reference?: () => unknown;
}

/**
 * A stressed cascade: over the first 60 days yields drift down, futures margins rise by 30%,
 * outside sellers arrive on days 6–23 and the repo spread jumps on days 6–14; a central bank
 * (optional) buys from day 15. Any later days are calm (yield noise only). `scale` multiplies
 * the equity and the outside sales (for larger fund populations).
 */
function stressCascade(fundCount: number, dayCount: number, seed: number, scale: number, withDates: boolean, central: boolean): CascadeInput {
  const funds = generateFunds({ count: fundCount, totalEquity: 20e9 * scale, minLeverage: 20, maxLeverage: 38, random: seededRandom(seed) });
  const rnd = seededRandom(seed + 1);
  const dates = withDates ? weekdaysBetween('2020-01-02', '2021-12-31').slice(0, dayCount) : null;
  const days: CascadeDay[] = Array.from({ length: dayCount }, (_, d) => ({
    ...(dates ? { date: dates[d] } : {}),
    yieldChangeBp: d < 60 ? (rnd() - 0.55) * 30 : (rnd() - 0.5) * 12,
    marginRate: 0.015 + Math.min(d, 15) * 0.0003,
    externalSales: d >= 6 && d < 24 ? (8e9 + 8e9 * rnd()) * scale : 0,
    repoSpread: d >= 6 && d < 15 ? 0.004 : 0.001,
  }));
  days[0] = { ...days[0], haircut: 0.01, policyRate: 0.015 };
  return {
    funds,
    days,
    futuresPrice: 100.01,
    cashImpact: 3e-14 / scale,
    futuresImpact: 1.5e-14 / scale,
    recovery: 0.05,
    centralBank: central ? { startDay: 15, dailyCapacity: 75e9 * scale } : undefined,
  };
}

// 500 funds × 60 days: the size a figure reruns on every slider move.
const stress = stressCascade(500, 60, 1, 1, false, true);
const noFed: CascadeInput = { ...stress, centralBank: undefined };
// 5,000 funds × 250 business days (dated): the live figure's largest setting, one 60 Hz frame.
const big = stressCascade(5000, 250, 11, 3, true, true);
let lastBig: CascadeResult | undefined;
const march = march2020Scenario();

// A 10-year (TY) deliverable basket for March 2024 delivery: notes with 6½–10 years left,
// Feb/May/Aug/Nov 15 and month-end Nov 30 maturities, priced off a 4.3% yield (a coupon
// falls between settlement and delivery for the Feb/Aug notes).
const TY_NOTES: [number, string][] = [
  [0.01125, '2031-02-15'], [0.01625, '2031-05-15'], [0.0125, '2031-08-15'], [0.01375, '2031-11-15'],
  [0.01875, '2032-02-15'], [0.02875, '2032-05-15'], [0.0275, '2032-08-15'], [0.04125, '2032-11-15'],
  [0.035, '2033-02-15'], [0.03375, '2033-05-15'], [0.03875, '2033-08-15'], [0.045, '2033-11-15'],
];
function priceAtYield(coupon: number, maturity: string, settle: string, y: number): number {
  const years = (Date.parse(maturity) - Date.parse(settle)) / (365.25 * 86_400_000);
  const n = years * 2;
  const v = 1 / (1 + y / 2);
  return (100 * coupon / 2) * (1 - v ** n) / (y / 2) + 100 * v ** n;
}
const settle = '2023-12-01';
const basket: DeliverableBond[] = TY_NOTES.map(([coupon, maturity], i) => ({
  id: `${(coupon * 100).toFixed(3)} ${maturity}`,
  bond: { coupon, maturity },
  price: priceAtYield(coupon, maturity, settle, 0.043 + i * 0.0002),
}));
const tyMarket = { futuresPrice: 110.5, settle, delivery: '2024-03-28', contract: 'TY' as const, repoRate: 0.053 };

// A basis position over 129 business days (Oct 2012 – Mar 2013) with a coupon on 15 Feb.
const bond = { coupon: 0.02625, maturity: '2018-02-15' };
const dates = weekdaysBetween('2012-10-01', '2013-03-28');
const cash = dates.map((_, i) => 104.5 + Math.sin(i / 9));
const fut = dates.map((_, i) => 123.5 + Math.sin(i / 9) / 0.8428);
const position = { bond, face: 1e8, conversionFactor: 0.8428, dates, cashPrices: cash, futuresPrices: fut, repoRate: 0.002, haircut: 0.02, initialMargin: 1500 };
const X = Array.from({ length: 100 }, (_, n) => Array.from({ length: 20 }, (_, k) => 1e9 * (1 + ((n * 7 + k * 3) % 11))));

export const CASES: BenchCase[] = [
  { name: 'runCascade 500 funds × 60 days, with central bank', budgetMs: 1, fn: () => runCascade(stress), reference: () => refRunCascade(stress) },
  { name: 'runCascade 500 funds × 60 days, without central bank', budgetMs: 1, fn: () => runCascade(noFed), reference: () => refRunCascade(noFed) },
  { name: 'runCascade 5,000 funds × 250 dated days', budgetMs: 16.7, fn: () => runCascade(big), reference: () => refRunCascade(big) },
  {
    // What the live figure does each frame: pass the previous result so the 5,000 × 250 per-fund arrays are reused.
    name: 'runCascade 5,000 × 250, reusing the last result',
    budgetMs: 16.7,
    fn: () => (lastBig = runCascade({ ...big, reuse: lastBig })),
  },
  { name: 'cheapestToDeliver, 12-note TY basket', budgetMs: 0.2, fn: () => cheapestToDeliver(basket, tyMarket), reference: () => refCheapestToDeliver(basket, tyMarket) },
  {
    name: 'simulateBasisPosition, 129 business days',
    budgetMs: 1,
    fn: () => simulateBasisPosition(position),
    reference: () => refSimulateBasisPosition(position),
  },
  { name: 'runCascade March 2020 (20 funds × 32 days)', budgetMs: null, fn: () => runCascade(march) },
  {
    name: 'fireSaleSpillover, 100 funds × 20 assets',
    budgetMs: null,
    fn: () => fireSaleSpillover({ holdings: X, equity: X.map((r) => r.reduce((a, b) => a + b, 0) / 20), impact: new Array(20).fill(1e-13), shock: new Array(20).fill(-0.01) }),
  },
  { name: 'marginSpiral, fragile case', budgetMs: null, fn: () => marginSpiral({ price: 100, position: 1000, capital: 5000, marginRate: 0.05, impact: 0.0045, shock: 10, theta: 1 }) },
];
