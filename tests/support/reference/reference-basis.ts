/**
 * PRE-OPTIMISATION REFERENCE, used only by tests (tests/unit/engine/fast-equals-reference.test.ts).
 * Verbatim copy of src/engine/basis.ts as of commit ee7af6f, before the speed work of issue 9;
 * only the import paths differ (sibling reference copies, and src/engine/validate.ts). Do not edit or import from src.
 */
/**
 * Cash–futures basis arithmetic per 100 face (DOMAIN §2.3–2.7): invoice
 * price, gross basis, carry, net basis, implied repo rate and the
 * theoretical futures price. Repo and implied repo are simple interest on
 * `dayBase` (360 for US Treasuries).
 */
import { inRange, positive } from '../../../src/engine/validate';
import { accruedInterest, checkBond, couponsBetween, type Bond } from './reference-bond';
import { toDayNumber } from './reference-dates';

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

/** Validate a holding period and list its accruals and coupons (the inputs of carry, net basis and IRR). */
export function holdingFlows(input: HoldingPeriod): HoldingFlows {
  checkBond(input.bond);
  positive('price', input.price);
  const start = toDayNumber(input.settle, 'settle');
  const end = toDayNumber(input.delivery, 'delivery');
  if (end <= start) throw new RangeError(`delivery must be after settle = ${input.settle} (got ${input.delivery})`);
  if (end >= toDayNumber(input.bond.maturity)) {
    throw new RangeError(`delivery must be before bond.maturity = ${input.bond.maturity} (got ${input.delivery})`);
  }
  const accruedStart = accruedInterest(input.bond, input.settle);
  const accruedEnd = accruedInterest(input.bond, input.delivery);
  const amount = (100 * input.bond.coupon) / 2;
  const coupons = couponsBetween(input.bond, input.settle, input.delivery).map((date) => ({
    date,
    amount,
    daysToDelivery: end - toDayNumber(date),
  }));
  return { days: end - start, accruedStart, accruedEnd, dirtyPrice: input.price + accruedStart, coupons };
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
  const flows = holdingFlows(input);
  const r = inRange('repoRate', input.repoRate, -0.1, 1);
  const base = dayBaseOf(input.dayBase);
  let couponsPaid = 0;
  let reinvest = 0;
  for (const c of flows.coupons) {
    couponsPaid += c.amount;
    reinvest += (c.amount * r * c.daysToDelivery) / base;
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
  const flows = holdingFlows(input);
  positive('futuresPrice', input.futuresPrice);
  inRange('conversionFactor', input.conversionFactor, 1e-6, 10);
  const r = inRange('repoRate', input.repoRate, -0.1, 1);
  const base = dayBaseOf(input.dayBase);
  let couponsGrown = 0;
  for (const c of flows.coupons) couponsGrown += c.amount * (1 + (r * c.daysToDelivery) / base);
  return flows.dirtyPrice * (1 + (r * flows.days) / base) - (input.futuresPrice * input.conversionFactor + flows.accruedEnd) - couponsGrown;
}

/**
 * Implied repo rate, decimal per year on `dayBase` (DOMAIN §2.7): the
 * simple return of buying the bond dirty and delivering it at today's
 * futures price. Coupons before delivery are reinvested at the IRR itself.
 */
export function impliedRepoRate(input: BasisInput): number {
  const flows = holdingFlows(input);
  positive('futuresPrice', input.futuresPrice);
  inRange('conversionFactor', input.conversionFactor, 1e-6, 10);
  const base = dayBaseOf(input.dayBase);
  let couponSum = 0;
  let couponDays = 0;
  for (const c of flows.coupons) {
    couponSum += c.amount;
    couponDays += c.amount * c.daysToDelivery;
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
  const flows = holdingFlows(input);
  inRange('conversionFactor', input.conversionFactor, 1e-6, 10);
  const r = inRange('repoRate', input.repoRate, -0.1, 1);
  const base = dayBaseOf(input.dayBase);
  let couponsGrown = 0;
  for (const c of flows.coupons) couponsGrown += c.amount * (1 + (r * c.daysToDelivery) / base);
  return (flows.dirtyPrice * (1 + (r * flows.days) / base) - flows.accruedEnd - couponsGrown) / input.conversionFactor;
}
