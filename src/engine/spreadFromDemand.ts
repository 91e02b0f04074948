/**
 * Why futures trade rich (chapter 2, DOMAIN §1): long-only asset managers
 * buy futures for duration, step by step; with linear price impact each
 * purchase lifts the futures price while the cash price does not move, so
 * a spread opens that levered funds can sell.
 */
import { finite, integer, nonNegative, positive } from './validate';

export interface DemandInput {
  /** Number of buying steps (1 … 10,000). */
  steps: number;
  /** Futures face bought by asset managers per step, dollars. */
  demandPerStep: number;
  /** Futures price rise per dollar of face bought, points per 100 per dollar. */
  impact: number;
  /** Starting price of both cash and futures, per 100 (default 100). */
  startPrice?: number;
  /** Cash price change per step from other flows, points (default 0: cash stays put). */
  cashDrift?: number;
}

export interface DemandStep {
  step: number;
  /** Futures face bought so far, dollars. */
  cumulativeDemand: number;
  futuresPrice: number;
  cashPrice: number;
  /** futuresPrice − cashPrice, points per 100. */
  spread: number;
}

/** Futures price, cash price and spread after each step of buying (row 0 = before any). */
export function spreadFromDemand(input: DemandInput): DemandStep[] {
  const steps = integer('steps', input.steps, 1, 10_000);
  const demand = nonNegative('demandPerStep', input.demandPerStep);
  const impact = nonNegative('impact', input.impact);
  const start = positive('startPrice', input.startPrice ?? 100);
  const drift = finite('cashDrift', input.cashDrift ?? 0);
  const rows: DemandStep[] = [];
  for (let k = 0; k <= steps; k++) {
    const cumulativeDemand = k * demand;
    const futuresPrice = start + impact * cumulativeDemand;
    const cashPrice = start + drift * k;
    if (!(cashPrice > 0)) throw new RangeError(`cashDrift must keep the cash price > 0 over ${steps} steps (got ${drift})`);
    rows.push({ step: k, cumulativeDemand, futuresPrice, cashPrice, spread: futuresPrice - cashPrice });
  }
  return rows;
}
