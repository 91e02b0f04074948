/**
 * A basis position (long cash bond in repo, short futures) as a balance
 * sheet and day by day until delivery (DOMAIN §2.10, §2.11, §4(b)).
 *
 * Units: prices per 100 face; face, cash and equity in dollars; rates
 * decimals per year; margins in dollars per contract.
 */
import { finite, inRange, integer, nonNegative, positive } from './validate';
import { accruedInterest, accruedOnDay, checkBond, couponCalendar, type Bond } from './bond';
import { increasingDays, toDayNumber } from './dates';

export interface OpenBasisInput {
  /** Face value of bonds bought, dollars. */
  face: number;
  /** Clean price per 100 face. */
  price: number;
  /** Accrued interest per 100 face (default 0). */
  accrued?: number;
  /** Repo haircut, fraction of the bond's dirty value the lender will not lend, in [0, 1]. */
  haircut: number;
  /** Futures initial margin, dollars per contract. */
  initialMargin: number;
  /** Futures contracts sold (a positive count). */
  contracts: number;
  /** Free cash kept aside as a buffer, dollars (default 0). */
  cash?: number;
}

export interface BasisBalanceSheet {
  /** Dirty value of the bonds, dollars: (P + AI) × face/100. */
  bondValue: number;
  /** Repo loan, dollars: (1 − h) × bondValue. */
  repoLoan: number;
  /** Equity locked in the haircut, dollars: h × bondValue. */
  haircutEquity: number;
  /** Equity posted as futures initial margin, dollars. */
  marginEquity: number;
  /** Free cash buffer, dollars. */
  cash: number;
  /** Total equity: haircut + margin + cash, dollars. */
  equity: number;
  /** Total assets (bonds + margin + cash) over equity. */
  leverage: number;
  /** Bond value over equity (the "50×" of a 2% haircut when margin and cash are 0). */
  bondLeverage: number;
}

/** The fund's balance sheet right after opening a basis position. */
export function openBasisPosition(input: OpenBasisInput): BasisBalanceSheet {
  positive('face', input.face);
  positive('price', input.price);
  const accrued = inRange('accrued', input.accrued ?? 0, 0, 100);
  const h = inRange('haircut', input.haircut, 0, 1);
  nonNegative('initialMargin', input.initialMargin);
  nonNegative('contracts', input.contracts);
  const cash = nonNegative('cash', input.cash ?? 0);
  const bondValue = ((input.price + accrued) * input.face) / 100;
  const haircutEquity = h * bondValue;
  const marginEquity = input.initialMargin * input.contracts;
  const equity = haircutEquity + marginEquity + cash;
  if (!(equity > 0)) throw new RangeError('haircut, initialMargin × contracts and cash must not all be 0 (equity must be > 0)');
  return {
    bondValue,
    repoLoan: bondValue - haircutEquity,
    haircutEquity,
    marginEquity,
    cash,
    equity,
    leverage: (bondValue + marginEquity + cash) / equity,
    bondLeverage: bondValue / equity,
  };
}

export interface SizeForLeverageInput {
  /** The fund's equity, dollars. */
  equity: number;
  /** Target bond value over equity (≥ 1). */
  leverage: number;
  /** Dirty price per 100 face. */
  price: number;
  haircut: number;
  /** Dollars per contract. */
  initialMargin: number;
  conversionFactor: number;
  /** Dollars (default 100,000). */
  contractFace?: number;
}

/**
 * Size a CF-hedged basis position for a given equity and leverage: face,
 * contracts (not rounded) and the free cash left over. Throws when the
 * haircut and margin would need more than the equity.
 */
export function sizeBasisPosition(input: SizeForLeverageInput): { face: number; contracts: number; cash: number } {
  const equity = positive('equity', input.equity);
  const leverage = inRange('leverage', input.leverage, 1, 1e4);
  const price = positive('price', input.price);
  const h = inRange('haircut', input.haircut, 0, 1);
  const im = nonNegative('initialMargin', input.initialMargin);
  const cf = inRange('conversionFactor', input.conversionFactor, 1e-6, 10);
  const contractFace = positive('contractFace', input.contractFace ?? 100_000);
  const face = (leverage * equity * 100) / price;
  const contracts = (face * cf) / contractFace;
  const needed = h * leverage * equity + im * contracts;
  const perUnit = h + (im * cf * 100) / (price * contractFace);
  if (needed > equity * (1 + 1e-12)) {
    throw new RangeError(`leverage must be in [1, ${perUnit > 0 ? 1 / perUnit : Infinity}] for this haircut and margin (got ${leverage})`);
  }
  return { face, contracts, cash: Math.max(0, equity - needed) };
}

