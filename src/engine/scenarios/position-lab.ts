/**
 * The sandbox's basis position (「沙盘推演」): one long cash bond financed in
 * overnight repo and short futures, run day by day to delivery under a
 * reader-chosen path (DOMAIN §4(a), §4(b), §2.10, §2.11). Numbers only.
 *
 * The setting is the article's toy trade (chapter 3), made to move:
 * - a bond with no coupon and no accrued interest, conversion factor 1,
 *   opened at a clean price of 100; futures sold `spreadBp` basis points of
 *   price above it (1 bp = 0.01 per 100 face, the article's 100 → 100.01);
 * - one date per calendar day (the repo interest of every night is
 *   loan × rate × 1/360); the futures-over-cash gap shrinks linearly to 0
 *   at delivery, where the bond is delivered at convergence;
 * - a yield shock spread evenly over the first `shockDays` days moves the
 *   cash price by −P × D × Δy (modified duration D = 6.5, no convexity);
 * - the basis widening adds to the futures price an extra rise that grows
 *   linearly over the shock window and closes linearly by delivery;
 * - overnight repo re-margined daily to (1 − h) × value; futures margin
 *   restored to the initial margin on a call (maintenance = 80% of
 *   initial, CME's 3,200/4,000), paid from free cash;
 * - forced reduction: when free cash turns negative before delivery, the
 *   fund cuts both legs in the same ratio at that day's prices, just enough
 *   to bring free cash back to 0 (all of it if that is not enough).
 *
 * The fund's equity is what the position ties up (haircut plus initial
 * margin) plus the free cash: equity = tied / (1 − free-cash share).
 * Flows of `simulateBasisPosition` do not depend on the cash level (no
 * interest on cash), so a position cut to a share k of its size has every
 * later flow scaled by k: the forced reductions are applied exactly by
 * scaling the full-size path (no second run).
 */
import { convergingFuturesPrices, simulateBasisPosition, type BasisPath } from '../basisPosition';
import type { Bond } from '../bond';
import { addDays } from '../dates';
import { inRange, integer, positive } from '../validate';

export const POSITION_LAB = {
  /** Zero-coupon stand-in for the CTD, maturing well after any delivery date. */
  bond: { coupon: 0, maturity: '2035-02-15' } as Bond,
  conversionFactor: 1,
  contractFace: 100_000,
  /** Opening clean price per 100 face. */
  price: 100,
  /** Opening date: day 0 (the figure counts days, not dates). */
  start: '2024-01-02',
  modifiedDuration: 6.5,
  /** Maintenance margin over initial margin. */
  maintenanceRatio: 0.8,
  /** Longest horizon, days (the figure pads its paths to this many days). */
  maxDays: 180,
} as const;

export interface PositionLabInput {
  /** Futures price above the cash price at opening, basis points of price (0.01 per 100 face). */
  spreadBp: number;
  /** Repo haircut, percent of the bond's value. */
  haircutPct: number;
  /** Futures initial margin, percent of one contract's value at opening. */
  initialMarginPct: number;
  /** Overnight repo rate, percent per year. */
  repoRatePct: number;
  /** Extra repo rate during the spike, percentage points. */
  repoSpikePct: number;
  /** First day whose overnight fixing carries the spike (0 = opening day). */
  spikeStartDay: number;
  /** Nights the spike lasts (0 = no spike). */
  spikeDays: number;
  /** Total change of the bond's yield over the shock window, basis points (negative: yields fall, prices rise). */
  yieldShockBp: number;
  /** Days 1 … shockDays carry the shock, in equal daily steps. */
  shockDays: number;
  /** Extra rise of futures over cash at the end of the shock window, basis points of price. */
  wideningBp: number;
  /** Free cash at opening, percent of the fund's equity. */
  freeCashPct: number;
  /** Calendar days from opening to delivery. */
  daysToDelivery: number;
  /** Face value of bonds bought, dollars. */
  face: number;
}

export interface PositionLabDay {
  day: number;
  /** Clean prices per 100 face (the last is delivery at convergence). */
  cashPrice: number;
  futuresPrice: number;
  /** Futures minus cash price, basis points of price (价差). */
  gapBp: number;
  /** Repo rate of the night starting today, decimal per year (the last day has none: null). */
  repoRate: number | null;
  /** Share of the opening position still held after today's cut, in [0, 1]. */
  held: number;
  /** Share of the opening position cut today. */
  cut: number;
  /** Variation margin paid (+) or received (−) today, dollars. */
  vmPaid: number;
  cumulativeVmPaid: number;
  /** Repo interest paid today (for the night ending today), dollars. */
  repoInterest: number;
  cumulativeRepoInterest: number;
  /** Cash paid into the futures account to answer a call, dollars. */
  marginCall: number;
  /** Free cash after the day's flows and any cut, dollars (negative only when even a full cut cannot pay). */
  freeCash: number;
  /** Free cash before the day's cut, dollars. */
  freeCashBeforeCut: number;
  /** Mark-to-market equity, dollars. */
  equity: number;
}

