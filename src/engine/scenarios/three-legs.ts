/**
 * Chapter 3's toy trade built one leg at a time: the fund's balance sheet
 * after the futures leg, the cash leg and the repo leg (DOMAIN §2.11), on
 * the article's 100 of face. Used by the three-legs figure and any chapter
 * that quotes the toy trade's capital, leverage or return on capital.
 */
import { openBasisPosition } from '../basisPosition';
import { repoInterest } from '../repo';
import { toyTrade } from '../toyTrade';
import { inRange, integer } from '../validate';
import { TOY_FORCED_SALE, TOY_OPEN } from './toy';

/** Face of the toy trade: one unit of 100 dollars, as in the article. */
export const TOY_FACE = 100;
/**
 * Futures initial margin of the toy trade, dollars for the one toy contract
 * on 100 of face: 1% of the contract's value, an illustrative level in the
 * range CME sets for Treasury note futures (a few hundred to a few thousand
 * dollars per $100,000 contract).
 */
export const TOY_INITIAL_MARGIN = 1;

export interface ToySheet {
  /** Bond held at its price, dollars (0 before the cash leg). */
  bondValue: number;
  /** Repo loan, dollars (0 before the repo leg). */
  repoLoan: number;
  /** Equity tied up in the bond: the haircut, or the whole price without repo, dollars. */
  bondEquity: number;
  /** Equity posted as futures initial margin, dollars. */
  marginEquity: number;
  /** bondEquity + marginEquity: the capital the trade ties up, dollars. */
  equity: number;
  /** bondValue + margin deposit, dollars. */
  assets: number;
  /** assets / equity (0 before any leg). */
  leverage: number;
}

/** The balance sheet after `legs` legs (0 none, 1 short futures, 2 + long cash paid in full, 3 + repo at `haircut`). */
export function toyBalanceSheet(legs: number, haircut: number): ToySheet {
  integer('legs', legs, 0, 3);
  inRange('haircut', haircut, 0, 1);
  if (legs < 2) {
    // Only the futures leg: the margin deposit is the fund's one asset, all its own money.
    const margin = legs >= 1 ? TOY_INITIAL_MARGIN : 0;
    return { bondValue: 0, repoLoan: 0, bondEquity: 0, marginEquity: margin, equity: margin, assets: margin, leverage: margin > 0 ? 1 : 0 };
  }
  // Without the repo leg the fund pays the whole price itself: a haircut of 100%.
  const bs = openBasisPosition({ face: TOY_FACE, price: TOY_OPEN.buyCash, haircut: legs >= 3 ? haircut : 1, initialMargin: TOY_INITIAL_MARGIN, contracts: 1 });
  return {
    bondValue: bs.bondValue,
    repoLoan: bs.repoLoan,
    bondEquity: bs.haircutEquity,
    marginEquity: bs.marginEquity,
    equity: bs.equity,
    assets: bs.bondValue + bs.marginEquity + bs.cash,
    leverage: bs.leverage,
  };
}

export interface ToyThreeLegs {
  sheet: ToySheet;
  /** The sheet with all three legs at this haircut. */
  withRepo: ToySheet;
  repoRate: number;
  /** One night's repo interest on the loan, dollars (act/360). */
  repoInterestNight: number;
  /** The night's interest rounded to 1/100,000 dollar, as shown, and the buy-back price it makes (loan + shown interest). */
  repoInterestShown: number;
  repurchase: number;
  /** 1/haircut: the repo multiple (null at a zero haircut: unlimited). */
  repoLeverage: number | null;
  /** Futures − cash on the toy face, dollars: the paper gain the three legs lock in. */
  paperGain: number;
  /** Paper gain over the capital tied up (all three legs), a fraction (before repo interest). */
  returnOnCapital: number;
  /** Assets when the cash is bought outright (the largest sheet the figure draws), dollars. */
  largestAssets: number;
}

/** Everything the three-legs figure and chapter quote about the toy trade at a haircut. */
export function toyThreeLegs(legs: number, haircut: number): ToyThreeLegs {
  const sheet = toyBalanceSheet(legs, haircut);
  const withRepo = toyBalanceSheet(3, haircut);
  const repoRate = TOY_FORCED_SALE.repoRate;
  const night = repoInterest(withRepo.repoLoan, repoRate, 1);
  const shown = Number(night.toFixed(5));
  const toy = toyTrade({ ...TOY_OPEN, haircut, face: TOY_FACE });
  return {
    sheet,
    withRepo,
    repoRate,
    repoInterestNight: night,
    repoInterestShown: shown,
    repurchase: withRepo.repoLoan + shown,
    repoLeverage: toy.leverage,
    paperGain: toy.paperGain,
    returnOnCapital: toy.paperGain / withRepo.equity,
    largestAssets: toyBalanceSheet(2, 0).assets,
  };
}
