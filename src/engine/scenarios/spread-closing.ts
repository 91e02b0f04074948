/**
 * "Operation one" repeated (chapter 6): the article's toy trade (buy cash
 * at 100, sell futures at 100.01, CF 1, no coupon) done again and again.
 * Each repetition buys 100 of face and sells as many futures; its own
 * buying lifts the cash price and its selling presses the futures price,
 * so the gap each repetition locks in shrinks until it is gone.
 *
 * Stand-ins, chosen to tell the story, not calibrated:
 * - price impact: 0.000003 points per repetition on each leg, so the gap
 *   closes after about 1,667 repetitions, inside the article's 10,000;
 * - futures initial margin: chapter 3's TOY_INITIAL_MARGIN (1 dollar per toy
 *   contract on 100 of face, 1% of its value), and its TOY_FACE;
 * - repo haircut: the 2% tri-party convention (TOY_HAIRCUT).
 * The balance sheet is the engine's `openBasisPosition` on all the bonds
 * bought (at the prices actually paid) and all the contracts sold.
 */
import { openBasisPosition } from '../basisPosition';
import { repeatToyTrade } from '../toyTrade';
import { inRange, integer } from '../validate';
import { TOY_FACE, TOY_INITIAL_MARGIN } from './three-legs';
import { TOY_HAIRCUT, TOY_OPEN, TOY_REPETITIONS } from './toy';

export const SPREAD_CLOSING = {
  /** Entry prices of the first repetition, per 100: the article's 100 and 100.01. */
  cashPrice: TOY_OPEN.buyCash,
  futuresPrice: TOY_OPEN.sellFutures,
  /** Face bought (and futures sold) per repetition, dollars: one toy unit. */
  faceEach: TOY_FACE,
  /** Cash price rise per repetition (the fund's buying), points. Stylised. */
  cashImpact: 0.000003,
  /** Futures price fall per repetition (the fund's selling), points. Stylised. */
  futuresImpact: 0.000003,
  initialMargin: TOY_INITIAL_MARGIN,
  haircut: TOY_HAIRCUT,
  /** The largest repetition count the figure shows: the article's 10,000. */
  maxRepetitions: TOY_REPETITIONS[TOY_REPETITIONS.length - 1],
} as const;

export interface SpreadClosingInput {
  /** Repetitions asked for (1 … maxRepetitions). Fewer are done once the gap has closed. */
  repetitions: number;
  /** Repo haircut in [0, 1] (default 2%). It changes the money needed, not the prices. */
  haircut?: number;
}

export interface SpreadClosingResult {
  requested: number;
  /** Repetitions actually done: a repetition that would lock in a non-positive gap is not done. */
  done: number;
  /** True when the gap closed before the requested count. */
  stopped: boolean;
  /** How many repetitions have a positive gap before it closes (within maxRepetitions), or null if it stays open. */
  closesAfter: number | null;
  /** Futures − cash locked in by the first and by the last repetition done, per 100. */
  firstSpread: number;
  lastSpread: number;
  /** Prices after the last repetition, per 100, and their gap (futures − cash): what one more would lock in. */
  cashPrice: number;
  futuresPrice: number;
  gap: number;
  /** Face held long in cash and short in futures, dollars. */
  face: number;
  /** Bonds at the prices paid, dollars (the assets apart from the margin). */
  bondValue: number;
  repoLoan: number;
  /** Own money in the haircut, dollars. */
  haircutEquity: number;
  /** Own money posted as futures initial margin, dollars. */
  marginEquity: number;
  /** haircutEquity + marginEquity, dollars. */
  equity: number;
  /** bondValue + marginEquity, dollars: what the fund would need without repo. */
  assets: number;
  /** The repo multiple 1 / haircut (null at a zero haircut: no limit from repo). */
  repoMultiple: number | null;
  /** assets / equity: the multiple with the futures margin counted as own money. */
  assetsToEquity: number;
  /** Sum of the gaps locked in, dollars: paid at convergence, before repo interest. */
  paperProfit: number;
  /** Prices each repetition traded at, per 100, along the whole run to maxRepetitions (or to the close). */
  path: { cash: Float64Array; futures: Float64Array };
}

function run(repetitions: number) {
  const s = SPREAD_CLOSING;
  return repeatToyTrade({
    repetitions,
    cashPrice: s.cashPrice,
    futuresPrice: s.futuresPrice,
    cashImpact: s.cashImpact,
    futuresImpact: s.futuresImpact,
    faceEach: s.faceEach,
  });
}

/** Operation one repeated `repetitions` times with the scenario's impact, and the fund's balance sheet after it. */
export function spreadClosing(input: SpreadClosingInput): SpreadClosingResult {
  const s = SPREAD_CLOSING;
  const requested = integer('repetitions', input.repetitions, 1, s.maxRepetitions);
  const haircut = inRange('haircut', input.haircut ?? s.haircut, 0, 1);
  const r = run(requested);
  const full = run(s.maxRepetitions);
  const face = r.done * s.faceEach;
  const sheet = openBasisPosition({
    face,
    price: (r.paid * 100) / face,
    haircut,
    initialMargin: s.initialMargin,
    contracts: r.done,
  });
  return {
    requested,
    done: r.done,
    stopped: r.closed,
    closesAfter: full.closed ? full.done : null,
    firstSpread: r.spread[0],
    lastSpread: r.spread[r.done - 1],
    cashPrice: r.finalCashPrice,
    futuresPrice: r.finalFuturesPrice,
    gap: r.finalFuturesPrice - r.finalCashPrice,
    face,
    bondValue: sheet.bondValue,
    repoLoan: sheet.repoLoan,
    haircutEquity: sheet.haircutEquity,
    marginEquity: sheet.marginEquity,
    equity: sheet.equity,
    assets: sheet.bondValue + sheet.marginEquity,
    repoMultiple: haircut > 0 ? 1 / haircut : null,
    assetsToEquity: sheet.leverage,
    paperProfit: r.cumulativeProfit[r.done - 1],
    path: { cash: full.cashPaid, futures: full.futuresSold },
  };
}