export interface PositionLabResult {
  days: PositionLabDay[];
  face: number;
  contracts: number;
  /** Bond value at opening, dollars. */
  bondValue: number;
  repoLoan: number;
  /** Haircut plus initial margin, dollars. */
  tiedEquity: number;
  openingCash: number;
  openingEquity: number;
  initialMargin: number;
  maintenanceMargin: number;
  /** Total assets (bond + margin + cash) over equity at opening. */
  leverage: number;
  /** Bond value over equity at opening. */
  bondLeverage: number;
  /** 1 / haircut (null for a zero haircut). */
  maxLeverage: number | null;
  /** The opening spread earned at convergence on the full position, dollars. */
  lockedSpread: number;
  /** Repo interest paid through delivery, dollars. */
  repoInterest: number;
  /** Repo interest above what the base rate would have cost, dollars (the spike's cost). */
  spikeInterest: number;
  /** Net variation margin paid through delivery, dollars (negative: received). */
  vmPaid: number;
  /** Largest cumulative variation margin paid on any day, dollars. */
  peakVmPaid: number;
  /** Cash paid in to answer margin calls, dollars. */
  marginCalls: number;
  /** Net cash received (+) from the repo lender as the loan is re-margined to the bond's value, dollars (paid: −). */
  repoMarginFlows: number;
  /** The same, counted up to the end of the shock window (the days the calls come). */
  repoMarginFlowsInShock: number;
  /** Days with a margin call. */
  callDays: number[];
  /** Days the fund cut both legs. */
  cutDays: number[];
  /** Share of the opening position cut by delivery. */
  cutShare: number;
  /** Locked spread − repo interest − P&L: the convergence the cuts gave up, dollars. */
  cutCost: number;
  /** Lowest free cash before any cut, dollars. */
  minFreeCash: number;
  /** True when a full cut could not pay a call (equity lost). */
  bust: boolean;
  finalEquity: number;
  /** Final equity − opening equity, dollars. */
  pnl: number;
  /** P&L over opening equity. */
  returnOnEquity: number;
}

const datesCache = new Map<number, string[]>();
function datesFor(days: number): string[] {
  let dates = datesCache.get(days);
  if (!dates) {
    dates = Array.from({ length: days + 1 }, (_, i) => addDays(POSITION_LAB.start, i));
    datesCache.set(days, dates);
  }
  return dates;
}

/** Check the inputs; every RangeError names its parameter. */
function check(input: PositionLabInput): void {
  if (input === null || typeof input !== 'object') throw new RangeError('input must be an object of parameters');
  const days = integer('daysToDelivery', input.daysToDelivery, 2, POSITION_LAB.maxDays);
  inRange('spreadBp', input.spreadBp, 0, 1000);
  inRange('haircutPct', input.haircutPct, 0, 50);
  inRange('initialMarginPct', input.initialMarginPct, 0, 50);
  if (!(input.haircutPct > 0 || input.initialMarginPct > 0)) throw new RangeError('haircutPct and initialMarginPct must not both be 0 (the position must tie up equity)');
  inRange('repoRatePct', input.repoRatePct, -1, 50);
  inRange('repoSpikePct', input.repoSpikePct, 0, 50);
  integer('spikeStartDay', input.spikeStartDay, 0, days - 1);
  integer('spikeDays', input.spikeDays, 0, POSITION_LAB.maxDays);
  inRange('yieldShockBp', input.yieldShockBp, -500, 500);
  integer('shockDays', input.shockDays, 1, days - 1);
  inRange('wideningBp', input.wideningBp, 0, 500);
  inRange('freeCashPct', input.freeCashPct, 0, 95);
  positive('face', input.face);
}

/** Whether the night starting on day `i` carries the spike. */
function inSpike(input: PositionLabInput, i: number): boolean {
  return i >= input.spikeStartDay && i < input.spikeStartDay + input.spikeDays;
}

