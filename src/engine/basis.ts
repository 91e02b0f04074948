/**
 * Cash–futures basis arithmetic per 100 face (DOMAIN §2.3–2.7): invoice
 * price, gross basis, carry, net basis, implied repo rate and the
 * theoretical futures price. Repo and implied repo are simple interest on
 * `dayBase` (360 for US Treasuries).
 */
import { inRange, positive } from './validate';
import { accruedOnDay, couponCalendar, couponDate, type Bond } from './bond';
import { toDayNumber } from './dates';

/** Inputs shared by carry, net basis and implied repo. */
export interface HoldingPeriod {
  bond: Bond;
  /** Clean cash price per 100 face at settlement. */
  price: number;
  /** Cash settlement date (start of the holding period). */
  settle: string;
  /** Delivery date (end of the holding period); after `settle`. */
  delivery: string;
  /** Day-count base for money-market interest (360 US, 365 gilts). */
  dayBase?: number;
}

/** The cash flows of holding the bond from `settle` to `delivery`, per 100 face. */
export interface HoldingFlows {
  /** Calendar days from settle to delivery. */
  days: number;
  accruedStart: number;
  accruedEnd: number;
  /** Dirty price paid at settle: price + accruedStart. */
  dirtyPrice: number;
  /** Coupons paid in (settle, delivery]: amount per 100 face and days from payment to delivery. */
  coupons: { date: string; amount: number; daysToDelivery: number }[];
}

/** HoldingFlows as numbers: coupon k of `couponPeriods` is paid `couponDaysToDelivery[k]` days before delivery. */
interface HoldingNumbers {
  days: number;
  accruedStart: number;
  accruedEnd: number;
  dirtyPrice: number;
  /** Coupon per 100 face, 100 × c/2. */
  amount: number;
  /** Half-years before maturity of each coupon paid in (settle, delivery], earliest first. */
  couponPeriods: number[];
  couponDaysToDelivery: number[];
}

/** Validate a holding period and work out its accruals and coupons on day numbers (no date strings). */
function holdingNumbers(input: HoldingPeriod): HoldingNumbers {
  const cal = couponCalendar(input.bond);
  positive('price', input.price);
  const start = toDayNumber(input.settle, 'settle');
  const end = toDayNumber(input.delivery, 'delivery');
  if (end <= start) throw new RangeError(`delivery must be after settle = ${input.settle} (got ${input.delivery})`);
  if (end >= cal.maturityDay) {
    throw new RangeError(`delivery must be before bond.maturity = ${input.bond.maturity} (got ${input.delivery})`);
  }
  const coupon = input.bond.coupon;
  const accruedStart = accruedOnDay(coupon, cal, start);
  const accruedEnd = accruedOnDay(coupon, cal, end);
  const couponPeriods: number[] = [];
  const couponDaysToDelivery: number[] = [];
  for (let k = cal.periodIndex(start); k >= 0; k--) {
    const day = cal.couponDay(k);
    if (day > end) break;
    couponPeriods.push(k);
    couponDaysToDelivery.push(end - day);
  }
  return { days: end - start, accruedStart, accruedEnd, dirtyPrice: input.price + accruedStart, amount: (100 * coupon) / 2, couponPeriods, couponDaysToDelivery };
}

/** Validate a holding period and list its accruals and coupons (the inputs of carry, net basis and IRR). */
export function holdingFlows(input: HoldingPeriod): HoldingFlows {
  const h = holdingNumbers(input);
  const coupons = h.couponPeriods.map((k, i) => ({ date: couponDate(input.bond, k), amount: h.amount, daysToDelivery: h.couponDaysToDelivery[i] }));
  return { days: h.days, accruedStart: h.accruedStart, accruedEnd: h.accruedEnd, dirtyPrice: h.dirtyPrice, coupons };
}

function dayBaseOf(dayBase: number | undefined): number {
  return inRange('dayBase', dayBase ?? 360, 360, 366);
}

/**
 * Gross basis in points per 100 face: P − CF × F (× 32 for 32nds).
 * @param price clean cash price per 100
 * @param futuresPrice futures price per 100
 * @param conversionFactor the bond's CF for the contract month
 */
export function grossBasis(price: number, futuresPrice: number, conversionFactor: number): number {
  positive('price', price);
  positive('futuresPrice', futuresPrice);
  inRange('conversionFactor', conversionFactor, 1e-6, 10);
  return price - conversionFactor * futuresPrice;
}

export interface InvoiceInput {
  /** Futures settlement price per 100. */
  futuresPrice: number;
  conversionFactor: number;
  /** Accrued interest per 100 face on the delivery date (default 0). */
  accruedInterest?: number;
  /** Face value of one contract, dollars (default 100,000). */
  contractFace?: number;
}

export interface Invoice {
  /** F × CF + AI, per 100 face. */
  pricePer100: number;
  /** Principal invoice amount per contract, dollars: F × CF × face/100. */
  principal: number;
  /** Accrued interest per contract, dollars. */
  accrued: number;
  /** Total invoice amount per contract, dollars. */
  total: number;
}

