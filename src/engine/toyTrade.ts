/**
 * The article's toy basis trade: conversion factor 1, no coupon, no
 * accrued interest, prices per 100 of face (DOMAIN §1 maps it to the real
 * formulas). One unit = 100 dollars of face unless `face` says otherwise.
 */
import { inRange, integer, nonNegative, positive } from './validate';

export interface ToyTradeInput {
  /** Price paid for the cash bond, per 100. */
  buyCash: number;
  /** Price the futures were sold at, per 100. */
  sellFutures: number;
  /** Price the cash bond is sold (or delivered) at, per 100. */
  exitCash: number;
  /** Price the futures are bought back (or converge) at, per 100. */
  exitFutures: number;
  /** Overnight repo rate while the trade is on, decimal per year (default 0). */
  repoRate?: number;
  /** Calendar days the trade is held (default 0). */
  days?: number;
  /** Repo haircut in [0, 1] (default 0.02, the tri-party convention). */
  haircut?: number;
  /** Face value traded, dollars (default 100). */
  face?: number;
  dayBase?: number;
}

export interface ToyTradeResult {
  /** Futures minus cash at entry, per 100: the spread the trade locks in on paper. */
  paperGain: number;
  /** Exit − entry on the long cash leg, dollars. */
  cashLegPnl: number;
  /** Entry − exit on the short futures leg, dollars. */
  futuresLegPnl: number;
  /** cashLegPnl + futuresLegPnl, dollars. */
  beforeFinancing: number;
  /** Repo interest on the borrowed (1 − h) share of the purchase, act/dayBase, dollars. */
  repoInterest: number;
  /** beforeFinancing − repoInterest, dollars. */
  total: number;
  /** The trader's own money: h × purchase price, dollars (0 when h = 0). */
  equity: number;
  /** Maximum repo leverage 1/h (null when h = 0: unlimited). */
  leverage: number | null;
}

/** Profit and loss of one toy basis trade from entry to exit. */
export function toyTrade(input: ToyTradeInput): ToyTradeResult {
  const buyCash = positive('buyCash', input.buyCash);
  const sellFutures = positive('sellFutures', input.sellFutures);
  const exitCash = positive('exitCash', input.exitCash);
  const exitFutures = positive('exitFutures', input.exitFutures);
  const r = inRange('repoRate', input.repoRate ?? 0, -0.1, 1);
  const days = nonNegative('days', input.days ?? 0);
  const h = inRange('haircut', input.haircut ?? 0.02, 0, 1);
  const face = positive('face', input.face ?? 100);
  const base = inRange('dayBase', input.dayBase ?? 360, 360, 366);
  const units = face / 100;
  const cashLegPnl = (exitCash - buyCash) * units;
  const futuresLegPnl = (sellFutures - exitFutures) * units;
  const beforeFinancing = cashLegPnl + futuresLegPnl;
  const repoInterest = ((1 - h) * buyCash * units * r * days) / base;
  return {
    paperGain: sellFutures - buyCash,
    cashLegPnl,
    futuresLegPnl,
    beforeFinancing,
    repoInterest,
    total: beforeFinancing - repoInterest,
    equity: h * buyCash * units,
    leverage: h > 0 ? 1 / h : null,
  };
}

export interface RepeatTradeInput {
  /** How many times the trade is repeated (1 … 1,000,000). */
  repetitions: number;
  /** Cash price before the first repetition, per 100 (default 100). */
  cashPrice?: number;
  /** Futures price before the first repetition, per 100 (default 100.01). */
  futuresPrice?: number;
  /** Cash price rise per repetition (buying bids it up), points (default 5e-7). */
  cashImpact?: number;
  /** Futures price fall per repetition (selling pushes it down), points (default 5e-7). */
  futuresImpact?: number;
  /** Face value bought and sold per repetition, dollars (default 100). */
  faceEach?: number;
  /** Repo haircut in (0, 1] (default 0.02). */
  haircut?: number;
  /** Stop once the spread is no longer positive (default true): a further repetition would lose. */
  stopWhenClosed?: boolean;
}

export interface RepeatTradeResult {
  /** Repetitions actually done (≤ requested when the spread closes first). */
  done: number;
  /** Spread F − P locked by each repetition, points per 100. */
  spread: Float64Array;
  /** Profit locked after each repetition, dollars. */
  cumulativeProfit: Float64Array;
  /** Face held after each repetition, dollars (the futures short is the same). */
  position: Float64Array;
  /** Cash price each repetition bought at, per 100 (before its own impact). */
  cashPaid: Float64Array;
  /** Futures price each repetition sold at, per 100 (before its own impact). */
  futuresSold: Float64Array;
  /** True when the spread closed before the requested count (done < repetitions). */
  closed: boolean;
  /** Dollars paid for the cash bonds over all repetitions. */
  paid: number;
  /** Cash and futures prices after the last repetition, per 100. */
  finalCashPrice: number;
  finalFuturesPrice: number;
  /** Own money needed: h × cash paid over all repetitions, dollars. */
  equity: number;
  /** 1/h: the position a dollar of equity can carry. */
  leverage: number;
}

/**
 * Repeat the toy trade N times. Each repetition buys `faceEach` of cash
 * and sells as much futures; with linear price impact the cash price rises
 * and the futures price falls, so the spread each repetition earns shrinks.
 */
export function repeatToyTrade(input: RepeatTradeInput): RepeatTradeResult {
  const reps = integer('repetitions', input.repetitions, 1, 1_000_000);
  let p = positive('cashPrice', input.cashPrice ?? 100);
  let f = positive('futuresPrice', input.futuresPrice ?? 100.01);
  const ci = nonNegative('cashImpact', input.cashImpact ?? 5e-7);
  const fi = nonNegative('futuresImpact', input.futuresImpact ?? 5e-7);
  const faceEach = positive('faceEach', input.faceEach ?? 100);
  const h = inRange('haircut', input.haircut ?? 0.02, 1e-6, 1);
  const stop = input.stopWhenClosed ?? true;
  const spread = new Float64Array(reps);
  const cumulativeProfit = new Float64Array(reps);
  const position = new Float64Array(reps);
  const cashPaid = new Float64Array(reps);
  const futuresSold = new Float64Array(reps);
  let profit = 0;
  let paid = 0;
  let done = 0;
  for (let k = 0; k < reps; k++) {
    const s = f - p;
    if (stop && s <= 0) break;
    spread[k] = s;
    profit += (s * faceEach) / 100;
    paid += (p * faceEach) / 100;
    cumulativeProfit[k] = profit;
    position[k] = (k + 1) * faceEach;
    cashPaid[k] = p;
    futuresSold[k] = f;
    p += ci;
    f -= fi;
    done = k + 1;
  }
  return {
    done,
    spread: spread.subarray(0, done),
    cumulativeProfit: cumulativeProfit.subarray(0, done),
    position: position.subarray(0, done),
    cashPaid: cashPaid.subarray(0, done),
    futuresSold: futuresSold.subarray(0, done),
    closed: done < reps,
    paid,
    finalCashPrice: p,
    finalFuturesPrice: f,
    equity: h * paid,
    leverage: 1 / h,
  };
}
