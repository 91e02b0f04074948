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
 * Hot loop on typed arrays: a figure reruns 500 funds × 60 days per slider move, and the
 * live figure up to 5,000 funds × 250 days per frame. Lazy common marks: every fund holds the
 * same bond and CF-matched short, so carry and each round's mark move a fund's equity by its
 * position times one per-unit amount U. A fund that does not trade is not touched during the
 * day (its equity E + B × U is folded in by the end-of-day pass); it can breach only when its
 * key E/B − W (W: the per-unit shift of earlier days) is at or below one common limit, so a round
 * compares keys and checks one by one only the funds at or near the limit ("touched", listed by
 * index for the rest of the day, with the reference's operations in its order). The
 * fixed point per day is the model's; sums are taken in another order, so results equal the
 * original version (tests/support/reference/reference-cascade.ts) up to rounding
 * (tests/unit/engine/fast-equals-reference.test.ts; src/engine/README.md, Performance).
 */
import { inRange, integer, nonEmpty, nonNegative, oneOf } from './validate';
import { increasingDays } from './dates';
import { fundTables, type CascadeHistory, type FundTables } from './cascadeFunds';

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
  /**
   * A previous result whose per-fund history buffers may be overwritten instead of allocating
   * new ones: a figure that reruns every frame then makes no garbage of that size. The previous
   * result must not be read afterwards (it may share those buffers with the new one). Results
   * are the same either way.
   */
  reuse?: CascadeResult;
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

/**
 * A fund's state at the end of a day, as stored in `CascadeResult.fundStatus`
 * (precedence: out, then forced, then called, else healthy).
 */
export const FUND_STATUS = {
  /** Holds its position and paid no margin call today. */
  healthy: 0,
  /**
   * Margin-called and paid from its own free cash, without selling: it holds a position and
   * today the futures settled higher (its short paid net variation margin) or the futures
   * margin rate or the repo haircut rose.
   */
  called: 1,
  /** Forced to sell: its position fell today (it is not out). */
  forced: 2,
  /** Out: equity ≤ 0 or position fully closed at the end of this or an earlier day (never recovers). */
  out: 3,
} as const;
export type FundStatusCode = (typeof FUND_STATUS)[keyof typeof FUND_STATUS];

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
  /** Face sold by funds, dollars (= the sum over funds of each fund's position fall that day). */
  forcedSalesFace: Float64Array;
  externalSales: Float64Array;
  centralBankPurchases: Float64Array;
  /** What dealers had to absorb: forced + external − central bank, dollars. */
  dealerPurchases: Float64Array;
  /** Variation margin paid by the funds' futures shorts (+ = paid, − = received), dollars. */
  variationMarginPaid: Float64Array;
  cumulativeVariationMargin: Float64Array;
  /** Funds that had to sell that day (position fell, including funds that sold out). */
  fundsForced: Int32Array;
  /** Funds with equity ≤ 0 at the end of the day. */
  fundsFailed: Int32Array;
  /** Funds whose fundStatus that day is FUND_STATUS.called. */
  fundsCalled: Int32Array;
  /** Funds whose fundStatus that day is FUND_STATUS.out (never decreases). */
  fundsOut: Int32Array;
  /** Clearing rounds used that day. */
  rounds: Int32Array;
  /**
   * fundEquity[d × fundCount + i]: equity of fund i at the end of day d, dollars. Built from
   * `history` on first read (days × funds values); a figure that shows one day reads
   * `fundsOnDay(result, day)` instead.
   */
  readonly fundEquity: Float64Array;
  /** fundPosition[d × fundCount + i]: face held by fund i at the end of day d, dollars (built on first read). */
  readonly fundPosition: Float64Array;
  /**
   * fundStatus[d × fundCount + i]: state of fund i on day d, one of FUND_STATUS:
   * 0 healthy, 1 margin-called (paid from its own cash), 2 forced to sell, 3 out (built on first read).
   */
  readonly fundStatus: Uint8Array;
  /** What the per-fund tables are built from (cascadeFunds.ts). */
  history: CascadeHistory;
  /** Sums over funds of fundEquity and fundPosition, per day. */
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

/** v in [lo, hi] and finite (the fast path of the validate.ts checks, which build the error). */
function ok(v: number, lo: number, hi: number): boolean {
  return typeof v === 'number' && v >= lo && v <= hi && v - v === 0;
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
  let allDated = true;
  for (let d = 0; d < D; d++) if (daysIn[d].date === undefined) { allDated = false; break; }
  let dayNumbers: number[] | null = null;
  if (allDated) {
    const iso = new Array<string>(D);
    for (let d = 0; d < D; d++) iso[d] = daysIn[d].date as string;
    dayNumbers = increasingDays('days[].date', iso);
  }
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
  const capNumber = cb && typeof cb.dailyCapacity === 'number';
  for (let d = 0; d < D; d++) {
    const day = daysIn[d];
    // Checks take the fast path; the validate.ts call (which builds the named error) runs only on bad input.
    const y = day.yieldChangeBp;
    dy[d] = y === undefined ? 0 : ok(y, -500, 500) ? y : inRange(`days[${d}].yieldChangeBp`, y, -500, 500);
    const m = day.marginRate;
    if (m !== undefined) curIm = ok(m, 0, 1) ? m : inRange(`days[${d}].marginRate`, m, 0, 1);
    const h = day.haircut;
    if (h !== undefined) curH = ok(h, 0, 1) ? h : inRange(`days[${d}].haircut`, h, 0, 1);
    const pr = day.policyRate;
    if (pr !== undefined) curPolicy = ok(pr, -0.05, 0.5) ? pr : inRange(`days[${d}].policyRate`, pr, -0.05, 0.5);
    const sp = day.repoSpread;
    if (sp !== undefined) curSpread = ok(sp, -0.05, 0.5) ? sp : inRange(`days[${d}].repoSpread`, sp, -0.05, 0.5);
    im[d] = curIm;
    hc[d] = curH;
    rate[d] = curPolicy + (d >= cbStart ? Math.min(curSpread, spreadCap) : curSpread);
    const x = day.externalSales;
    ext[d] = x === undefined ? 0 : ok(x, 0, Infinity) ? x : nonNegative(`days[${d}].externalSales`, x);
    if (cb && d >= cbStart) {
      const c = capNumber ? (cb.dailyCapacity as number) : (cb.dailyCapacity as readonly number[])[d];
      cap[d] = ok(c, 0, Infinity) ? c : nonNegative(capNumber ? 'centralBank.dailyCapacity' : `centralBank.dailyCapacity[${d}]`, c);
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
  const maxLev = k0 > 0 ? p0 / 100 / k0 : 1e6;
  for (let i = 0; i < K; i++) {
    const fund = fundsIn[i];
    if (fund === null || typeof fund !== 'object') throw new RangeError(`funds[${i}] must be an object { equity, leverage }`);
    const e = ok(fund.equity, 1, 1e15) ? fund.equity : inRange(`funds[${i}].equity`, fund.equity, 1, 1e15);
    const lev = ok(fund.leverage, 1, maxLev) ? fund.leverage : inRange(`funds[${i}].leverage`, fund.leverage, 1, maxLev);
    E[i] = e;
    B[i] = (lev * e * 100) / p0;
    const cbuf = fund.cashBuffer;
    buffer[i] = cbuf === undefined ? 0 : ok(cbuf, 0, 0.99) ? cbuf : inRange(`funds[${i}].cashBuffer`, cbuf, 0, 0.99);
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

  const dates = new Array<string | null>(D);
  for (let d = 0; d < D; d++) dates[d] = daysIn[d].date ?? null;
  const prior = input.reuse;
  let tables: FundTables | null = null;
  const out: CascadeResult = {
    dayCount: D,
    fundCount: K,
    dates,
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
    fundsCalled: new Int32Array(D),
    fundsOut: new Int32Array(D),
    rounds: new Int32Array(D),
    get fundEquity() {
      return (tables ??= fundTables(out)).equity;
    },
    get fundPosition() {
      return (tables ??= fundTables(out)).position;
    },
    get fundStatus() {
      return (tables ??= fundTables(out)).status;
    },
    history: {
      shift: new Float64Array(D),
      called: new Uint8Array(D),
      eventStart: new Int32Array(D + 1),
      eventFund: new Int32Array(0),
      eventEquity: new Float64Array(0),
      eventPosition: new Float64Array(0),
      eventStatus: new Uint8Array(0),
    },
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
  // Lazy marking (see the file comment). E[i] is fund i's equity at its last fold, at which
  // the per-unit shift was Wf[i]; while it is untouched today its equity is
  // E[i] + Bl[i] × (W + U), W being the shift before today and U today's per-unit carry and
  // marks so far (Bl[i] = B[i] for an untouched fund with a position, 0 otherwise).
  // Working arrays (they never leave this call) are kept between calls of the same fund count.
  const st = workArrays(K);
  st.cf = cf;
  st.E = E;
  st.B = B;
  st.buffer = buffer;
  st.carryPnl = carryPnl;
  st.nOut = 0;
  st.nT = 0;
  st.nZ = 0;
  st.W = 0;
  st.lazy0 = 0;
  for (let i = 0; i < K; i++) st.lazy0 += E[i];
  st.lazyB = totalFace;
  st.outEquity = 0;
  st.outFailed = 0;
  useEvents(st, prior?.history, K);
  const { Bl, key, c0, acc } = st;
  Bl.set(B);
  /** Key for the funding check: E/B at the last fold, less the per-unit shift W up to then (+∞: never checked again). */
  for (let i = 0; i < K; i++) key[i] = E[i] / B[i];
  /** carryPnl holds the sum up to each fund's last fold; c0 the per-unit total then. */
  c0.fill(0);
  st.Wf.fill(0);
  st.isOut.fill(0);
  {
    let mk = Infinity;
    for (let i = 0; i < K; i++) if (key[i] < mk) mk = key[i];
    st.minKey = mk;
  }
  let cumVm = 0;
  let lastF = f0;
  let W = 0; // per-unit carry and marks of untouched funds over all previous days
  let cCum = 0; // per-unit carry over the run, today included
  let totalB = totalFace; // total position of all funds (end of the previous day)

  for (let d = 0; d < D; d++) {
    // 1. Carry since the previous day, at yesterday's rate, haircut and price.
    const g = gap[d];
    let carryPerFace = 0;
    if (g > 0) {
      const interestPerFace = ((1 - hc[d - 1]) * (P / 100) * rate[d - 1] * g) / 360;
      const couponPerFace = (coupon * g) / 365;
      carryPerFace = couponPerFace - interestPerFace;
    }
    cCum += carryPerFace;
    // 2. Overnight: dealers unwind part of the dislocation; the yield moves both legs alike.
    cashCheap *= 1 - recovery;
    futRich *= 1 - recovery;
    fundamental *= 1 - (duration * dy[d]) / 10_000;
    if (!(fundamental > 0)) throw new RangeError(`days[${d}].yieldChangeBp must keep the cash price > 0 (duration ${duration})`);
    let P2 = Math.max(1e-6, fundamental - cashCheap);
    let F2 = Math.max(1e-6, (fundamental - gb0) / cf + futRich);
    // Every fund marks its whole position: per unit of face (ΔP − CF·ΔF)/100; its short pays CF·ΔF/100 of VM.
    let uMark = (P2 - P) / 100 - (cf * (F2 - F)) / 100;
    let vmPaid = (cf * totalB * (F2 - F)) / 100;
    P = P2;
    F = F2;

    // 3. Outside sales hit the market first; the central bank absorbs what it can.
    let capLeft = cap[d];
    let cbBought = 0;
    if (ext[d] > 0) {
      const take = Math.min(capLeft, ext[d]);
      capLeft -= take;
      cbBought += take;
      cashCheap += lamC * P * (ext[d] - take);
      P2 = Math.max(1e-6, fundamental - cashCheap);
      F2 = Math.max(1e-6, (fundamental - gb0) / cf + futRich);
      uMark += (P2 - P) / 100 - (cf * (F2 - F)) / 100;
      vmPaid += (cf * totalB * (F2 - F)) / 100;
      P = P2;
      F = F2;
      if (record) out.roundLog.push({ day: d, round: 0, fundSales: 0, centralBankPurchases: take, cashPrice: P, futuresPrice: F });
    }

    // 4. Forced deleveraging rounds to a fixed point. Each round the funds touched so far today
    // mark the previous round's move on their pre-sale positions and are checked; untouched funds
    // whose key puts them at (or within rounding of) the funding limit are touched and checked.
    let forcedValue = 0;
    let forcedFace = 0;
    let round = 0;
    let fixed = false;
    let markA = false;
    let dPa = 0;
    let dFa = 0;
    let posNow = totalB; // total position before this round's sales
    // By default haircut and margin are set on undisturbed prices: a fire-sale discount costs
    // equity but does not lower the requirement (else propping prices up could force sales).
    const undisturbed = (hc[d] * fundamental + im[d] * (fundamental - gb0)) / 100;
    st.nT = 0;
    st.W = W;
    let dayLimit = 0;
    for (round = 1; round <= maxRounds; round++) {
      const kNow = onMarket ? (hc[d] * P + im[d] * cf * F) / 100 : undisturbed;
      const nOld = st.nT;
      let face = nOld > 0 ? markCheck(st, markA, dPa, dFa, kNow) : 0;
      // An untouched fund is in breach when E + B·U < B·kNow or E + B·U ≤ 0, i.e. E/B ≤ max(kNow, 0) − U.
      const U = carryPerFace + uMark;
      const limit = Math.max(kNow, 0) - U - W + 1e-9 * (1 + Math.abs(kNow) + Math.abs(U) + Math.abs(W));
      // st.minKey: the smallest key of the untouched funds, so a round with no new breach scans nothing;
      // a full scan also lists the funds within a band above the limit, and while the limit stays
      // inside that band later rounds of the day scan only that list.
      if (round === 1) {
        st.nCand = 0;
        st.candLimit = -Infinity;
        dayLimit = limit;
      }
      if (st.minKey <= limit) {
        face += limit <= st.candLimit
          ? touchCandidates(st, limit, U, cCum, kNow)
          : touchCheck(st, limit, limit + Math.max(4 * (limit - dayLimit), 0.002), U, cCum, kNow);
      }
      const value = (face * P) / 100;
      if (value <= tolValue) {
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
      P2 = Math.max(1e-6, fundamental - cashCheap);
      F2 = Math.max(1e-6, (fundamental - gb0) / cf + futRich);
      // Sales execute at the post-impact prices, so each fund's pre-sale position marks the move
      // (touched funds in the next pass, untouched ones through U).
      dPa = (P2 - P) / 100;
      dFa = (F2 - F) / 100;
      markA = dPa !== 0 || dFa !== 0;
      uMark += dPa - cf * dFa;
      vmPaid += cf * posNow * dFa;
      posNow -= face;
      P = P2;
      F = F2;
      forcedValue += value;
      forcedFace += face;
      if (record) out.roundLog.push({ day: d, round, fundSales: value, centralBankPurchases: take, cashPrice: P, futuresPrice: F });
    }
    if (!fixed) out.converged = false; // maxRounds reached: the last round's sales stand and are marked now

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
    const called = F > lastF || (d > 0 && (im[d] > im[d - 1] || hc[d] > hc[d - 1]));
    lastF = F;
    const U = carryPerFace + uMark;
    W += U;
    const touchedToday = st.nT > 0;
    // The touched funds' fixed-point trial sales are taken back (or, without a fixed point, the
    // last round's move is marked and every untouched fund is checked for equity ≤ 0); then the
    // touched funds are recorded and rejoin lazy marking.
    out.history.shift[d] = W;
    out.history.called[d] = called ? 1 : 0;
    out.history.eventStart[d] = st.nEv;
    if (touchedToday && !fixed) closeTouched(st, markA, dPa, dFa);
    if (!fixed) outOfEquity(st, d, W);
    totalB += endOfDay(st, d, called, W, cCum);
    out.fundsForced[d] = acc[A_FORCED];
    out.fundsFailed[d] = acc[A_FAILED];
    out.fundsCalled[d] = acc[A_CALLED];
    out.fundsOut[d] = acc[A_OUT];
    out.totalEquity[d] = st.lazy0 + st.lazyB * W + st.outEquity;
    out.totalPosition[d] = totalB;
  }
  out.history.eventStart[D] = st.nEv;
  keepEvents(st, out.history, prior !== undefined && prior.history.eventFund === st.evFund);
  // Fold the carry of each fund's last untouched stretch into its P&L. Equity moves only by
  // carry and marks (a sale at the market price leaves it unchanged), so the mark P&L is the rest.
  for (let i = 0; i < K; i++) {
    const b = Bl[i];
    let e = E[i];
    if (b !== 0) {
      carryPnl[i] += b * (cCum - c0[i]);
      e += b * (W - st.Wf[i]);
    }
    markPnl[i] = e - initialEquity[i] - carryPnl[i];
  }

  return out;
}

// Per-fund passes, kept as small functions so V8 optimises each with complete type feedback.
// Sums and counts come back in `acc`.
const A_FAILED = 0, A_FORCED = 1, A_CALLED = 2, A_OUT = 3, A_SIZE = 4;

interface FundArrays {
  K: number;
  cf: number;
  /** Equity: at the last fold for an untouched fund, the current value for a touched one. */
  E: Float64Array;
  /** Position: for a touched fund, after its latest (trial) sale. */
  B: Float64Array;
  Bl: Float64Array;
  key: Float64Array;
  /** Smallest key of the funds not touched today (+∞ if none). */
  minKey: number;
  /** Untouched funds with keys in (last scan's limit, candLimit], in fund order; minFar: the smallest key above candLimit. */
  cand: Int32Array;
  nCand: number;
  candLimit: number;
  minFar: number;
  buffer: Float64Array;
  carryPnl: Float64Array;
  c0: Float64Array;
  /** Per-unit shift W at each fund's last fold; W: the shift before today. */
  Wf: Float64Array;
  W: number;
  isOut: Uint8Array;
  nOut: number;
  /**
   * Running sums for the day's total equity: over the lazy funds (a position, not touched),
   * Σ (E − B·Wf) and Σ B; over the funds with no position left, Σ E and how many have E ≤ 0.
   */
  lazy0: number;
  lazyB: number;
  outEquity: number;
  outFailed: number;
  /** zombies[0 … nZ−1]: funds that are out (equity went ≤ 0) but still hold a position. */
  zombies: Int32Array;
  nZ: number;
  /** The run's events (cascadeFunds.ts): growable buffers, nEv used. */
  nEv: number;
  evFund: Int32Array;
  evEquity: Float64Array;
  evPosition: Float64Array;
  evStatus: Uint8Array;
  /**
   * The funds touched today, in the order touched: tI[0 … nT−1]. For a touched fund i, S[i] is
   * its latest sale and B0[i] its position this morning.
   */
  nT: number;
  tI: Int32Array;
  S: Float64Array;
  B0: Float64Array;
  acc: Float64Array;
}

let spare: FundArrays | null = null;

/** Working arrays for K funds: the last call's when the size matches (runCascade is synchronous, so they are free). */
function workArrays(K: number): FundArrays {
  if (spare !== null && spare.K === K) return spare;
  const none = new Float64Array(0);
  const f = () => new Float64Array(K);
  spare = {
    K, cf: 1, E: none, B: none, Bl: f(), key: f(), minKey: Infinity, cand: new Int32Array(K), nCand: 0, candLimit: -Infinity, minFar: Infinity, buffer: none, carryPnl: none, c0: f(),
    Wf: f(), W: 0, isOut: new Uint8Array(K), nOut: 0,
    lazy0: 0, lazyB: 0, outEquity: 0, outFailed: 0, zombies: new Int32Array(K), nZ: 0,
    nEv: 0, evFund: new Int32Array(0), evEquity: none, evPosition: none, evStatus: new Uint8Array(0),
    nT: 0, tI: new Int32Array(K), S: f(), B0: f(),
    acc: new Float64Array(A_SIZE),
  };
  return spare;
}

/**
 * Touch the funds listed at tI[from … nT−1] (just found at or past the limit) and run their
 * funding check at kNow: fold today's per-unit shift U into each one's equity, the run's
 * per-unit carry cCum since its last fold into its carry P&L, and take it out of the
 * lazy sums. Returns the face sold.
 */
function touchListed(st: FundArrays, from: number, U: number, cCum: number, kNow: number): number {
  const { nT, tI, E, B, S, Wf, key, carryPnl, c0, Bl, B0, buffer } = st;
  const shift = st.W + U;
  let lazy0 = 0, lazyB = 0, face = 0;
  for (let j = from; j < nT; j++) {
    const i = tI[j];
    const b = B[i];
    const e0 = E[i];
    const w = Wf[i];
    key[i] = Infinity;
    lazy0 += e0 - b * w;
    lazyB += b;
    carryPnl[i] += b * (cCum - c0[i]);
    Bl[i] = 0;
    B0[i] = b;
    const e = e0 + b * (shift - w);
    E[i] = e;
    let s = 0;
    if (e <= 0) s = b;
    else if (e < b * kNow) s = b - ((1 - buffer[i]) * e) / kNow;
    if (s > 0) {
      if (s > b) s = b;
      B[i] = b - s;
      face += s;
    } else s = 0;
    S[i] = s;
  }
  st.lazy0 -= lazy0;
  st.lazyB -= lazyB;
  return face;
}

/**
 * Touch every untouched fund whose key is ≤ limit, in fund order. A fund above the limit
 * cannot be in breach (the limit has a rounding margin); those up to `band` are listed as
 * candidates for the day's later rounds. Returns the face sold.
 */
function touchCheck(st: FundArrays, limit: number, band: number, U: number, cCum: number, kNow: number): number {
  const { K, key, cand, tI } = st;
  const from = st.nT;
  let mc = Infinity, mf = Infinity, nc = 0, nT = from;
  for (let i = 0; i < K; i++) {
    const ki = key[i];
    if (ki > limit) {
      if (ki <= band) {
        cand[nc++] = i;
        if (ki < mc) mc = ki;
      } else if (ki < mf) mf = ki;
      continue;
    }
    tI[nT++] = i;
  }
  st.nT = nT;
  st.nCand = nc;
  st.candLimit = band;
  st.minFar = mf;
  st.minKey = mc < mf ? mc : mf;
  return touchListed(st, from, U, cCum, kNow);
}

/** As touchCheck, scanning only the candidates (limit ≤ st.candLimit). */
function touchCandidates(st: FundArrays, limit: number, U: number, cCum: number, kNow: number): number {
  const { key, cand, tI } = st;
  const n = st.nCand;
  const from = st.nT;
  let mc = Infinity, nc = 0, nT = from;
  for (let c = 0; c < n; c++) {
    const i = cand[c];
    const ki = key[i];
    if (ki > limit) {
      cand[nc++] = i;
      if (ki < mc) mc = ki;
      continue;
    }
    tI[nT++] = i;
  }
  st.nT = nT;
  st.nCand = nc;
  const mf = st.minFar;
  st.minKey = mc < mf ? mc : mf;
  return touchListed(st, from, U, cCum, kNow);
}

/**
 * Funds touched before this round: mark the previous round's move on the pre-sale position,
 * then the funding check; returns the face sold. The move per unit of face is common to all
 * funds, so it is taken once (dP − CF·dF) and the marks of a round without a move are skipped.
 */
function markCheck(st: FundArrays, mark: boolean, dP: number, dF: number, kNow: number): number {
  const { nT, tI, E, B, S, buffer } = st;
  const perFace = mark ? dP - st.cf * dF : 0;
  let face = 0;
  for (let j = 0; j < nT; j++) {
    const i = tI[j];
    const b = B[i];
    const sold = S[i];
    let e = E[i];
    if (perFace !== 0) {
      e += (b + sold) * perFace;
      E[i] = e;
    }
    if (b === 0 || (e > 0 && e >= b * kNow)) {
      if (sold !== 0) S[i] = 0;
      continue;
    }
    let s = e <= 0 ? b : b - ((1 - buffer[i]) * e) / kNow;
    if (s > b) s = b;
    if (s > 0) {
      B[i] = b - s;
      face += s;
    } else s = 0;
    S[i] = s;
  }
  return face;
}

/**
 * End of the rounds when maxRounds was reached without a fixed point: the last round's sales
 * stand and its move is marked. (At a fixed point, finishTouched takes back that round's trial sales.)
 */
function closeTouched(st: FundArrays, mark: boolean, dP: number, dF: number): void {
  const { nT, cf, tI, E, B, S } = st;
  for (let j = 0; j < nT; j++) {
    const i = tI[j];
    if (mark) {
      const bp = B[i] + S[i];
      if (bp !== 0) E[i] += bp * dP - cf * bp * dF;
    }
    S[i] = 0;
  }
}

/** Event buffers kept between runs (the runs are synchronous): a run records into them, then keeps a copy of its events. */
let spareEvents: { fund: Int32Array; equity: Float64Array; position: Float64Array; status: Uint8Array } | null = null;

/**
 * Buffers the run records its events into: the previous result's when given (they are
 * overwritten and kept), else the spare ones (copied out at the end by keepEvents).
 */
function useEvents(st: FundArrays, prior: CascadeHistory | undefined, K: number): void {
  st.nEv = 0;
  if (prior !== undefined && prior.eventFund.length > 0) {
    st.evFund = prior.eventFund;
    st.evEquity = prior.eventEquity;
    st.evPosition = prior.eventPosition;
    st.evStatus = prior.eventStatus;
    return;
  }
  if (spareEvents === null) {
    const n = 256 + 4 * K; // most runs record fewer events; more grow the buffers
    spareEvents = { fund: new Int32Array(n), equity: new Float64Array(n), position: new Float64Array(n), status: new Uint8Array(n) };
  }
  st.evFund = spareEvents.fund;
  st.evEquity = spareEvents.equity;
  st.evPosition = spareEvents.position;
  st.evStatus = spareEvents.status;
}

/** The run's events into its history: the buffers themselves when they were the previous result's, else a copy of the used part. */
function keepEvents(st: FundArrays, h: CascadeHistory, reused: boolean): void {
  const n = st.nEv;
  if (reused) {
    h.eventFund = st.evFund;
    h.eventEquity = st.evEquity;
    h.eventPosition = st.evPosition;
    h.eventStatus = st.evStatus;
    return;
  }
  // The spare buffers may have grown during the run: keep the larger ones for the next run.
  spareEvents = { fund: st.evFund, equity: st.evEquity, position: st.evPosition, status: st.evStatus };
  h.eventFund = st.evFund.slice(0, n);
  h.eventEquity = st.evEquity.slice(0, n);
  h.eventPosition = st.evPosition.slice(0, n);
  h.eventStatus = st.evStatus.slice(0, n);
}

/** Room for n more events. */
function reserve(st: FundArrays, n: number): void {
  const need = st.nEv + n;
  if (need <= st.evFund.length) return;
  const size = Math.max(need, 4 * st.evFund.length); // few, large steps: each copies and zeroes the buffers
  const grow = <T extends Int32Array | Float64Array | Uint8Array>(a: T, next: T): T => {
    next.set(a.subarray(0, st.nEv));
    return next;
  };
  st.evFund = grow(st.evFund, new Int32Array(size));
  st.evEquity = grow(st.evEquity, new Float64Array(size));
  st.evPosition = grow(st.evPosition, new Float64Array(size));
  st.evStatus = grow(st.evStatus, new Uint8Array(size));
}

/** Record fund i's end-of-day equity, position and status. */
function record(st: FundArrays, i: number, e: number, b: number, status: number): void {
  reserve(st, 1);
  const n = st.nEv;
  st.evFund[n] = i;
  st.evEquity[n] = e;
  st.evPosition[n] = b;
  st.evStatus[n] = status;
  st.nEv = n + 1;
}

/**
 * A day without a fixed point (maxRounds reached): the untouched funds were not checked against
 * the last round's move, so any whose equity is now ≤ 0 goes out here (with the day's shift W).
 */
function outOfEquity(st: FundArrays, day: number, W: number): void {
  const { K, E, Bl, Wf, isOut } = st;
  for (let i = 0; i < K; i++) {
    const b = Bl[i];
    if (b === 0 || isOut[i] === 1) continue;
    const e = E[i] + b * (W - Wf[i]);
    if (e > 0) continue;
    isOut[i] = 1;
    st.nOut++;
    st.zombies[st.nZ++] = i;
    st.lazy0 += e - b * W - (E[i] - b * Wf[i]);
    E[i] = e;
    Wf[i] = W;
    st.key[i] = e / b - W;
    record(st, i, e, b, FUND_STATUS.out);
  }
}

/**
 * End of day `day` (W: the shift after it). Each fund touched today: the fixed-point round's
 * trial sale is taken back, its status is set (out when the
 * position or the equity is gone, forced when the position fell, else called or healthy),
 * recorded, and it returns to lazy marking (new key, Bl, Wf and carry base). Counts go to
 * `acc`. Returns the change in the funds' total position.
 */
function endOfDay(st: FundArrays, day: number, called: boolean, W: number, cCum: number): number {
  reserve(st, st.nT);
  const { K, nT, tI, B0, E, B, S, Bl, Wf, key, isOut, c0, acc, evFund, evEquity, evPosition, evStatus } = st;
  const holding = called ? FUND_STATUS.called : FUND_STATUS.healthy;
  let forcedStatus = 0, fell = 0, nEv = st.nEv, nOut = st.nOut;
  let mk = st.minKey;
  let dB = 0, lazy0 = 0, lazyB = 0, outEquity = 0, outFailed = 0;
  for (let j = 0; j < nT; j++) {
    const i = tI[j];
    let b = B[i];
    const s = S[i];
    if (s > 0) {
      b += s;
      B[i] = b;
      S[i] = 0;
    }
    const e = E[i];
    const before = B0[i];
    let status: number;
    if (b < before) fell++;
    if (isOut[i] === 1) status = FUND_STATUS.out;
    else if (b === 0 || e <= 0) {
      isOut[i] = 1;
      nOut++;
      if (b !== 0) st.zombies[st.nZ++] = i;
      status = FUND_STATUS.out;
    } else if (b < before) {
      status = FUND_STATUS.forced;
      forcedStatus++;
    } else status = holding;
    evFund[nEv] = i;
    evEquity[nEv] = e;
    evPosition[nEv] = b;
    evStatus[nEv] = status;
    nEv++;
    dB += b - before;
    if (b !== 0) {
      Bl[i] = b;
      Wf[i] = W;
      const k = e / b - W;
      key[i] = k;
      if (k < mk) mk = k;
      c0[i] = cCum;
      lazy0 += e - b * W;
      lazyB += b;
    } else {
      outEquity += e;
      if (e <= 0) outFailed++;
    }
  }
  st.nEv = nEv;
  st.nOut = nOut;
  st.lazy0 += lazy0;
  st.lazyB += lazyB;
  st.outEquity += outEquity;
  st.outFailed += outFailed;
  st.minKey = mk;
  st.nT = 0;
  // Out funds still holding a position: failed while their equity is ≤ 0 (the others, lazy, have equity > 0).
  let failed = st.outFailed;
  let nZ = 0;
  for (let z = 0; z < st.nZ; z++) {
    const i = st.zombies[z];
    const b = Bl[i];
    if (b === 0) continue;
    st.zombies[nZ++] = i;
    if (E[i] + b * (W - Wf[i]) <= 0) failed++;
  }
  st.nZ = nZ;
  acc[A_FAILED] = failed;
  acc[A_FORCED] = fell;
  acc[A_OUT] = st.nOut;
  acc[A_CALLED] = called ? K - st.nOut - forcedStatus : 0;
  return dB;
}
