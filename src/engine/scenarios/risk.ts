/**
 * Scenarios of chapter 4 (the two risks of a basis position), built on the
 * basis-position model (DOMAIN §4(b)) and the net-basis / implied-repo
 * arithmetic (DOMAIN §2.6–2.7). Numbers only: the words live in the chapter.
 *
 * Every parameter below is a documented stand-in chosen to tell the story,
 * not a calibration to one fund's book:
 * - a $100m (face) long position in a 2¼% note maturing 15 Feb 2027,
 *   hedged with 10-year note futures (TY) for June 2020 delivery;
 * - clean price 107, modified duration 6.5 (cash price moves by
 *   −P × D × Δy, no convexity), starting gross basis 0.30 points that
 *   shrinks linearly to 0 at delivery on 30 Jun 2020;
 * - repo haircut 2% (tri-party convention), term repo (not re-margined, so
 *   the bond's gain stays on paper), futures initial margin 1.5% of the
 *   contract's value at opening, maintenance 80% of initial, $2m free cash;
 * - the widening variant adds to the futures price an extra rise (points)
 *   that grows through the window: futures outrun the cash bond.
 * The daily yield changes are an input: the figure passes the 10-year
 * Treasury yield (FRED DGS10) of late February – early March 2020.
 */
import { impliedRepoRate, netBasis } from '../basis';
import { convergingFuturesPrices, simulateBasisPosition, type BasisPath } from '../basisPosition';
import type { Bond } from '../bond';
import { conversionFactor } from '../conversionFactor';
import { daysBetween } from '../dates';
import { finite, inRange, integer, nonNegative } from '../validate';

export const BASIS_RISK = {
  bond: { coupon: 0.0225, maturity: '2027-02-15' } as Bond,
  contract: 'TY' as const,
  deliveryMonth: '2020-06',
  delivery: '2020-06-30',
  face: 100_000_000,
  contractFace: 100_000,
  price: 107,
  modifiedDuration: 6.5,
  startGrossBasis: 0.3,
  haircut: 0.02,
  /** Futures initial margin as a fraction of one contract's value at opening. */
  marginRate: 0.015,
  /** Maintenance margin over initial margin (CME FAQ example 3,200/4,000). */
  maintenanceRatio: 0.8,
  cash: 2_000_000,
  /** Daily yield changes of the calm path, basis points (stylised: small moves both ways). */
  calmChangesBp: [2, -3, 1, -2, 3, -1] as readonly number[],
  /** Extra futures rise of the widening variant, points, per day after opening (stylised). */
  wideningPoints: [0, 0.05, 0.15, 0.3, 0.5, 0.75] as readonly number[],
} as const;

export interface BasisRiskInput {
  /** Opening date then one date per daily change (strictly increasing, before delivery). */
  dates: readonly string[];
  /** Change of the bond's yield each day, basis points (length dates.length − 1). */
  yieldChangesBp: readonly number[];
  /** Futures outrun the cash bond (basis widening). Default false. */
  widening?: boolean;
}

export interface BasisRiskDay {
  date: string;
  cashPrice: number;
  futuresPrice: number;
  /** Variation margin paid (+) or received (−) that day, dollars. */
  cashPaid: number;
  /** Variation margin paid so far, net, dollars. */
  cumulativeCashPaid: number;
  /** The bond's unrealised gain on its clean price since opening, dollars. */
  paperGain: number;
  /** Futures account balance after variation margin, before any call, dollars. */
  balanceBeforeCall: number;
  /** Call paid in to restore the initial margin, dollars. */
  marginCall: number;
  /** Free cash after the day's flows (negative: cash the fund must find), dollars. */
  freeCash: number;
}

export interface BasisRiskPath {
  contracts: number;
  conversionFactor: number;
  initialMargin: number;
  maintenanceMargin: number;
  openingCash: number;
  days: BasisRiskDay[];
  /** Index of the first day with a margin call, or null. */
  firstCallDay: number | null;
  /** Model output through delivery (the last row is delivery at convergence). */
  path: BasisPath;
}

/**
 * Run the chapter-4 basis position through a window of daily yield
 * changes (then, quietly, to delivery) and return the window's days.
 */
