/**
 * The live unwind cascade of chapter 8: a stylised, March-2020-like run of
 * `runCascade` (DOMAIN §3, §4(c), §6) that a figure reruns on every slider
 * move. A pure function of a few scenario parameters (the shock, whether a
 * central bank buys, from which day and how much, how many funds); seeded,
 * so the same parameters always give the same funds and the same run.
 *
 * The story, day by day (30 business days, "day 0" … "day 29"):
 * - days 0–1: calm. Policy rate 1.50%, futures margin 1.5% of notional,
 *   repo haircut 1% (a blend of 0% bilateral and 2% tri-party repo);
 * - days 2–6 (the shock): the CTD yield falls by `shockBp` in all, in five
 *   equal daily steps, so both legs rise and the futures shorts pay
 *   variation margin every day;
 * - days 2–11: the exchange raises the margin rate with the volatility, to
 *   1.5% × (1 + shockBp / 200) (a 60 bp fall gives +30%, the size of the
 *   rise of note-futures margins from 28 Feb to 16 Mar 2020);
 * - day 2: a 50 bp policy cut (3 March 2020); day 10: the cut to about
 *   zero (0.10%; 15–16 March 2020);
 * - days 5–10: the repo spread the funds pay over the policy rate climbs
 *   to 0.60% (GCF − EFFR was about 61 bp on 16 March 2020) and stays there;
 * - days 5–15: foreign official sellers sell cash bonds, $147bn in all
 *   (TIC, March 2020);
 * - from `fedStartDay` (default 10, as 16 March is ten business days after
 *   2 March), when `fed` is on: outright purchases of cash bonds up to
 *   `fedCapacity` a day (default $75bn, the peak pace of 19 March –
 *   1 April), and repo operations that cap the funds' repo spread at 0.10%.
 *   The model's central bank buys only what is sold that day, up to its
 *   capacity; it never lends to the funds.
 * Funds: `funds` basis funds (default 500) with $20bn of equity in all,
 * sizes from a power law (a few large, many small) and leverage drawn
 * between 15 and 38 (the cap at the start is 1 / (1% + 1.5%) = 40), so
 * they hold about $530bn of cash bonds, near the $650bn J.P. Morgan
 * estimate of March 2020. One CTD with CF 1, duration 8, coupon 1.5%,
 * futures 0.01 above cash (the article's 100 / 100.01). Impacts: 4 bp of
 * cash price per $10bn of net sales, half that on futures buy-backs;
 * dealers unwind 5% of the dislocation a day.
 * Every number except the dated ones is a stand-in chosen to tell the
 * story, not a calibration: a figure must say "stylised".
 */
import { FUND_STATUS, type CascadeDay, type CascadeInput, type CascadeResult } from '../cascade';
import { fundsOnDay } from '../cascadeFunds';
import { generateFunds } from '../generateFunds';
import { seededRandom } from '../random';
import { integer, inRange } from '../validate';

export interface CascadeLiveParams {
  /** Total fall of the CTD yield over the shock (days 2–7), basis points, [0, 150]. */
  shockBp: number;
  /** Whether the central bank buys (and caps the repo spread) from `fedStartDay`. */
  fed: boolean;
  /** First day of purchases, [0, days]; default 10. */
  fedStartDay?: number;
  /** Purchases it can make per day, dollars, [0, 2e11]; default $75bn. */
  fedCapacity?: number;
  /** Number of funds, [1, 5000]; default 500. */
  funds?: number;
  /** Seed of the fund population, a 32-bit whole number; default 2020. */
  seed?: number;
}

/** The scenario's fixed numbers (documented above), for figures and tests. */
export const CASCADE_LIVE = {
  days: 30,
  shockStartDay: 2,
  shockDays: 5,
  /** Days over which the exchange raises the futures margin (from shockStartDay). */
  marginDays: 10,
  maxShockBp: 150,
  defaultShockBp: 60,
  fedStartDay: 10,
  fedCapacity: 75e9,
  maxFedCapacity: 2e11,
  funds: 500,
  maxFunds: 5000,
  seed: 2020,
  totalEquity: 20e9,
  minLeverage: 15,
  maxLeverage: 38,
  baseMarginRate: 0.015,
  haircut: 0.01,
  /** Policy rate before, after the day-2 cut and after the day-10 cut (decimals per year). */
  policyRates: [0.015, 0.01, 0.001] as const,
  policyCutDays: [2, 10] as const,
  repoSpreadPeak: 0.006,
  repoSpreadDays: [5, 10] as const,
  repoSpreadCap: 0.001,
  /** Foreign official sales by day (dollars), $147bn in all. */
  externalSales: { 5: 10e9, 6: 12e9, 7: 15e9, 8: 15e9, 9: 15e9, 10: 15e9, 11: 15e9, 12: 14e9, 13: 12e9, 14: 12e9, 15: 12e9 } as Readonly<Record<number, number>>,
  cashPrice: 100,
  futuresPrice: 100.01,
  duration: 8,
  coupon: 0.015,
  cashImpact: 4e-14,
  futuresImpact: 2e-14,
  recovery: 0.05,
} as const;

/** Rise of the futures margin rate over the run for a shock of `shockBp`, as a fraction (0.3 = +30%). */
export function cascadeLiveMarginRise(shockBp: number): number {
  return inRange('shockBp', shockBp, 0, CASCADE_LIVE.maxShockBp) / 200;
}

