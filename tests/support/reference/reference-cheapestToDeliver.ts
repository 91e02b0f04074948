/**
 * PRE-OPTIMISATION REFERENCE, used only by tests (tests/unit/engine/fast-equals-reference.test.ts).
 * Verbatim copy of src/engine/cheapestToDeliver.ts as of commit ee7af6f, before the speed work of issue 9;
 * only the import paths differ (sibling reference copies, and src/engine/validate.ts). Do not edit or import from src.
 */
/**
 * Cheapest-to-deliver selection (DOMAIN §2.8): the deliverable bond with
 * the highest implied repo rate. Gross and net basis are reported too
 * because they can rank bonds differently (net basis is per par, IRR per
 * dollar invested).
 */
import { inRange, nonEmpty, oneOf, positive } from '../../../src/engine/validate';
import type { Bond } from './reference-bond';
import { grossBasis, impliedRepoRate, netBasis } from './reference-basis';
import { CONTRACT_CODES, conversionFactor, type ContractCode } from './reference-conversionFactor';

export interface DeliverableBond {
  /** Optional label shown in figures (e.g. '2 5/8 Feb-18'). */
  id?: string;
  bond: Bond;
  /** Clean cash price per 100 face. */
  price: number;
  /** Conversion factor; computed from `contract` and the delivery month when omitted. */
  conversionFactor?: number;
}

export interface DeliveryMarket {
  /** Futures price per 100. */
  futuresPrice: number;
  settle: string;
  delivery: string;
  /** Needed only for bonds without a conversion factor. */
  contract?: ContractCode;
  /** Repo rate for the net basis, decimal per year (default 0). */
  repoRate?: number;
  dayBase?: number;
}

export interface BasketRow {
  /** Position in the input basket. */
  index: number;
  id: string;
  conversionFactor: number;
  /** Points per 100 face. */
  grossBasis: number;
  /** Points per 100 face at `repoRate`. */
  netBasis: number;
  /** Decimal per year. */
  impliedRepoRate: number;
}

export interface CheapestToDeliver {
  /** The bond with the highest implied repo rate. */
  ctd: BasketRow;
  /** Every bond, ranked from highest to lowest implied repo rate. */
  ranked: BasketRow[];
}

/** Rank a deliverable basket and pick the CTD. */
export function cheapestToDeliver(basket: readonly DeliverableBond[], market: DeliveryMarket): CheapestToDeliver {
  nonEmpty('basket', basket);
  positive('futuresPrice', market.futuresPrice);
  const repoRate = inRange('repoRate', market.repoRate ?? 0, -0.1, 1);
  const rows = basket.map((item, index): BasketRow => {
    let cf = item.conversionFactor;
    if (cf === undefined) {
      if (market.contract === undefined) throw new RangeError(`contract must be one of ${CONTRACT_CODES.join(', ')} when basket[${index}].conversionFactor is missing`);
      oneOf('contract', market.contract, CONTRACT_CODES);
      cf = conversionFactor(item.bond, market.contract, market.delivery.slice(0, 7));
    }
    const common = { bond: item.bond, price: item.price, futuresPrice: market.futuresPrice, conversionFactor: cf, settle: market.settle, delivery: market.delivery, dayBase: market.dayBase };
    return {
      index,
      id: item.id ?? `#${index}`,
      conversionFactor: cf,
      grossBasis: grossBasis(item.price, market.futuresPrice, cf),
      netBasis: netBasis({ ...common, repoRate }),
      impliedRepoRate: impliedRepoRate(common),
    };
  });
  const ranked = [...rows].sort((a, b) => b.impliedRepoRate - a.impliedRepoRate || a.index - b.index);
  return { ctd: ranked[0], ranked };
}