/** Invoice price the long pays the short on delivery (DOMAIN §2.3). */
export function invoicePrice(input: InvoiceInput): Invoice {
  positive('futuresPrice', input.futuresPrice);
  inRange('conversionFactor', input.conversionFactor, 1e-6, 10);
  const ai = inRange('accruedInterest', input.accruedInterest ?? 0, 0, 100);
  const face = positive('contractFace', input.contractFace ?? 100_000);
  const principal = (input.futuresPrice * input.conversionFactor * face) / 100;
  const accrued = (ai * face) / 100;
  return { pricePer100: input.futuresPrice * input.conversionFactor + ai, principal, accrued, total: principal + accrued };
}

export interface CarryInput extends HoldingPeriod {
  /** Repo rate, decimal per year, simple interest on `dayBase`. */
  repoRate: number;
}

export interface Carry {
  days: number;
  /** Accrual AI(T) − AI(t0) plus coupons received plus their reinvestment at the repo rate, per 100. */
  couponIncome: number;
  /** Repo interest on the dirty price: (P + AI0) × r × days/dayBase, per 100. */
  financingCost: number;
  /** couponIncome − financingCost, per 100 face. */
  carry: number;
  accruedStart: number;
  accruedEnd: number;
  /** Coupon cash received before delivery, per 100 (before reinvestment). */
  couponsPaid: number;
}

/**
 * Carry of a long bond financed in repo from settle to delivery, per 100
 * face. A coupon paid before delivery is assumed to pay down the repo loan,
 * so it earns the repo rate until delivery; this keeps
 * net basis = gross basis − carry exact in the coupon case (DOMAIN §2.6).
 */
export function carry(input: CarryInput): Carry {
  const flows = holdingNumbers(input);
  const r = inRange('repoRate', input.repoRate, -0.1, 1);
  const base = dayBaseOf(input.dayBase);
  let couponsPaid = 0;
  let reinvest = 0;
  for (const days of flows.couponDaysToDelivery) {
    couponsPaid += flows.amount;
    reinvest += (flows.amount * r * days) / base;
  }
  const couponIncome = flows.accruedEnd - flows.accruedStart + couponsPaid + reinvest;
  const financingCost = (flows.dirtyPrice * r * flows.days) / base;
  return {
    days: flows.days,
    couponIncome,
    financingCost,
    carry: couponIncome - financingCost,
    accruedStart: flows.accruedStart,
    accruedEnd: flows.accruedEnd,
    couponsPaid,
  };
}

export interface BasisInput extends HoldingPeriod {
  futuresPrice: number;
  conversionFactor: number;
}

/**
 * Net basis per 100 face, cash-flow form (DOMAIN §2.6):
 * (P + AI0)(1 + r·n/B) − (F·CF + AI_T) − Σ coupon × (1 + r·n_k/B).
 * Positive: a long-basis position held to delivery loses this much.
 */
export function netBasis(input: BasisInput & { repoRate: number }): number {
  const flows = holdingNumbers(input);
  positive('futuresPrice', input.futuresPrice);
  inRange('conversionFactor', input.conversionFactor, 1e-6, 10);
  const r = inRange('repoRate', input.repoRate, -0.1, 1);
  const base = dayBaseOf(input.dayBase);
  let couponsGrown = 0;
  for (const days of flows.couponDaysToDelivery) couponsGrown += flows.amount * (1 + (r * days) / base);
  return flows.dirtyPrice * (1 + (r * flows.days) / base) - (input.futuresPrice * input.conversionFactor + flows.accruedEnd) - couponsGrown;
}

/**
 * Implied repo rate, decimal per year on `dayBase` (DOMAIN §2.7): the
 * simple return of buying the bond dirty and delivering it at today's
 * futures price. Coupons before delivery are reinvested at the IRR itself.
 */
export function impliedRepoRate(input: BasisInput): number {
  const flows = holdingNumbers(input);
  positive('futuresPrice', input.futuresPrice);
  inRange('conversionFactor', input.conversionFactor, 1e-6, 10);
  const base = dayBaseOf(input.dayBase);
  let couponSum = 0;
  let couponDays = 0;
  for (const days of flows.couponDaysToDelivery) {
    couponSum += flows.amount;
    couponDays += flows.amount * days;
  }
  const proceeds = input.futuresPrice * input.conversionFactor + flows.accruedEnd + couponSum;
  const invested = flows.dirtyPrice * flows.days - couponDays;
  return ((proceeds - flows.dirtyPrice) * base) / invested;
}

/**
 * Theoretical futures price per 100 (DOMAIN §2.5), the price at which the
 * net basis is zero at repo rate `repoRate` (ignores the delivery options).
 */
export function fairFuturesPrice(input: CarryInput & { conversionFactor: number }): number {
  const flows = holdingNumbers(input);
  inRange('conversionFactor', input.conversionFactor, 1e-6, 10);
  const r = inRange('repoRate', input.repoRate, -0.1, 1);
  const base = dayBaseOf(input.dayBase);
  let couponsGrown = 0;
  for (const days of flows.couponDaysToDelivery) couponsGrown += flows.amount * (1 + (r * days) / base);
  return (flows.dirtyPrice * (1 + (r * flows.days) / base) - flows.accruedEnd - couponsGrown) / input.conversionFactor;
}