export function runBasisRisk(input: BasisRiskInput): BasisRiskPath {
  const p = BASIS_RISK;
  const n = input.dates.length;
  integer('dates.length', n, 2, 60);
  if (!Array.isArray(input.yieldChangesBp) || input.yieldChangesBp.length !== n - 1) {
    throw new RangeError(`yieldChangesBp must have ${n - 1} entries (one per date after the first)`);
  }
  const cf = conversionFactor(p.bond, p.contract, p.deliveryMonth);
  const cash: number[] = [p.price];
  input.yieldChangesBp.forEach((bp, i) => {
    inRange(`yieldChangesBp[${i}]`, bp, -200, 200);
    cash.push(cash[i] * (1 - (p.modifiedDuration * bp) / 10_000));
  });
  const dates = [...input.dates, p.delivery];
  const dayNumbers = dates.map((d) => daysBetween(dates[0], d));
  const futures = convergingFuturesPrices({ cashPrices: [...cash, cash[n - 1]], days: dayNumbers, conversionFactor: cf, startGrossBasis: p.startGrossBasis });
  if (input.widening) {
    for (let i = 1; i < n; i++) futures[i] += p.wideningPoints[Math.min(i - 1, p.wideningPoints.length - 1)];
  }
  const initialMargin = p.marginRate * futures[0] * (p.contractFace / 100);
  const path = simulateBasisPosition({
    bond: p.bond,
    face: p.face,
    conversionFactor: cf,
    contractFace: p.contractFace,
    dates,
    cashPrices: [...cash, cash[n - 1]],
    futuresPrices: futures,
    repoRate: 0.015,
    haircut: p.haircut,
    initialMargin,
    maintenanceMargin: p.maintenanceRatio * initialMargin,
    cash: p.cash,
    remargin: false,
  });
  let cumulative = 0;
  let firstCallDay: number | null = null;
  const days: BasisRiskDay[] = path.rows.slice(0, n).map((row, i) => {
    cumulative -= row.variationMargin;
    if (firstCallDay === null && row.marginCall > 0) firstCallDay = i;
    return {
      date: row.date,
      cashPrice: row.cashPrice,
      futuresPrice: row.futuresPrice,
      cashPaid: -row.variationMargin,
      cumulativeCashPaid: cumulative,
      paperGain: ((row.cashPrice - cash[0]) * p.face) / 100,
      balanceBeforeCall: row.marginBalance - row.marginCall + row.marginWithdrawn,
      marginCall: row.marginCall,
      freeCash: row.cash,
    };
  });
  return {
    contracts: path.contracts,
    conversionFactor: cf,
    initialMargin,
    maintenanceMargin: p.maintenanceRatio * initialMargin,
    openingCash: p.cash,
    days,
    firstCallDay,
    path,
  };
}

export interface ReduceAnswer {
  /** Share of both legs cut, in [0, 1]. */
  cutShare: number;
  /** Contracts kept. */
  contractsKept: number;
  /** Face value of bonds sold, dollars. */
  faceSold: number;
  /** Cash the bond sale frees after repaying its share of the repo loan, dollars. */
  cashFreed: number;
}

/**
 * The other answer to a margin call (DOMAIN §4(a) step 2): instead of
 * paying, cut both legs in the same ratio until the futures balance is back
 * at the maintenance level for the contracts kept.
 */
export function reduceOnCall(input: {
  balance: number;
  contracts: number;
  maintenanceMargin: number;
  face: number;
  bondValue: number;
  repoLoan: number;
}): ReduceAnswer {
  const balance = finite('balance', input.balance);
  const contracts = nonNegative('contracts', input.contracts);
  const mm = nonNegative('maintenanceMargin', input.maintenanceMargin);
  const face = nonNegative('face', input.face);
  const kept = mm > 0 ? Math.min(contracts, Math.max(0, balance) / mm) : contracts;
  const cutShare = contracts > 0 ? 1 - kept / contracts : 0;
  return {
    cutShare,
    contractsKept: kept,
    faceSold: cutShare * face,
    cashFreed: cutShare * (nonNegative('bondValue', input.bondValue) - nonNegative('repoLoan', input.repoLoan)),
  };
}

/**
 * The repo-rate risk (chapter 4): a $100m (face) position in a 2⅝% note
 * maturing 15 Feb 2026, bought at 103.5 on 16 Sep 2019 and delivered into
 * December 2019 10-year note futures sold at 124.5 (stylised prices), held
 * to 31 Dec 2019. The profit at delivery is minus the net basis; it falls
 * linearly with the repo rate and is zero at the implied repo rate.
 */
export const REPO_CARRY = {
  bond: { coupon: 0.02625, maturity: '2026-02-15' } as Bond,
  contract: 'TY' as const,
  deliveryMonth: '2019-12',
  settle: '2019-09-16',
  delivery: '2019-12-31',
  price: 103.5,
  futuresPrice: 124.5,
  face: 100_000_000,
} as const;

export interface RepoCarryPoint {
  /** Repo rate, decimal per year. */
  repoRate: number;
  /** Profit at delivery per 100 face (= −net basis). */
  profitPer100: number;
  /** Profit at delivery for the whole position, dollars. */
  profit: number;
}

export interface RepoCarryModel {
  conversionFactor: number;
  days: number;
  /** Implied repo rate = breakeven repo rate, decimal per year. */
  breakeven: number;
  at: RepoCarryPoint;
}

/** Profit of the REPO_CARRY position held to delivery at repo rate `repoRate`. */
export function repoCarryAt(repoRate: number): RepoCarryModel {
  const s = REPO_CARRY;
  const cf = conversionFactor(s.bond, s.contract, s.deliveryMonth);
  const period = { bond: s.bond, price: s.price, settle: s.settle, delivery: s.delivery, futuresPrice: s.futuresPrice, conversionFactor: cf };
  const nb = netBasis({ ...period, repoRate });
  return {
    conversionFactor: cf,
    days: daysBetween(s.settle, s.delivery),
    breakeven: impliedRepoRate(period),
    at: { repoRate, profitPer100: -nb, profit: (-nb * s.face) / 100 },
  };
}