/** Futures margin rate on day `d` for a shock of `shockBp` (rises linearly over the margin days). */
function marginRateOn(d: number, shockBp: number): number {
  const c = CASCADE_LIVE;
  const peak = c.baseMarginRate * (1 + cascadeLiveMarginRise(shockBp));
  const done = Math.min(c.marginDays, Math.max(0, d - c.shockStartDay + 1));
  return c.baseMarginRate + ((peak - c.baseMarginRate) * done) / c.marginDays;
}

function repoSpreadOn(d: number): number {
  const [from, to] = CASCADE_LIVE.repoSpreadDays;
  if (d < from) return 0;
  if (d >= to) return CASCADE_LIVE.repoSpreadPeak;
  return (CASCADE_LIVE.repoSpreadPeak * (d - from + 1)) / (to - from + 1);
}

function policyRateOn(d: number): number {
  const [a, b] = CASCADE_LIVE.policyCutDays;
  const [r0, r1, r2] = CASCADE_LIVE.policyRates;
  return d < a ? r0 : d < b ? r1 : r2;
}

/** The exogenous days of the run for a shock of `shockBp`. */
export function cascadeLiveDays(shockBp: number): CascadeDay[] {
  const c = CASCADE_LIVE;
  const shock = inRange('shockBp', shockBp, 0, c.maxShockBp);
  const days: CascadeDay[] = [];
  for (let d = 0; d < c.days; d++) {
    const inShock = d >= c.shockStartDay && d < c.shockStartDay + c.shockDays;
    const day: CascadeDay = {
      yieldChangeBp: inShock ? -shock / c.shockDays : 0,
      marginRate: marginRateOn(d, shock),
      policyRate: policyRateOn(d),
      repoSpread: repoSpreadOn(d),
      externalSales: c.externalSales[d] ?? 0,
    };
    if (d === 0) day.haircut = c.haircut;
    days.push(day);
  }
  return days;
}

/** Inputs for `runCascade` (see the file's comment for the story and the stand-ins). */
export function cascadeLiveScenario(params: CascadeLiveParams): CascadeInput {
  const c = CASCADE_LIVE;
  if (params === null || typeof params !== 'object') throw new RangeError('params must be an object { shockBp, fed, … }');
  if (typeof params.fed !== 'boolean') throw new RangeError(`fed must be true or false (got ${String(params.fed)})`);
  const fedStartDay = integer('fedStartDay', params.fedStartDay ?? c.fedStartDay, 0, c.days);
  const fedCapacity = inRange('fedCapacity', params.fedCapacity ?? c.fedCapacity, 0, c.maxFedCapacity);
  const count = integer('funds', params.funds ?? c.funds, 1, c.maxFunds);
  const seed = integer('seed', params.seed ?? c.seed, 0, 0xffffffff);
  const days = cascadeLiveDays(params.shockBp);
  return {
    funds: generateFunds({ count, totalEquity: c.totalEquity, minLeverage: c.minLeverage, maxLeverage: c.maxLeverage, random: seededRandom(seed) }),
    days,
    cashPrice: c.cashPrice,
    futuresPrice: c.futuresPrice,
    conversionFactor: 1,
    duration: c.duration,
    coupon: c.coupon,
    cashImpact: c.cashImpact,
    futuresImpact: c.futuresImpact,
    recovery: c.recovery,
    ...(params.fed ? { centralBank: { startDay: fedStartDay, dailyCapacity: fedCapacity, repoSpreadCap: c.repoSpreadCap } } : {}),
  };
}

/** Totals of a cascade run up to and including day `day`, as a figure states them. */
export interface CascadeDayTotals {
  /** Dollars of value sold by the funds under their funding constraint, days 0…day. */
  forcedToDate: number;
  /** Outside (foreign official) sales, days 0…day, dollars. */
  externalToDate: number;
  /** Central-bank purchases, days 0…day, dollars. */
  centralBankToDate: number;
  /** Funds' total face held at the end of `day` over the total at the start, [0, 1]. */
  positionShare: number;
  /** Funds in each FUND_STATUS on `day` (they add up to the fund count). */
  healthy: number;
  called: number;
  forced: number;
  out: number;
}

/** Sums and counts of a `runCascade` result up to day `day` (whole number in [0, dayCount − 1]). */
export function cascadeDayTotals(result: CascadeResult, day: number): CascadeDayTotals {
  const d = integer('day', day, 0, result.dayCount - 1);
  let forcedToDate = 0;
  let externalToDate = 0;
  let centralBankToDate = 0;
  for (let i = 0; i <= d; i++) {
    forcedToDate += result.forcedSales[i];
    externalToDate += result.externalSales[i];
    centralBankToDate += result.centralBankPurchases[i];
  }
  let start = 0;
  for (let i = 0; i < result.fundCount; i++) start += result.initial.position[i];
  const counts = [0, 0, 0, 0];
  const { status } = fundsOnDay(result, d);
  for (let i = 0; i < result.fundCount; i++) counts[status[i]]++;
  return {
    forcedToDate,
    externalToDate,
    centralBankToDate,
    positionShare: start > 0 ? result.totalPosition[d] / start : 0,
    healthy: counts[FUND_STATUS.healthy],
    called: counts[FUND_STATUS.called],
    forced: counts[FUND_STATUS.forced],
    out: counts[FUND_STATUS.out],
  };
}
