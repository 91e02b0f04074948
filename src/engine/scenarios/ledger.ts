/**
 * Chapter 7's two-leg ledger: the toy trade (TOY_OPEN) held night by night
 * until "operation two" reverses both legs. Two exits share one holding
 * period and one repo loan (TOY_FORCED_SALE's rate and days, TOY_HAIRCUT):
 * - 'converge': at delivery futures and cash meet at a common level
 *   (TOY_CONVERGE: 120/120), so the legs net to the entry spread;
 * - 'forced-sale': the same futures path, but on the exit day selling
 *   pressure leaves the cash 0.01 below futures (TOY_FORCED_SALE: 119.99
 *   against 120), so nothing is left before financing.
 * The price paths are illustrative: the common level moves linearly from
 * the entry to the exit and the futures − cash spread closes linearly.
 * Every row is a `toyTrade` marked at that day's prices, so the legs, the
 * net and the repo interest come from one model.
 */
import { breakevenRepoRate } from '../repo';
import { toyTrade, type ToyTradeResult } from '../toyTrade';
import { inRange, integer, oneOf } from '../validate';
import { TOY_CONVERGE, TOY_FORCED_SALE, TOY_HAIRCUT, TOY_OPEN } from './toy';

export const LEDGER_SCENARIOS = ['converge', 'forced-sale'] as const;
export type LedgerScenario = (typeof LEDGER_SCENARIOS)[number];

/** The ledger's fixed inputs: the toy trade's entry, the holding period and the repo loan. */
export const LEDGER = {
  buyCash: TOY_OPEN.buyCash,
  sellFutures: TOY_OPEN.sellFutures,
  /** Calendar days from entry to exit (nights of repo interest), TOY_FORCED_SALE's. */
  days: TOY_FORCED_SALE.days,
  /** Overnight repo rate, decimal per year (TOY_FORCED_SALE's illustrative 1.5%). */
  repoRate: TOY_FORCED_SALE.repoRate,
  haircut: TOY_HAIRCUT,
  /** The level both legs reach at the exit, per 100 (TOY_CONVERGE's 120). */
  exitLevel: TOY_CONVERGE.exitFutures,
  /** Range of exit levels the ledger accepts, per 100. */
  minLevel: 50,
  maxLevel: 200,
  /** How far the cash falls short of futures in a forced sale, points per 100 (120 − 119.99). */
  forcedShortfall: TOY_FORCED_SALE.exitFutures - TOY_FORCED_SALE.exitCash,
} as const;

export interface LedgerInput {
  scenario: LedgerScenario;
  /** Common exit level of both legs, per 100 (default LEDGER.exitLevel). */
  exitLevel?: number;
}

export interface LedgerDay {
  /** Days since entry (0 = the day the trade is put on). */
  day: number;
  /** Cash and futures prices that day, per 100. */
  cash: number;
  futures: number;
  /** Futures − cash, points per 100 (the 价差; the basis is its opposite). */
  spread: number;
  /** The toy trade marked (or, on the last day, closed) at that day's prices, with that many nights of repo. */
  pnl: ToyTradeResult;
}

export interface LedgerResult {
  scenario: LedgerScenario;
  exitLevel: number;
  /** One row per day, 0 … LEDGER.days; the last row is the exit (operation two). */
  days: LedgerDay[];
  /** The exit row's trade (same as days[days.length − 1].pnl). */
  exit: ToyTradeResult;
  /** Repo loan (1 − h) × cash price, dollars per 100 face. */
  loan: number;
  /** Repo interest of one night, dollars per 100 face. */
  nightlyInterest: number;
  /** Nights of interest the converged spread pays for (entry spread ÷ one night's interest). */
  nightsCovered: number;
  /** Repo rate at which the converged trade held LEDGER.days just breaks even, decimal per year. */
  breakevenRate: number;
  /** Basis (cash − futures) at entry and at exit, points per 100: the P&L before financing is their difference. */
  basisEntry: number;
  basisExit: number;
}

/** Prices at the exit of a scenario for a common level. */
export function ledgerExit(scenario: LedgerScenario, exitLevel: number = LEDGER.exitLevel): { exitCash: number; exitFutures: number } {
  oneOf('scenario', scenario, LEDGER_SCENARIOS);
  const level = inRange('exitLevel', exitLevel, LEDGER.minLevel, LEDGER.maxLevel);
  // The named scenarios exactly at their own level; other levels shift both legs together.
  if (level === LEDGER.exitLevel) {
    const named = scenario === 'converge' ? TOY_CONVERGE : TOY_FORCED_SALE;
    return { exitCash: named.exitCash, exitFutures: named.exitFutures };
  }
  return { exitCash: scenario === 'converge' ? level : level - LEDGER.forcedShortfall, exitFutures: level };
}

function trade(exitCash: number, exitFutures: number, days: number): ToyTradeResult {
  return toyTrade({
    buyCash: LEDGER.buyCash,
    sellFutures: LEDGER.sellFutures,
    exitCash,
    exitFutures,
    repoRate: LEDGER.repoRate,
    days,
    haircut: LEDGER.haircut,
  });
}

/** The toy trade day by day from entry to the exit of a scenario. */
export function toyLedger(input: LedgerInput): LedgerResult {
  const scenario = oneOf('scenario', input.scenario, LEDGER_SCENARIOS);
  const exitLevel = input.exitLevel ?? LEDGER.exitLevel;
  const { exitCash, exitFutures } = ledgerExit(scenario, exitLevel);
  const n = integer('days', LEDGER.days, 1, 3650);
  const p0 = LEDGER.buyCash;
  const f0 = LEDGER.sellFutures;
  const rows: LedgerDay[] = [];
  for (let d = 0; d <= n; d++) {
    let cash: number;
    let futures: number;
    if (d === n) {
      cash = exitCash;
      futures = exitFutures;
    } else {
      // Both legs head for the common level; the spread closes linearly. Selling pressure only hits on the exit day.
      const s = d / n;
      cash = p0 + (exitLevel - p0) * s;
      futures = f0 + (exitLevel - f0) * s;
    }
    rows.push({ day: d, cash, futures, spread: futures - cash, pnl: trade(cash, futures, d) });
  }
  const exit = rows[n].pnl;
  const night = trade(p0, f0, 1).repoInterest;
  const converged = trade(exitLevel, exitLevel, n);
  const loan = (1 - LEDGER.haircut) * p0;
  return {
    scenario,
    exitLevel,
    days: rows,
    exit,
    loan,
    nightlyInterest: night,
    nightsCovered: converged.beforeFinancing / night,
    breakevenRate: breakevenRepoRate({ cashPrice: p0, futuresPrice: f0, days: n, haircut: LEDGER.haircut }),
    basisEntry: p0 - f0,
    basisExit: exitCash - exitFutures,
  };
}
