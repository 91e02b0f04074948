/**
 * Chapter 2's milk-tea margin account told day by day (MILK_TEA on
 * `simulateMarginAccount`), with the split the figure draws: how much of
 * the balance is the opening deposit and how much was paid in later, and
 * on a day with a call not yet answered, the balance after variation
 * margin with the call still owed.
 */
import { simulateMarginAccount, type MarginDay } from '../margin';
import { integer, oneOf } from '../validate';
import { MILK_TEA } from './toy';

/** The owner's answer to the margin call: not shown yet, pay it in, or close the position. */
export const MILK_TEA_ANSWERS = ['pending', 'top-up', 'close'] as const;
export type MilkTeaAnswer = (typeof MILK_TEA_ANSWERS)[number];

export interface MilkTeaAccount {
  rows: MarginDay[];
  /** Per day: balance from the opening deposit and the day's results, dollars. */
  ownBalance: number[];
  /** Per day: the part of the balance that was paid in after a call, dollars. */
  paidIn: number[];
  /** Per day: the balance shown, ownBalance + paidIn, dollars. */
  balance: number[];
  /** Per day: a call owed and not yet answered (only on `day` while the answer is pending), dollars. */
  owed: number[];
  /** First day of a closed position (answer 'close', on or before `day`), else null. */
  closedFrom: number | null;
}

/** The account as the reader sees it on `day`, given the owner's answer. */
export function milkTeaAccount(answer: MilkTeaAnswer, day: number): MilkTeaAccount {
  oneOf('answer', answer, MILK_TEA_ANSWERS);
  integer('day', day, 0, MILK_TEA.prices.length);
  const rows = simulateMarginAccount({ spec: MILK_TEA.spec, prices: MILK_TEA.prices, policy: answer === 'close' ? 'close' : 'top-up' });
  let firstClose: number | null = null;
  const ownBalance: number[] = [];
  const paidIn: number[] = [];
  const owed: number[] = [];
  rows.forEach((row, d) => {
    if (firstClose === null && row.action === 'close') firstClose = d;
    const undecided = answer === 'pending' && row.call > 0 && d === day;
    // Money paid in stays in the account first; losses beyond it eat the opening deposit.
    const fromPaidIn = Math.min(row.cumulativePaidIn, Math.max(0, row.account.balance));
    ownBalance.push(undecided ? row.balanceAfterVm : row.account.balance - fromPaidIn);
    paidIn.push(undecided ? 0 : fromPaidIn);
    owed.push(undecided ? row.call : 0);
  });
  const balance = ownBalance.map((b, d) => b + paidIn[d]);
  return { rows, ownBalance, paidIn, balance, owed, closedFrom: firstClose !== null && answer === 'close' && day >= firstClose ? firstClose : null };
}