/** A number, or one number per date. */
export type PerDate = number | readonly number[];

export interface BasisPathInput {
  bond: Bond;
  /** Face value of bonds held, dollars. */
  face: number;
  conversionFactor: number;
  /** Face of one futures contract, dollars (default 100,000). */
  contractFace?: number;
  /** Contracts sold (positive; may be fractional). Default: the exact CF hedge face × CF / contractFace. */
  contracts?: number;
  /** Dates from the opening settlement to the delivery date, strictly increasing. */
  dates: readonly string[];
  /** Clean cash prices per date. The last one is replaced by CF × F_T (convergence at delivery). */
  cashPrices: readonly number[];
  /** Futures settlement prices per date; index 0 is the price the futures were sold at. */
  futuresPrices: readonly number[];
  /** Repo rate for the night(s) starting at each date, decimal per year (one value or one per date). */
  repoRate: PerDate;
  /** Repo haircut per date, in [0, 1]. */
  haircut: PerDate;
  /** Initial margin per contract per date, dollars. */
  initialMargin: PerDate;
  /** Maintenance margin per contract per date, dollars (default 0.8 × initial, CME's 3,200/4,000). */
  maintenanceMargin?: PerDate;
  /** Free cash at opening, dollars (default 0). */
  cash?: number;
  /** Re-margin the repo loan daily to (1 − h) × dirty value (default true); false = term repo to delivery. */
  remargin?: boolean;
  dayBase?: number;
}

export interface BasisPositionDay {
  date: string;
  /** Calendar days since opening. */
  day: number;
  cashPrice: number;
  futuresPrice: number;
  /** Accrued interest per 100 face. */
  accrued: number;
  /** P − CF × F, points. */
  grossBasis: number;
  /** Dirty value of the bonds held (0 after delivery), dollars. */
  bondValue: number;
  /** Repo loan outstanding (0 after delivery), dollars. */
  repoLoan: number;
  /** Repo interest paid for the night(s) ending today, dollars. */
  repoInterest: number;
  /** Coupon cash received today, dollars. */
  coupon: number;
  /** Variation margin received (+) or paid (−) today, dollars. */
  variationMargin: number;
  /** Cash paid into the margin account to answer a call, dollars. */
  marginCall: number;
  /** Cash withdrawn from the margin account above the initial margin, dollars. */
  marginWithdrawn: number;
  /** Cash received (+) from or paid (−) to the repo lender when re-margining, dollars. */
  repoMarginFlow: number;
  /** Futures margin account balance (0 after delivery), dollars. */
  marginBalance: number;
  /** Free cash; negative means cash the fund must find, dollars. */
  cash: number;
  /** max(0, −cash), dollars. */
  cashNeed: number;
  /** cash + margin balance + bond value − repo loan, dollars. */
  equity: number;
  /** equity − opening equity, dollars. */
  pnl: number;
  /** bondValue / equity; null when equity ≤ 0. */
  leverage: number | null;
  delivered: boolean;
}

export interface BasisPath {
  contracts: number;
  openingEquity: number;
  finalEquity: number;
  /** finalEquity − openingEquity, dollars. */
  totalPnl: number;
  /** First date the futures account fell below maintenance, or null. */
  firstMarginCall: string | null;
  /** First date free cash went negative (a call the buffer could not meet), or null. */
  firstShortfall: string | null;
  /** Largest cash need over the path, dollars. */
  maxCashNeed: number;
  rows: BasisPositionDay[];
}

function perDate(name: string, value: PerDate, length: number, check: (n: string, v: number) => number): Float64Array {
  const out = new Float64Array(length);
  if (typeof value === 'number') {
    check(name, value);
    out.fill(value);
    return out;
  }
  if (!Array.isArray(value) || (value.length !== length && value.length !== length - 1)) {
    throw new RangeError(`${name} must be a number or an array of ${length - 1} or ${length} numbers`);
  }
  for (let i = 0; i < length; i++) {
    const v = value[Math.min(i, value.length - 1)];
    // The element's name is built only when the check fails: the retry throws the named error.
    try {
      out[i] = check(name, v);
    } catch {
      out[i] = check(`${name}[${i}]`, v);
    }
  }
  return out;
}

