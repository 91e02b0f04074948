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
