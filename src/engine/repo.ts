/**
 * Repo financing cost (DOMAIN §3.3): overnight repo rolled daily, simple
 * interest on actual days over `dayBase` (360 for US Treasuries), and the
 * breakeven repo rate at which a basis trade's profit is exactly zero.
 */
import { inRange, nonNegative, positive } from './validate';
import { increasingDays } from './dates';

/**
 * Simple repo interest, dollars: principal × rate × days / dayBase.
 * @param principal cash borrowed, dollars
 * @param rate decimal per year
 * @param days calendar days
 */
export function repoInterest(principal: number, rate: number, days: number, dayBase = 360): number {
  nonNegative('principal', principal);
  inRange('rate', rate, -0.1, 1);
  nonNegative('days', days);
  inRange('dayBase', dayBase, 360, 366);
  return (principal * rate * days) / dayBase;
}

export interface RatePathInput {
  /** Amount borrowed and rolled every night, dollars. */
  principal: number;
  /** Fixing dates, strictly increasing; the loan runs from the first to the last. */
  dates: readonly string[];
  /** Rate of the loan starting on each date but the last, decimal per year (length dates.length − 1, or dates.length with the last ignored). */
  rates: readonly number[];
  dayBase?: number;
}

export interface FinancingNight {
  /** The date the loan is (re)struck. */
  date: string;
  rate: number;
  /** Calendar days until the next fixing (3 over a weekend). */
  days: number;
  /** Interest for this roll, dollars. */
  interest: number;
  /** Interest paid so far, dollars. */
  cumulativeInterest: number;
}

/** Interest of an overnight loan rolled at each day's rate. */
export function financeAtRatePath(input: RatePathInput): { nights: FinancingNight[]; totalInterest: number; averageRate: number } {
  const principal = nonNegative('principal', input.principal);
  const days = increasingDays('dates', input.dates);
  if (days.length < 2) throw new RangeError('dates must hold at least 2 dates');
  const base = inRange('dayBase', input.dayBase ?? 360, 360, 366);
  if (!Array.isArray(input.rates) || (input.rates.length !== days.length - 1 && input.rates.length !== days.length)) {
    throw new RangeError(`rates must have ${days.length - 1} or ${days.length} entries (one per date)`);
  }
  const nights: FinancingNight[] = [];
  let total = 0;
  for (let i = 0; i < days.length - 1; i++) {
    const rate = inRange(`rates[${i}]`, input.rates[i], -0.1, 1);
    const d = days[i + 1] - days[i];
    const interest = (principal * rate * d) / base;
    total += interest;
    nights.push({ date: input.dates[i], rate, days: d, interest, cumulativeInterest: total });
  }
  const span = days[days.length - 1] - days[0];
  return { nights, totalInterest: total, averageRate: principal > 0 ? (total * base) / (principal * span) : 0 };
}

export interface CarryTradeInput {
  /** Clean cash price per 100. */
  cashPrice: number;
  /** Futures price per 100. */
  futuresPrice: number;
  /** Default 1 (the article's toy). */
  conversionFactor?: number;
  /** Days the trade is held to convergence. */
  days: number;
  /** Repo haircut in [0, 1) (default 0: the whole price is financed). */
  haircut?: number;
  /** Face value, dollars (default 100). */
  face?: number;
  /** Coupon income per 100 face over the period (default 0). */
  couponIncome?: number;
  dayBase?: number;
}

export interface CarryTradeProfit {
  /** (CF × F − P + coupon income) × face/100, dollars. */
  grossGain: number;
  /** Repo loan (1 − h) × P × face/100, dollars. */
  financed: number;
  /** Repo interest over the period, dollars. */
  interest: number;
  /** grossGain − interest, dollars. */
  profit: number;
}

function carryTradeParts(input: CarryTradeInput) {
  const p = positive('cashPrice', input.cashPrice);
  const f = positive('futuresPrice', input.futuresPrice);
  const cf = inRange('conversionFactor', input.conversionFactor ?? 1, 1e-6, 10);
  const days = positive('days', input.days);
  const h = inRange('haircut', input.haircut ?? 0, 0, 0.999999);
  const face = positive('face', input.face ?? 100);
  const coupon = nonNegative('couponIncome', input.couponIncome ?? 0);
  const base = inRange('dayBase', input.dayBase ?? 360, 360, 366);
  return { grossGain: ((cf * f - p + coupon) * face) / 100, financed: ((1 - h) * p * face) / 100, days, base };
}

/** Profit of buying cash, selling futures and holding to convergence at a given repo rate. */
export function carryTradeProfit(input: CarryTradeInput & { repoRate: number }): CarryTradeProfit {
  const { grossGain, financed, days, base } = carryTradeParts(input);
  const interest = (financed * inRange('repoRate', input.repoRate, -0.1, 1) * days) / base;
  return { grossGain, financed, interest, profit: grossGain - interest };
}

/**
 * The repo rate at which `carryTradeProfit` is zero, decimal per year. With
 * no haircut and no coupon it equals the implied repo rate.
 */
export function breakevenRepoRate(input: CarryTradeInput): number {
  const { grossGain, financed, days, base } = carryTradeParts(input);
  return (grossGain * base) / (financed * days);
}