/**
 * Run a basis position day by day to delivery (DOMAIN §4(b)): repo
 * interest act/`dayBase` on the loan, coupons into cash, futures variation
 * margin with calls restoring the initial margin, daily repo re-margining,
 * and at the last date delivery at convergence (P_T = CF × F_T). Cash may
 * go negative: that is the cash need a figure shows.
 */
export function simulateBasisPosition(input: BasisPathInput): BasisPath {
  const bond = checkBond(input.bond);
  const face = positive('face', input.face);
  const cf = inRange('conversionFactor', input.conversionFactor, 1e-6, 10);
  const contractFace = positive('contractFace', input.contractFace ?? 100_000);
  const n = input.contracts === undefined ? (face * cf) / contractFace : nonNegative('contracts', input.contracts);
  const dayNumbers = increasingDays('dates', input.dates);
  const len = dayNumbers.length;
  integer('dates.length', len, 2);
  const base = inRange('dayBase', input.dayBase ?? 360, 360, 366);
  if (!Array.isArray(input.cashPrices) || input.cashPrices.length !== len) throw new RangeError(`cashPrices must have ${len} prices (one per date)`);
  if (!Array.isArray(input.futuresPrices) || input.futuresPrices.length !== len) throw new RangeError(`futuresPrices must have ${len} prices (one per date)`);
  for (let i = 0; i < len; i++) {
    const p = input.cashPrices[i];
    if (!(typeof p === 'number' && p > 0 && p - p === 0)) positive(`cashPrices[${i}]`, p);
  }
  for (let i = 0; i < len; i++) {
    const p = input.futuresPrices[i];
    if (!(typeof p === 'number' && p > 0 && p - p === 0)) positive(`futuresPrices[${i}]`, p);
  }
  const rates = perDate('repoRate', input.repoRate, len, (nm, v) => inRange(nm, v, -0.1, 1));
  const haircuts = perDate('haircut', input.haircut, len, (nm, v) => inRange(nm, v, 0, 1));
  const ims = perDate('initialMargin', input.initialMargin, len, nonNegative);
  const mms = input.maintenanceMargin === undefined ? ims.map((v) => 0.8 * v) : perDate('maintenanceMargin', input.maintenanceMargin, len, nonNegative);
  for (let i = 0; i < len; i++) {
    if (mms[i] > ims[i]) throw new RangeError(`maintenanceMargin[${i}] must be in [0, initialMargin = ${ims[i]}] (got ${mms[i]})`);
  }
  const cash0 = nonNegative('cash', input.cash ?? 0);
  const remargin = input.remargin ?? true;
  const perPoint = contractFace / 100;
  const couponCash = (100 * bond.coupon) / 2 * (face / 100);

  if (dayNumbers[len - 1] >= toDayNumber(bond.maturity)) {
    throw new RangeError(`dates must end before bond.maturity = ${bond.maturity} (got ${input.dates[len - 1]})`);
  }
  const ai0 = accruedInterest(bond, input.dates[0]);
  const cal = couponCalendar(bond);
  let bondValue = ((input.cashPrices[0] + ai0) * face) / 100;
  let loan = (1 - haircuts[0]) * bondValue;
  let margin = ims[0] * n;
  let cash = cash0;
  const openingEquity = cash + margin + bondValue - loan;
  if (!(openingEquity > 0)) throw new RangeError('haircut, initialMargin and cash must not all be 0 (opening equity must be > 0)');

  const rows: BasisPositionDay[] = new Array(len);
  const row = (
    i: number, price: number, accrued: number, delivered: boolean,
    repoInterest: number, coupon: number, variationMargin: number, marginCall: number, marginWithdrawn: number, repoMarginFlow: number,
  ): BasisPositionDay => {
    const equity = cash + margin + bondValue - loan;
    return {
      date: input.dates[i],
      day: dayNumbers[i] - dayNumbers[0],
      cashPrice: price,
      futuresPrice: input.futuresPrices[i],
      accrued,
      grossBasis: price - cf * input.futuresPrices[i],
      bondValue,
      repoLoan: loan,
      repoInterest,
      coupon,
      variationMargin,
      marginCall,
      marginWithdrawn,
      repoMarginFlow,
      marginBalance: margin,
      cash,
      cashNeed: Math.max(0, -cash),
      equity,
      pnl: equity - openingEquity,
      leverage: equity > 0 ? bondValue / equity : null,
      delivered,
    };
  };
  rows[0] = row(0, input.cashPrices[0], ai0, false, 0, 0, 0, 0, 0, 0);

  let firstMarginCall: string | null = null;
  let firstShortfall: string | null = null;
  // Coupon dates as day numbers: k counts half-years back from maturity; `next` is the first coupon after the previous date.
  let k = cal.periodIndex(dayNumbers[0]);
  for (let i = 1; i < len; i++) {
    const last = i === len - 1;
    const t = dayNumbers[i];
    const days = t - dayNumbers[i - 1];
    const repoInterest = (loan * rates[i - 1] * days) / base;
    cash -= repoInterest;
    let paid = 0;
    while (k >= 0 && cal.couponDay(k) <= t) {
      paid++;
      k--;
    }
    const coupon = paid * couponCash;
    cash += coupon;

    const f = input.futuresPrices[i];
    const price = last ? cf * f : input.cashPrices[i];
    const accrued = accruedOnDay(bond.coupon, cal, t);
    const vm = -n * (f - input.futuresPrices[i - 1]) * perPoint;
    margin += vm;
    let marginCall = 0;
    let marginWithdrawn = 0;
    if (n > 0 && margin < mms[i] * n) {
      marginCall = ims[i] * n - margin;
      if (firstMarginCall === null) firstMarginCall = input.dates[i];
    } else if (margin > ims[i] * n) {
      // Excess over the initial margin is withdrawable; a fund takes it back as cash.
      marginWithdrawn = margin - ims[i] * n;
    }
    margin += marginCall - marginWithdrawn;
    cash += marginWithdrawn - marginCall;

    bondValue = ((price + accrued) * face) / 100;
    let repoMarginFlow = 0;
    if (remargin) {
      const target = (1 - haircuts[i]) * bondValue;
      repoMarginFlow = target - loan;
      loan = target;
      cash += repoMarginFlow;
    }
    if (cash < 0 && firstShortfall === null) firstShortfall = input.dates[i];
    if (last) {
      // Delivery at convergence: the bonds fetch CF × F_T + AI_T per 100, the loan is repaid, margin returned.
      cash += bondValue - loan + margin;
      bondValue = 0;
      loan = 0;
      margin = 0;
    }
    rows[i] = row(i, price, accrued, last, repoInterest, coupon, vm, marginCall, marginWithdrawn, repoMarginFlow);
  }
  const finalEquity = rows[len - 1].equity;
  let maxCashNeed = 0;
  for (const r of rows) maxCashNeed = Math.max(maxCashNeed, r.cashNeed);
  return { contracts: n, openingEquity, finalEquity, totalPnl: finalEquity - openingEquity, firstMarginCall, firstShortfall, maxCashNeed, rows };
}

