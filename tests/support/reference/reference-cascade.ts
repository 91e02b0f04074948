/**
 * PRE-OPTIMISATION REFERENCE, used only by tests (tests/unit/engine/fast-equals-reference.test.ts).
 * Verbatim copy of src/engine/cascade.ts as of commit ee7af6f, before the speed work of issue 9;
 * only the import paths differ (sibling reference copies, and src/engine/validate.ts). Do not edit or import from src.
 */
/**
 * Multi-fund unwind cascade with a central-bank buyer (DOMAIN §4(c)).
 *
 * K basis funds each hold cash bonds financed in repo and a CF-matched
 * futures short. Each day: carry (coupon − repo interest), exogenous shocks
 * (yield move, margin rate, haircut, repo spread, outside cash sales), then
 * rounds until a fixed point: every fund whose free cash is negative
 * (equity below haircut + futures margin) cuts both legs until its funding
 * constraint binds; dealers warehouse what is sold, so cash cheapens with
 * net cash sales and futures richen with the buy-backs they absorb; every
 * holder marks the wider basis, more funds breach. A central bank buys cash
 * bonds up to a daily capacity (taking them off dealers' books relieves both
 * legs) and a repo facility can cap the repo spread. Dealers unwind a share
 * of the price dislocation each day.
 *
 * Units: prices per 100 face; positions as face in dollars; equity, sales
 * and purchases in dollars of market value; rates decimals per year;
 * impacts as return per dollar. Stylised: one CTD bond, no accrued
 * interest, coupon accrued on act/365.
 *
 * Hot loop on typed arrays: a figure reruns 500 funds × 60 days per slider move.
 */
import { inRange, integer, nonEmpty, nonNegative, oneOf } from '../../../src/engine/validate';
import { increasingDays } from './reference-dates';

export interface CascadeFund {
  /** Equity at the start, dollars. */
  equity: number;
  /** Cash bond value over equity at the start (≥ 1). */
  leverage: number;
  /**
   * Share of equity a forced fund restores as free cash, [0, 0.99] (default 0: it sells just
   * enough for the funding constraint to bind, DOMAIN §4(c) step 3). A positive buffer makes
   * sales lumpy and path-dependent: the model is then no longer guaranteed monotone in the
   * central bank's capacity. The starting free cash is whatever the leverage leaves.
   */
  cashBuffer?: number;
}

/** Exogenous conditions of one day; a missing field keeps the previous day's value. */
export interface CascadeDay {
  /** ISO date (optional; when every day has one, carry uses calendar days between them). */
  date?: string;
  /** Change in the CTD yield today, basis points (negative = yields fall, prices rise). */
  yieldChangeBp?: number;
  /** Futures initial margin as a fraction of futures notional value. */
  marginRate?: number;
  /** Repo haircut, fraction of the bond's value. */
  haircut?: number;
  /** Policy rate, decimal per year. */
  policyRate?: number;
  /** Repo spread over the policy rate paid by the funds, decimal per year. */
  repoSpread?: number;
  /** Cash bonds sold today by outside sellers (e.g. foreign official), dollars of value. Not carried forward. */
  externalSales?: number;
}

export interface CentralBank {
  /** Index of the first day the central bank buys. */
  startDay: number;
  /** Purchases it can make per day from `startDay`, dollars (one value, or one per day). */
  dailyCapacity: number | readonly number[];
  /** Repo facility: from `startDay` the funds' repo spread is capped here (decimal per year). */
  repoSpreadCap?: number;
}

