/**
 * PRE-OPTIMISATION REFERENCE, used only by tests (tests/unit/engine/fast-equals-reference.test.ts).
 * Verbatim copy of src/engine/conversionFactor.ts as of commit ee7af6f, before the speed work of issue 9;
 * only the import paths differ (sibling reference copies, and src/engine/validate.ts). Do not edit or import from src.
 */
/**
 * Treasury futures contracts and the CME conversion factor (DOMAIN §2.2):
 * the price per $1 face at which a bond yields 6% on the first day of the
 * delivery month, with the remaining term rounded by contract.
 */
import { inRange, oneOf } from '../../../src/engine/validate';
import { checkBond, type Bond } from './reference-bond';

export type ContractCode = 'TU' | 'FV' | 'TY' | 'TN' | 'US' | 'UB';
export const CONTRACT_CODES: readonly ContractCode[] = ['TU', 'FV', 'TY', 'TN', 'US', 'UB'];

export interface ContractSpec {
  /** Face value of one contract, dollars. */
  face: number;
  /** Minimum price step, points per 100 face (CME 2013 Table 1; CME has changed these, so override as needed). */
  tick: number;
  /** True when the term is rounded down to whole quarters (10-yr and longer). */
  quarterRounding: boolean;
}

/** Contract terms. Tick sizes as listed in CME's 2013 guide. */
export const CONTRACTS: Readonly<Record<ContractCode, ContractSpec>> = {
  TU: { face: 200_000, tick: 1 / 128, quarterRounding: false },
  FV: { face: 100_000, tick: 1 / 128, quarterRounding: false },
  TY: { face: 100_000, tick: 1 / 64, quarterRounding: true },
  TN: { face: 100_000, tick: 1 / 64, quarterRounding: true },
  US: { face: 100_000, tick: 1 / 32, quarterRounding: true },
  UB: { face: 100_000, tick: 1 / 32, quarterRounding: true },
};

const MONTH = /^(\d{4})-(\d{2})$/;

/** Whole years and leftover whole months from the 1st of the delivery month to maturity. */
export function termToMaturity(bond: Bond, deliveryMonth: string): { years: number; months: number } {
  checkBond(bond);
  const m = MONTH.exec(deliveryMonth);
  if (!m || +m[2] < 1 || +m[2] > 12) throw new RangeError(`deliveryMonth must be YYYY-MM with month 01-12 (got ${String(deliveryMonth)})`);
  // The count starts on day 1, so any maturity day completes its month.
  const total = (+bond.maturity.slice(0, 4) - +m[1]) * 12 + (+bond.maturity.slice(5, 7) - +m[2]);
  if (total < 1) throw new RangeError(`bond.maturity must be after the first day of deliveryMonth ${deliveryMonth} (got ${bond.maturity})`);
  return { years: Math.floor(total / 12), months: total % 12 };
}

/**
 * CME conversion factor, rounded to 4 decimals.
 * @param bond coupon (decimal) and maturity
 * @param contract TU, FV, TY, TN, US or UB (decides the term rounding)
 * @param deliveryMonth 'YYYY-MM'
 * @returns price per $1 of face at a 6% yield (dimensionless)
 */
export function conversionFactor(bond: Bond, contract: ContractCode, deliveryMonth: string): number {
  oneOf('contract', contract, CONTRACT_CODES);
  const { years: n, months } = termToMaturity(bond, deliveryMonth);
  const quarters = CONTRACTS[contract].quarterRounding;
  const z = quarters ? months - (months % 3) : months;
  const v = z < 7 ? z : quarters ? 3 : z - 6;
  const c = bond.coupon;
  const a = Math.pow(1.03, -v / 6);
  const b = (c / 2) * (6 - v) / 6;
  const D = z < 7 ? Math.pow(1.03, -2 * n) : Math.pow(1.03, -(2 * n + 1));
  const d = (c / 0.06) * (1 - D);
  return Math.round((a * (c / 2 + D + d) - b) * 10_000) / 10_000;
}

/**
 * CF-weighted hedge: contracts to short against `face` dollars of a bond,
 * N = face × CF / contractFace (DOMAIN §2.9). Not rounded.
 */
export function hedgeContracts(face: number, cf: number, contractFace: number): number {
  inRange('face', face, 0);
  inRange('conversionFactor', cf, 1e-6, 10);
  inRange('contractFace', contractFace, 1e-9);
  return (face * cf) / contractFace;
}