export interface ConvergenceInput {
  /** Cash price path per 100 face. */
  cashPrices: readonly number[];
  /** Calendar day of each price, counted from the first (strictly increasing). */
  days: readonly number[];
  conversionFactor: number;
  /** Gross basis at the first date, points; it shrinks linearly in time to 0 at the last. */
  startGrossBasis: number;
}

/**
 * Futures prices that converge to the cash price: F_t = (P_t − GB_t)/CF
 * with GB_t falling linearly in calendar time to 0 at the last day
 * (a stand-in for "carry remaining + net basis → 0", DOMAIN §4(b)).
 */
export function convergingFuturesPrices(input: ConvergenceInput): number[] {
  const cf = inRange('conversionFactor', input.conversionFactor, 1e-6, 10);
  finite('startGrossBasis', input.startGrossBasis);
  if (!Array.isArray(input.cashPrices) || input.cashPrices.length < 2) throw new RangeError('cashPrices must have at least 2 prices');
  if (!Array.isArray(input.days) || input.days.length !== input.cashPrices.length) throw new RangeError(`days must have ${input.cashPrices.length} entries (one per price)`);
  input.days.forEach((d, i) => {
    finite(`days[${i}]`, d);
    if (i > 0 && d <= input.days[i - 1]) throw new RangeError(`days[${i}] must be after days[${i - 1}] = ${input.days[i - 1]} (got ${d})`);
  });
  const t0 = input.days[0];
  const span = input.days[input.days.length - 1] - t0;
  return input.cashPrices.map((p, i) => {
    positive(`cashPrices[${i}]`, p);
    const gb = input.startGrossBasis * (1 - (input.days[i] - t0) / span);
    const f = (p - gb) / cf;
    if (!(f > 0)) throw new RangeError(`startGrossBasis must leave futures prices > 0 (got ${input.startGrossBasis})`);
    return f;
  });
}