export interface CascadeInput {
  funds: readonly CascadeFund[];
  days: readonly CascadeDay[];
  /** Starting clean price of the CTD, per 100 (default 100). */
  cashPrice?: number;
  /** Starting futures price, per 100 (default cashPrice / conversionFactor: zero gross basis). */
  futuresPrice?: number;
  /** Default 1. */
  conversionFactor?: number;
  /** Modified duration of the CTD, years (default 7). */
  duration?: number;
  /** Coupon rate of the CTD, decimal per year (default 0.015). */
  coupon?: number;
  /** Cash price impact, return per dollar of net sales (default 1e-13: 10 bp per $10bn). */
  cashImpact?: number;
  /** Futures price impact, return per dollar of futures bought back (default 5e-14). */
  futuresImpact?: number;
  /** Share of the accumulated price dislocation dealers unwind each day, [0, 1] (default 0.1). */
  recovery?: number;
  centralBank?: CentralBank;
  /** Maximum clearing rounds per day (default 100). */
  maxRounds?: number;
  /**
   * Prices the haircut and futures margin are computed on: 'undisturbed' (default; without the
   * fire-sale dislocation, which keeps the model monotone in central-bank capacity) or 'market'
   * (marked prices: GLT's leverage targeting on market values).
   */
  requirementPrices?: 'undisturbed' | 'market';
  /** Keep a log of every clearing round (default false). */
  recordRounds?: boolean;
}

export interface CascadeRound {
  day: number;
  /** 0 = outside sales; 1… = fund rounds. */
  round: number;
  /** Dollars of value sold by funds in this round. */
  fundSales: number;
  centralBankPurchases: number;
  cashPrice: number;
  futuresPrice: number;
}

export interface CascadeResult {
  /** Number of days and of funds. */
  dayCount: number;
  fundCount: number;
  dates: (string | null)[];
  /** End-of-day prices per 100 face. */
  cashPrice: Float64Array;
  futuresPrice: Float64Array;
  /** P − CF × F, points (falls when the basis trade is under stress). */
  grossBasis: Float64Array;
  /** CF × F − P, points: the article's "futures minus cash", widening in stress. */
  spread: Float64Array;
  /** Repo rate paid by the funds, decimal per year. */
  repoRate: Float64Array;
  /** Dollars of value sold by funds under their funding constraint. */
  forcedSales: Float64Array;
  /** Face sold by funds, dollars. */
  forcedSalesFace: Float64Array;
  externalSales: Float64Array;
  centralBankPurchases: Float64Array;
  /** What dealers had to absorb: forced + external − central bank, dollars. */
  dealerPurchases: Float64Array;
  /** Variation margin paid by the funds' futures shorts (+ = paid, − = received), dollars. */
  variationMarginPaid: Float64Array;
  cumulativeVariationMargin: Float64Array;
  /** Funds that had to sell that day. */
  fundsForced: Int32Array;
  /** Funds with equity ≤ 0 at the end of the day. */
  fundsFailed: Int32Array;
  /** Clearing rounds used that day. */
  rounds: Int32Array;
  /** fundEquity[d × fundCount + i]: equity of fund i at the end of day d, dollars. */
  fundEquity: Float64Array;
  /** fundPosition[d × fundCount + i]: face held by fund i at the end of day d, dollars. */
  fundPosition: Float64Array;
  totalEquity: Float64Array;
  totalPosition: Float64Array;
  /** State before day 0. */
  initial: { cashPrice: number; futuresPrice: number; equity: Float64Array; position: Float64Array };
  /** Per fund over the whole run: mark-to-market P&L (both legs) and carry (coupon − repo interest), dollars. */
  markPnl: Float64Array;
  carryPnl: Float64Array;
  /** Largest spread and the day it occurred. */
  worstSpread: number;
  worstDay: number;
  /** True when every day reached a fixed point within maxRounds. */
  converged: boolean;
  roundLog: CascadeRound[];
}

