/**
 * Chapter 4's basis position on a given day, after the fund's answer to its
 * first margin call (DOMAIN §3.1, §4(a) step 2): not answered yet, pay the
 * call from free cash, or cut both legs until the balance covers the
 * maintenance margin. Everything the basis-risk figure and its text
 * alternative show, computed from `runBasisRisk` and `reduceOnCall`.
 */
import { inRange, integer, oneOf } from '../validate';
import { BASIS_RISK, reduceOnCall, type BasisRiskPath, type ReduceAnswer } from './risk';

export const MARGIN_CALL_ANSWERS = ['pending', 'top-up', 'reduce'] as const;
export type MarginCallAnswer = (typeof MARGIN_CALL_ANSWERS)[number];

export interface MarginCallView {
  /** Day shown: the requested day, or the call day when the answer is to reduce (the figure stops there). */
  day: number;
  /** Futures account balance after variation margin, before any call, per day, dollars. */
  balances: number[];
  /** Call still to be answered, per day (only on the day shown while pending or cutting), dollars. */
  calls: number[];
  /** Cash paid into the margin account to answer a call, per day, dollars. */
  paidIn: number[];
  /** Free cash per day as drawn (a pending call not yet paid; the cash a cut frees), dollars. */
  freeCash: number[];
  /** Calls paid in up to the day shown, dollars. */
  paidSoFar: number;
  /** The cut, when the answer is to reduce. */
  reduce: ReduceAnswer | null;
  contractsKept: number;
  /** Maintenance and initial margin on the contracts kept, dollars. */
  maintenanceLevel: number;
  initialLevel: number;
  /** Yield change from the opening day to the day shown, basis points. */
  yieldChangeBp: number;
  /** Price paths rebased to 100 on the opening day, per day (the two legs differ by the conversion factor). */
  cashIndex: number[];
  futuresIndex: number[];
  /** Prices on the day shown rebased to 100 on the opening day, and their change in percent. */
  cashRebased: number;
  futuresRebased: number;
  cashChangePct: number;
  futuresChangePct: number;
}

/** The position on `day` (0 = opening) given the daily yield changes that drove `path`. */
export function answerMarginCall(path: BasisRiskPath, yieldChangesBp: readonly number[], day: number, answer: MarginCallAnswer): MarginCallView {
  integer('day', day, 0, path.days.length - 1);
  oneOf('answer', answer, MARGIN_CALL_ANSWERS);
  const callDay = path.firstCallDay;
  const reducing = answer === 'reduce' && callDay !== null && day >= callDay;
  const shown = reducing && callDay !== null ? callDay : day;
  const balances: number[] = [];
  const calls: number[] = [];
  const paidIn: number[] = [];
  const freeCash: number[] = [];
  path.days.forEach((r, d) => {
    const pendingToday = d === shown && r.marginCall > 0 && (answer === 'pending' || reducing);
    balances.push(r.balanceBeforeCall);
    calls.push(pendingToday ? r.marginCall : 0);
    paidIn.push(pendingToday ? 0 : r.marginCall);
    freeCash.push(pendingToday ? r.freeCash + r.marginCall : r.freeCash);
  });
  let reduce: ReduceAnswer | null = null;
  if (reducing && callDay !== null) {
    const row = path.path.rows[callDay];
    reduce = reduceOnCall({
      balance: path.days[callDay].balanceBeforeCall,
      contracts: path.contracts,
      maintenanceMargin: path.maintenanceMargin,
      face: BASIS_RISK.face,
      bondValue: row.bondValue,
      repoLoan: row.repoLoan,
    });
    // Cutting instead of paying: no call is paid, and the sale frees cash.
    freeCash[callDay] += reduce.cashFreed;
    calls[callDay] = 0;
  }
  let paidSoFar = 0;
  for (let d = 0; d <= shown; d++) paidSoFar += paidIn[d];
  let yieldChangeBp = 0;
  for (let d = 0; d < shown; d++) yieldChangeBp += inRange(`yieldChangesBp[${d}]`, yieldChangesBp[d], -1000, 1000);
  const kept = reduce ? reduce.contractsKept : path.contracts;
  const first = path.days[0];
  const r = path.days[shown];
  return {
    day: shown,
    balances,
    calls,
    paidIn,
    freeCash,
    paidSoFar,
    reduce,
    contractsKept: kept,
    maintenanceLevel: path.maintenanceMargin * kept,
    initialLevel: path.initialMargin * kept,
    yieldChangeBp,
    cashIndex: path.days.map((d) => (d.cashPrice / first.cashPrice) * 100),
    futuresIndex: path.days.map((d) => (d.futuresPrice / first.futuresPrice) * 100),
    cashRebased: (r.cashPrice / first.cashPrice) * 100,
    futuresRebased: (r.futuresPrice / first.futuresPrice) * 100,
    cashChangePct: (r.cashPrice / first.cashPrice - 1) * 100,
    futuresChangePct: (r.futuresPrice / first.futuresPrice - 1) * 100,
  };
}

/** Daily changes of a yield series given in percent, in basis points (rounded to 1e-6 bp so data noise does not show). */
export function yieldChangesBp(yieldsPct: readonly number[]): number[] {
  return yieldsPct.slice(1).map((v, i) => Math.round((v - yieldsPct[i]) * 100 * 1e6) / 1e6);
}
