/**
 * Futures premium over rounds (chapter 2, DOMAIN §1): long-only asset
 * managers buy futures round after round (the demand model of
 * `spreadFromDemand`), which lifts the futures price above an unmoved cash
 * price; from a chosen round an arbitrageur sells futures and buys as much
 * cash each round, with linear price impact on both legs, so the spread
 * stops widening and narrows. Toy units: conversion factor 1, no coupon,
 * prices per 100 of face (the article's 100 vs 100.01 picture).
 */
import { spreadFromDemand } from './spreadFromDemand';
import { TOY_OPEN } from './scenarios';
import { integer, nonNegative, positive } from './validate';

export interface PremiumInput {
  /** Rounds after the start (1 … 1,000); row 0 is the start. */
  rounds: number;
  /** Futures face bought by asset managers in each round, dollars. */
  demandPerRound: number;
  /** Futures price change per dollar of net futures buying, points per 100 per dollar. */
  futuresImpact: number;
  /** Cash price change per dollar of cash buying, points per 100 per dollar. */
  cashImpact: number;
  /** First round in which the arbitrageur trades (1 … rounds), or null: never. */
  arbitrageFrom: number | null;
  /** Face the arbitrageur sells in futures and buys in cash each round, dollars. */
  arbitragePerRound: number;
  /** Price of both legs before any round, per 100 (default 100). */
  startPrice?: number;
}

export interface PremiumRound {
  round: number;
  /** Futures face bought by asset managers so far, dollars. */
  cumulativeDemand: number;
  /** Futures face sold (and cash face bought) by the arbitrageur so far, dollars. */
  cumulativeArbitrage: number;
  /** Whether the arbitrageur traded in this round. */
  arbitraged: boolean;
  futuresPrice: number;
  cashPrice: number;
  /** futuresPrice − cashPrice, points per 100. */
  spread: number;
  /** Futures price had nobody arbitraged (demand only), per 100. */
  futuresWithoutArbitrage: number;
  /** Spread had nobody arbitraged, points per 100. */
  spreadWithoutArbitrage: number;
}

/**
 * Prices and spread after each round (row 0 = before any buying). The
 * arbitrageur trades only while the spread it would sell is positive: a
 * trade at a zero or negative spread would lock in a loss.
 */
export function futuresPremiumPath(input: PremiumInput): PremiumRound[] {
  const rounds = integer('rounds', input.rounds, 1, 1000);
  const demandPerRound = nonNegative('demandPerRound', input.demandPerRound);
  const futuresImpact = nonNegative('futuresImpact', input.futuresImpact);
  const cashImpact = nonNegative('cashImpact', input.cashImpact);
  const arbitragePerRound = nonNegative('arbitragePerRound', input.arbitragePerRound);
  const from = input.arbitrageFrom === null ? null : integer('arbitrageFrom', input.arbitrageFrom, 1, rounds);
  const start = positive('startPrice', input.startPrice ?? 100);

  const demandOnly = spreadFromDemand({ steps: rounds, demandPerStep: demandPerRound, impact: futuresImpact, startPrice: start });
  const rows: PremiumRound[] = [];
  let arbitrage = 0;
  for (const d of demandOnly) {
    let arbitraged = false;
    if (from !== null && d.step >= from && arbitragePerRound > 0) {
      const spreadBefore = d.futuresPrice - futuresImpact * arbitrage - (start + cashImpact * arbitrage);
      if (spreadBefore > 0) {
        arbitrage += arbitragePerRound;
        arbitraged = true;
      }
    }
    const futuresPrice = d.futuresPrice - futuresImpact * arbitrage;
    const cashPrice = d.cashPrice + cashImpact * arbitrage;
    rows.push({
      round: d.step,
      cumulativeDemand: d.cumulativeDemand,
      cumulativeArbitrage: arbitrage,
      arbitraged,
      futuresPrice,
      cashPrice,
      spread: futuresPrice - cashPrice,
      futuresWithoutArbitrage: d.futuresPrice,
      spreadWithoutArbitrage: d.spread,
    });
  }
  return rows;
}

const PREMIUM_DEMAND_ROUNDS = 5;
const PREMIUM_DEMAND_PER_ROUND = 2e9;
/** Impact chosen so that the demand rounds lift futures from cash 100 to the article's 100.01. */
const PREMIUM_IMPACT = (TOY_OPEN.sellFutures - TOY_OPEN.buyCash) / (PREMIUM_DEMAND_ROUNDS * PREMIUM_DEMAND_PER_ROUND);

/**
 * Chapter 2's scenario: five rounds of pension and insurer buying take
 * futures from 100 to 100.01 against cash at 100 (TOY_OPEN); from round 6
 * an arbitrageur sells as many futures as they buy and buys as much cash,
 * so futures stop rising, cash rises and the spread narrows by round 9.
 */
export const FUTURES_PREMIUM = {
  /** Rounds of buying before the arbitrageur arrives; after them futures = TOY_OPEN.sellFutures. */
  demandRounds: PREMIUM_DEMAND_ROUNDS,
  input: {
    rounds: 9,
    demandPerRound: PREMIUM_DEMAND_PER_ROUND,
    futuresImpact: PREMIUM_IMPACT,
    cashImpact: PREMIUM_IMPACT,
    arbitrageFrom: PREMIUM_DEMAND_ROUNDS + 1,
    arbitragePerRound: PREMIUM_DEMAND_PER_ROUND,
    startPrice: TOY_OPEN.buyCash,
  } satisfies PremiumInput,
} as const;