/** Run the sandbox's basis position to delivery. */
export function runPositionLab(input: PositionLabInput): PositionLabResult {
  check(input);
  const p = POSITION_LAB;
  const T = input.daysToDelivery;
  const face = input.face;
  const dates = datesFor(T);
  const dayNumbers = dates.map((_, i) => i);

  // Cash prices: the yield shock in equal daily steps over days 1 … shockDays.
  const step = input.yieldShockBp / input.shockDays;
  const cash = new Array<number>(T + 1);
  cash[0] = p.price;
  for (let i = 1; i <= T; i++) {
    cash[i] = i <= input.shockDays ? cash[i - 1] * (1 - (p.modifiedDuration * step) / 10_000) : cash[i - 1];
    if (!(cash[i] > 0)) throw new RangeError(`yieldShockBp must leave the cash price > 0 (got ${input.yieldShockBp})`);
  }
  // Futures converge to cash; the widening rises over the shock window and closes by delivery.
  const futures = convergingFuturesPrices({ cashPrices: cash, days: dayNumbers, conversionFactor: p.conversionFactor, startGrossBasis: -input.spreadBp / 100 });
  const w = input.wideningBp / 100;
  for (let i = 1; i < T; i++) {
    futures[i] += i <= input.shockDays ? (w * i) / input.shockDays : (w * (T - i)) / (T - input.shockDays);
  }

  const contracts = (face * p.conversionFactor) / p.contractFace;
  const initialMargin = (input.initialMarginPct / 100) * futures[0] * (p.contractFace / 100);
  const maintenanceMargin = p.maintenanceRatio * initialMargin;
  const h = input.haircutPct / 100;
  const bondValue = (p.price * face) / 100;
  const tiedEquity = h * bondValue + initialMargin * contracts;
  const openingCash = (tiedEquity * input.freeCashPct) / (100 - input.freeCashPct);
  const rates = dayNumbers.map((i) => (input.repoRatePct + (inSpike(input, i) ? input.repoSpikePct : 0)) / 100);

  const path: BasisPath = simulateBasisPosition({
    bond: p.bond,
    face,
    conversionFactor: p.conversionFactor,
    contractFace: p.contractFace,
    contracts,
    dates,
    cashPrices: cash,
    futuresPrices: futures,
    repoRate: rates,
    haircut: h,
    initialMargin,
    maintenanceMargin,
    cash: openingCash,
  });

  // Forced reductions by scaling the full-size path (see the file's comment).
  const rows = path.rows;
  const days: PositionLabDay[] = new Array(T + 1);
  let held = 1;
  let freeCash = openingCash;
  let cumVm = 0;
  let cumRepo = 0;
  let calls = 0;
  let repoFlows = 0;
  let repoFlowsInShock = 0;
  let spikeInterest = 0;
  let peakVm = 0;
  let minFreeCash = openingCash;
  let cutCost = 0;
  let bust = false;
  const callDays: number[] = [];
  const cutDays: number[] = [];
  for (let i = 0; i <= T; i++) {
    const r = rows[i];
    const k = held;
    if (i > 0) freeCash += k * (r.cash - rows[i - 1].cash);
    const vmPaid = -k * r.variationMargin;
    const repo = k * r.repoInterest;
    const marginCall = k * r.marginCall;
    cumVm += vmPaid;
    cumRepo += repo;
    calls += marginCall;
    repoFlows += k * r.repoMarginFlow;
    if (i <= input.shockDays) repoFlowsInShock += k * r.repoMarginFlow;
    if (i > 0 && inSpike(input, i - 1)) {
      spikeInterest += (k * rows[i - 1].repoLoan * (input.repoSpikePct / 100)) / 360;
    }
    if (marginCall > 0) callDays.push(i);
    peakVm = Math.max(peakVm, cumVm);
    const before = freeCash;
    minFreeCash = Math.min(minFreeCash, before);
    let cut = 0;
    if (freeCash < 0 && i < T && k > 0) {
      const tied = k * (r.bondValue - r.repoLoan + r.marginBalance);
      const share = tied > 0 ? Math.min(1, -freeCash / tied) : 1;
      freeCash += share * tied;
      if (share >= 1) {
        freeCash = Math.min(freeCash, 0);
        if (freeCash < 0) bust = true;
      } else {
        freeCash = 0;
      }
      cut = share * k;
      held = k - cut;
      cutDays.push(i);
      cutCost += (cut * (r.futuresPrice - r.cashPrice) * face) / 100;
    }
    if (i === T && freeCash < 0) bust = true;
    const equity = freeCash + held * (r.marginBalance + r.bondValue - r.repoLoan);
    days[i] = {
      day: i,
      cashPrice: r.cashPrice,
      futuresPrice: r.futuresPrice,
      gapBp: (r.futuresPrice - r.cashPrice) * 100,
      repoRate: i < T ? rates[i] : null,
      held,
      cut,
      vmPaid,
      cumulativeVmPaid: cumVm,
      repoInterest: repo,
      cumulativeRepoInterest: cumRepo,
      marginCall,
      freeCash,
      freeCashBeforeCut: before,
      equity,
    };
  }
  const openingEquity = path.openingEquity;
  const finalEquity = days[T].equity;
  const pnl = finalEquity - openingEquity;
  const lockedSpread = (input.spreadBp / 100) * (face / 100);
  return {
    days,
    face,
    contracts,
    bondValue,
    repoLoan: (1 - h) * bondValue,
    tiedEquity,
    openingCash,
    openingEquity,
    initialMargin,
    maintenanceMargin,
    leverage: (bondValue + initialMargin * contracts + openingCash) / openingEquity,
    bondLeverage: bondValue / openingEquity,
    maxLeverage: h > 0 ? 1 / h : null,
    lockedSpread,
    repoInterest: cumRepo,
    spikeInterest,
    vmPaid: cumVm,
    peakVmPaid: peakVm,
    marginCalls: calls,
    repoMarginFlows: repoFlows,
    repoMarginFlowsInShock: repoFlowsInShock,
    callDays,
    cutDays,
    cutShare: 1 - held,
    cutCost,
    minFreeCash,
    bust,
    finalEquity,
    pnl,
    returnOnEquity: pnl / openingEquity,
  };
}