/** Run the unwind cascade day by day. */
export function runCascade(input: CascadeInput): CascadeResult {
  const fundsIn = nonEmpty('funds', input.funds);
  const daysIn = nonEmpty('days', input.days);
  const K = fundsIn.length;
  const D = daysIn.length;
  const p0 = inRange('cashPrice', input.cashPrice ?? 100, 1, 1000);
  const cf = inRange('conversionFactor', input.conversionFactor ?? 1, 0.05, 5);
  const f0 = inRange('futuresPrice', input.futuresPrice ?? p0 / cf, 1, 1000);
  const duration = inRange('duration', input.duration ?? 7, 0, 40);
  const coupon = inRange('coupon', input.coupon ?? 0.015, 0, 0.2);
  const lamC = inRange('cashImpact', input.cashImpact ?? 1e-13, 0, 1e-9);
  const lamF = inRange('futuresImpact', input.futuresImpact ?? 5e-14, 0, 1e-9);
  const recovery = inRange('recovery', input.recovery ?? 0.1, 0, 1);
  const maxRounds = integer('maxRounds', input.maxRounds ?? 100, 1, 10_000);
  const record = input.recordRounds ?? false;
  const onMarket = oneOf('requirementPrices', input.requirementPrices ?? 'undisturbed', ['undisturbed', 'market'] as const) === 'market';

  // Exogenous paths, carried forward where a field is missing.
  const dy = new Float64Array(D);
  const im = new Float64Array(D);
  const hc = new Float64Array(D);
  const rate = new Float64Array(D);
  const ext = new Float64Array(D);
  const cap = new Float64Array(D);
  const gap = new Float64Array(D);
  let curIm = 0.02, curH = 0.02, curPolicy = 0.015, curSpread = 0;
  const allDated = daysIn.every((d) => d.date !== undefined);
  const dayNumbers = allDated ? increasingDays('days[].date', daysIn.map((d) => d.date as string)) : null;
  const cb = input.centralBank;
  let cbStart = D;
  let spreadCap = Infinity;
  if (cb) {
    cbStart = integer('centralBank.startDay', cb.startDay, 0, D);
    spreadCap = cb.repoSpreadCap === undefined ? Infinity : inRange('centralBank.repoSpreadCap', cb.repoSpreadCap, 0, 1);
    if (typeof cb.dailyCapacity !== 'number' && (!Array.isArray(cb.dailyCapacity) || cb.dailyCapacity.length !== D)) {
      throw new RangeError(`centralBank.dailyCapacity must be a number or an array of ${D} numbers (one per day)`);
    }
  }
  for (let d = 0; d < D; d++) {
    const day = daysIn[d];
    dy[d] = day.yieldChangeBp === undefined ? 0 : inRange(`days[${d}].yieldChangeBp`, day.yieldChangeBp, -500, 500);
    if (day.marginRate !== undefined) curIm = inRange(`days[${d}].marginRate`, day.marginRate, 0, 1);
    if (day.haircut !== undefined) curH = inRange(`days[${d}].haircut`, day.haircut, 0, 1);
    if (day.policyRate !== undefined) curPolicy = inRange(`days[${d}].policyRate`, day.policyRate, -0.05, 0.5);
    if (day.repoSpread !== undefined) curSpread = inRange(`days[${d}].repoSpread`, day.repoSpread, -0.05, 0.5);
    im[d] = curIm;
    hc[d] = curH;
    rate[d] = curPolicy + (d >= cbStart ? Math.min(curSpread, spreadCap) : curSpread);
    ext[d] = day.externalSales === undefined ? 0 : nonNegative(`days[${d}].externalSales`, day.externalSales);
    if (cb && d >= cbStart) {
      const c = typeof cb.dailyCapacity === 'number' ? cb.dailyCapacity : cb.dailyCapacity[d];
      cap[d] = nonNegative(typeof cb.dailyCapacity === 'number' ? 'centralBank.dailyCapacity' : `centralBank.dailyCapacity[${d}]`, c);
    }
    gap[d] = dayNumbers ? (d === 0 ? 0 : dayNumbers[d] - dayNumbers[d - 1]) : d === 0 ? 0 : 1;
  }

  // Fund state.
  const E = new Float64Array(K);
  const B = new Float64Array(K);
  const buffer = new Float64Array(K);
  const markPnl = new Float64Array(K);
  const carryPnl = new Float64Array(K);
  const k0 = (im[0] * cf * f0 + hc[0] * p0) / 100; // equity needed per dollar of face
  for (let i = 0; i < K; i++) {
    const fund = fundsIn[i];
    if (fund === null || typeof fund !== 'object') throw new RangeError(`funds[${i}] must be an object { equity, leverage }`);
    const e = inRange(`funds[${i}].equity`, fund.equity, 1, 1e15);
    const maxLev = k0 > 0 ? p0 / 100 / k0 : 1e6;
    const lev = inRange(`funds[${i}].leverage`, fund.leverage, 1, maxLev);
    E[i] = e;
    B[i] = (lev * e * 100) / p0;
    buffer[i] = fund.cashBuffer === undefined ? 0 : inRange(`funds[${i}].cashBuffer`, fund.cashBuffer, 0, 0.99);
  }
  const initialEquity = E.slice();
  const initialPosition = B.slice();
  let totalFace = 0;
  for (let i = 0; i < K; i++) totalFace += B[i];
  const tolValue = 1e-9 * Math.max(1, (totalFace * p0) / 100);

  // Prices: fundamental level times (1 − dislocation); dislocations decay by `recovery` each day.
  const gb0 = p0 - cf * f0;
  let fundamental = p0;
  let cashCheap = 0; // points below fundamental
  let futRich = 0; // futures points above fair
  let P = p0;
  let F = f0;

  const out: CascadeResult = {
    dayCount: D,
    fundCount: K,
    dates: daysIn.map((d) => d.date ?? null),
    cashPrice: new Float64Array(D),
    futuresPrice: new Float64Array(D),
    grossBasis: new Float64Array(D),
    spread: new Float64Array(D),
    repoRate: rate,
    forcedSales: new Float64Array(D),
    forcedSalesFace: new Float64Array(D),
    externalSales: ext,
    centralBankPurchases: new Float64Array(D),
    dealerPurchases: new Float64Array(D),
    variationMarginPaid: new Float64Array(D),
    cumulativeVariationMargin: new Float64Array(D),
    fundsForced: new Int32Array(D),
    fundsFailed: new Int32Array(D),
    rounds: new Int32Array(D),
    fundEquity: new Float64Array(D * K),
    fundPosition: new Float64Array(D * K),
    totalEquity: new Float64Array(D),
    totalPosition: new Float64Array(D),
    initial: { cashPrice: p0, futuresPrice: f0, equity: initialEquity, position: initialPosition },
    markPnl,
    carryPnl,
    worstSpread: -Infinity,
    worstDay: 0,
    converged: true,
    roundLog: [],
  };
  const sold = new Float64Array(K);
  let cumVm = 0;

  /** Move prices to (P2, F2) and mark every fund's pre-trade position; returns VM paid by the shorts. */
  const mark = (P2: number, F2: number): number => {
    const dP = (P2 - P) / 100;
    const dF = (F2 - F) / 100;
    let vmPaid = 0;
    if (dP !== 0 || dF !== 0) {
      for (let i = 0; i < K; i++) {
        const b = B[i] + sold[i];
        if (b === 0) continue;
        const m = b * dP - cf * b * dF;
        E[i] += m;
        markPnl[i] += m;
        vmPaid += cf * b * dF;
      }
    }
    P = P2;
    F = F2;
    return vmPaid;
  };
  const priceNow = (): [number, number] => [
    Math.max(1e-6, fundamental - cashCheap),
    Math.max(1e-6, (fundamental - gb0) / cf + futRich),
  ];

  for (let d = 0; d < D; d++) {
    sold.fill(0);
    let vmPaid = 0;
    // 1. Carry since the previous day, at yesterday's rate, haircut and price.
    const g = gap[d];
    if (g > 0) {
      const interestPerFace = ((1 - hc[d - 1]) * (P / 100) * rate[d - 1] * g) / 360;
      const couponPerFace = (coupon * g) / 365;
      for (let i = 0; i < K; i++) {
        if (B[i] === 0) continue;
        const c = B[i] * (couponPerFace - interestPerFace);
        E[i] += c;
        carryPnl[i] += c;
      }
    }
    // 2. Overnight: dealers unwind part of the dislocation; the yield moves both legs alike.
    cashCheap *= 1 - recovery;
    futRich *= 1 - recovery;
    fundamental *= 1 - (duration * dy[d]) / 10_000;
    if (!(fundamental > 0)) throw new RangeError(`days[${d}].yieldChangeBp must keep the cash price > 0 (duration ${duration})`);
    let [P2, F2] = priceNow();
    vmPaid += mark(P2, F2);

    // 3. Outside sales hit the market first; the central bank absorbs what it can.
    let capLeft = cap[d];
    let cbBought = 0;
    if (ext[d] > 0) {
      const take = Math.min(capLeft, ext[d]);
      capLeft -= take;
      cbBought += take;
      cashCheap += lamC * P * (ext[d] - take);
      [P2, F2] = priceNow();
      vmPaid += mark(P2, F2);
      if (record) out.roundLog.push({ day: d, round: 0, fundSales: 0, centralBankPurchases: take, cashPrice: P, futuresPrice: F });
    }

    // 4. Forced deleveraging rounds to a fixed point.
    let forcedValue = 0;
    let forcedFace = 0;
    let round = 0;
    let fixed = false;
    // By default haircut and margin are set on undisturbed prices: a fire-sale discount costs
    // equity but does not lower the requirement (else propping prices up could force sales).
    const undisturbed = (hc[d] * fundamental + im[d] * (fundamental - gb0)) / 100;
    for (round = 1; round <= maxRounds; round++) {
      const kNow = onMarket ? (hc[d] * P + im[d] * cf * F) / 100 : undisturbed;
      let face = 0;
      for (let i = 0; i < K; i++) {
        sold[i] = 0;
        const b = B[i];
        if (b === 0) continue;
        const e = E[i];
        let s = 0;
        if (e <= 0) s = b;
        else if (e < b * kNow) s = b - ((1 - buffer[i]) * e) / kNow;
        if (s > 0) {
          if (s > b) s = b;
          sold[i] = s;
          B[i] = b - s;
          face += s;
        }
      }
      const value = (face * P) / 100;
      if (value <= tolValue) {
        for (let i = 0; i < K; i++) {
          if (sold[i] > 0) B[i] += sold[i];
          sold[i] = 0;
        }
        fixed = true;
        break;
      }
      const take = Math.min(capLeft, value);
      capLeft -= take;
      cbBought += take;
      cashCheap += lamC * P * (value - take);
      // Dealers warehouse the unwind (long the cash, short the futures they sold the funds); what the
      // central bank takes off their books relieves both legs pro rata.
      futRich += lamF * F * ((cf * face * F) / 100) * (1 - take / value);
      [P2, F2] = priceNow();
      // Sales execute at the post-impact prices, so each fund's pre-sale position marks the move.
      vmPaid += mark(P2, F2);
      forcedValue += value;
      forcedFace += face;
      if (record) out.roundLog.push({ day: d, round, fundSales: value, centralBankPurchases: take, cashPrice: P, futuresPrice: F });
    }
    sold.fill(0);
    if (!fixed) out.converged = false;

    // 5. End-of-day outputs.
    out.cashPrice[d] = P;
    out.futuresPrice[d] = F;
    out.grossBasis[d] = P - cf * F;
    out.spread[d] = cf * F - P;
    if (out.spread[d] > out.worstSpread) {
      out.worstSpread = out.spread[d];
      out.worstDay = d;
    }
    out.forcedSales[d] = forcedValue;
    out.forcedSalesFace[d] = forcedFace;
    out.centralBankPurchases[d] = cbBought;
    out.dealerPurchases[d] = forcedValue + ext[d] - cbBought;
    out.variationMarginPaid[d] = vmPaid;
    cumVm += vmPaid;
    out.cumulativeVariationMargin[d] = cumVm;
    out.rounds[d] = fixed ? round - 1 : maxRounds;
    let te = 0;
    let tp = 0;
    let failed = 0;
    const row = d * K;
    for (let i = 0; i < K; i++) {
      out.fundEquity[row + i] = E[i];
      out.fundPosition[row + i] = B[i];
      te += E[i];
      tp += B[i];
      if (E[i] <= 0) failed++;
    }
    out.fundsForced[d] = countForced(out, d, K, initialPosition);
    out.fundsFailed[d] = failed;
    out.totalEquity[d] = te;
    out.totalPosition[d] = tp;
  }
  return out;
}

/** Funds whose position fell during day d. */
function countForced(out: CascadeResult, d: number, K: number, initial: Float64Array): number {
  let n = 0;
  const row = d * K;
  const prev = d === 0 ? null : (d - 1) * K;
  for (let i = 0; i < K; i++) {
    const before = prev === null ? initial[i] : out.fundPosition[prev + i];
    if (out.fundPosition[row + i] < before) n++;
  }
  return n;
}
