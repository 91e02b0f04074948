/**
 * The article's worked examples as named scenarios, reused by the chapters'
 * figures and by the tests. Numbers only: the words live in the chapters.
 */
import type { MarginSpec } from '../margin';

/**
 * Milk-tea futures (chapter 2): one contract on one cup priced 100 dollars, a
 * typical swing of ±10, initial margin 10 and maintenance margin 8 (the
 * 4,000/3,200 ratio of CME's FAQ example). `contractFace` 100 makes one
 * point of price worth one dollar. The reader is long and the price first
 * rises, then falls through the maintenance level on day 5.
 */
export const MILK_TEA = {
  spec: {
    contracts: 1,
    openPrice: 100,
    initialMargin: 10,
    maintenanceMargin: 8,
    contractFace: 100,
  } satisfies MarginSpec,
  /** Typical daily range around the opening price, points. */
  typicalSwing: 10,
  /** Settlement prices for days 1…6. */
  prices: [103, 105, 101, 98, 94, 96] as readonly number[],
  /** The day the margin call arrives on this path. */
  callDay: 5,
} as const;

/**
 * The toy basis trade (chapter 3): conversion factor 1, no coupon, no
 * accrued interest, one unit = 100 of face. Inputs for `toyTrade`.
 */
export const TOY_OPEN = {
  /** Buy the cash bond at 100 and sell futures at 100.01: a 0.01 gain on paper. */
  buyCash: 100,
  sellFutures: 100.01,
  exitCash: 100,
  exitFutures: 100.01,
} as const;

/** Both legs converge at 120: +20 on cash, −19.99 on futures, +0.01 in all (financing ignored). */
export const TOY_CONVERGE = { ...TOY_OPEN, exitCash: 120, exitFutures: 120 } as const;

/**
 * A forced sale into selling pressure: the cash bond fetches only 119.99
 * while futures are bought back at 120, so nothing is left before
 * financing, and ten nights of repo turn it into a loss. The repo rate,
 * 0.25% a year, is the level of late March 2020 after the Fed's cuts (SOFR
 * 0.26% on 16 March, then near zero): low enough that a converging exit
 * still keeps part of the 0.01, as the article tells it, while the forced
 * sale loses the interest.
 */
export const TOY_FORCED_SALE = { ...TOY_OPEN, exitCash: 119.99, exitFutures: 120, repoRate: 0.0025, days: 10 } as const;

/** Repetition counts the article names when the trade is repeated, and the 2% tri-party haircut (50×). */
export const TOY_REPETITIONS = [1, 50, 100, 10_000] as const;
export const TOY_HAIRCUT = 0.02;

/**
 * The 17 Sep 2019 repo spike: SOFR fixings (decimal per year) for the
 * business days around it, from FRED's SOFR series in shared/data/sofr.
 */
export const SOFR_SPIKE_2019 = {
  dates: ['2019-09-12', '2019-09-13', '2019-09-16', '2019-09-17', '2019-09-18', '2019-09-19', '2019-09-20', '2019-09-23', '2019-09-24', '2019-09-25'] as readonly string[],
  rates: [0.022, 0.022, 0.0243, 0.0525, 0.0255, 0.0195, 0.0186, 0.0185, 0.0196, 0.0201] as readonly number[],
};
