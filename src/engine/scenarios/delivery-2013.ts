/**
 * The appendix's delivery calculator (chapter 10): seven notes of the real
 * deliverable basket of the March 2013 10-year note futures (TY), ranked by
 * implied repo rate (DOMAIN §2.2–2.8), with the invoice price (§2.3) and the
 * profit of a CF-hedged long basis held to delivery (−net basis, §2.10).
 *
 * What is real and what is not:
 * - real: the notes' coupons and maturities (10-year notes issued Nov 2009 –
 *   Nov 2012, all with 6½–10 years left on 1 March 2013, so deliverable into
 *   TY March 2013), the contract rules (CF at 6%, maturity rounded down to a
 *   quarter) and the conventions (repo act/360, accrual act/act);
 * - illustrative (set by us, NOT the prices of CME's Table 2, which we could
 *   not read): the settlement date, the clean prices (from a smooth yield
 *   curve near mid-January 2013 levels, 1.13% for Nov 2019 to 1.84% for
 *   Nov 2022), the futures price and the repo rate. The figure's source line
 *   says so.
 * The real basket also held six more 10-year notes (3½ May-20, 2⅝ Aug-20,
 * 3⅝ Feb-21, 2⅛ Aug-21, 2 Feb-22, 1⅝ Aug-22) and, by the same maturity rule,
 * the 7-year notes maturing from 30 Sept 2019; seven keep the table readable
 * on a phone.
 */
import { accruedInterest, type Bond } from '../bond';
import { invoicePrice } from '../basis';
import { cheapestToDeliver, type BasketRow } from '../cheapestToDeliver';
import { daysBetween } from '../dates';
import { parseQuote } from '../quote';
import { finite, inRange, integer, positive } from '../validate';

interface BasketNote {
  /** Stable id (coupon and maturity), English. */
  id: string;
  bond: Bond;
  /** Illustrative clean price, a cash quote in 32nds. */
  quote: string;
}

const NOTES: readonly BasketNote[] = [
  { id: '3.375-2019-11-15', bond: { coupon: 0.03375, maturity: '2019-11-15' }, quote: '114-043' },
  { id: '3.625-2020-02-15', bond: { coupon: 0.03625, maturity: '2020-02-15' }, quote: '114-285' },
  { id: '2.625-2020-11-15', bond: { coupon: 0.02625, maturity: '2020-11-15' }, quote: '108-267' },
  { id: '3.125-2021-05-15', bond: { coupon: 0.03125, maturity: '2021-05-15' }, quote: '112-071' },
  { id: '2.000-2021-11-15', bond: { coupon: 0.02, maturity: '2021-11-15' }, quote: '102-273' },
  { id: '1.750-2022-05-15', bond: { coupon: 0.0175, maturity: '2022-05-15' }, quote: '99-277' },
  { id: '1.625-2022-11-15', bond: { coupon: 0.01625, maturity: '2022-11-15' }, quote: '97-25+' },
];

export const DELIVERY_2013 = {
  contract: 'TY' as const,
  /** Contract month: the conversion factors are computed from its first day. */
  deliveryMonth: '2013-03',
  /** Illustrative cash settlement date (start of the holding period). */
  settle: '2013-01-16',
  /** Last business day of the delivery month (the convention that reproduces CME's IRR column, DOMAIN §2.7). */
  delivery: '2013-03-28',
  /** Illustrative futures price, a futures quote. */
  futuresQuote: '131-10',
  futuresPrice: parseQuote('131-10', 'futures'),
  /** Illustrative term repo rate to delivery, decimal per year, act/360. */
  repoRate: 0.002,
  /** Face of the position the profit is quoted on, dollars. */
  face: 100_000_000,
  contractFace: 100_000,
  basket: NOTES.map((n) => ({ id: n.id, bond: n.bond, quote: n.quote, price: parseQuote(n.quote, 'cash') })),
} as const;

export interface DeliveryCalcInput {
  /** Index in DELIVERY_2013.basket of the bond whose price is edited. */
  bond: number;
  /** Change of that bond's clean price, in 32nds of a point (may be fractional). */
  priceShift32: number;
  /** Futures price per 100. */
  futuresPrice: number;
  /** Repo rate to delivery, decimal per year (act/360). */
  repoRate: number;
}

export interface DeliveryRow extends BasketRow {
  bond: Bond;
  /** Clean price used, per 100 face (edited for the chosen bond). */
  price: number;
  /** Rank by implied repo rate, 1 = cheapest to deliver. */
  rank: number;
  accruedStart: number;
  accruedEnd: number;
  /** Invoice amount the long pays per 100 face at delivery: F × CF + AI(delivery). */
  invoicePer100: number;
  /** Invoice amount per contract, dollars. */
  invoicePerContract: number;
  /** Profit per 100 face of buying this bond, financing it in repo and delivering it at today's futures price: −net basis. */
  profitPer100: number;
  /** The same on DELIVERY_2013.face, dollars. */
  profitOnFace: number;
}

export interface DeliveryCalc {
  days: number;
  rows: DeliveryRow[];
  /** Index of the cheapest to deliver (highest implied repo rate). */
  ctd: number;
  /** Index of the edited bond and its profit on DELIVERY_2013.face before the edit (same futures and repo). */
  edited: number;
  baseProfitOnFace: number;
  /** Profit change of the edited bond's trade caused by the price edit, dollars on DELIVERY_2013.face. */
  profitChange: number;
}

function basketAt(edited: number, shift32: number) {
  return DELIVERY_2013.basket.map((b, i) => ({ id: b.id, bond: b.bond, price: i === edited ? b.price + shift32 / 32 : b.price }));
}

/**
 * Rank the 2013 basket with one bond's price edited (engine's cheapestToDeliver),
 * and add each bond's invoice price and the profit of delivering it.
 */
export function deliveryCalculator(input: DeliveryCalcInput): DeliveryCalc {
  const n = DELIVERY_2013.basket.length;
  const edited = integer('bond', input.bond, 0, n - 1);
  const shift = finite('priceShift32', input.priceShift32);
  const futuresPrice = positive('futuresPrice', input.futuresPrice);
  const repoRate = inRange('repoRate', input.repoRate, -0.1, 1);
  const market = { futuresPrice, settle: DELIVERY_2013.settle, delivery: DELIVERY_2013.delivery, contract: DELIVERY_2013.contract, repoRate };
  const basket = basketAt(edited, shift);
  const ranking = cheapestToDeliver(basket, market);
  const rankOf = new Map(ranking.ranked.map((r, i) => [r.index, i + 1]));
  const rows = [...ranking.ranked]
    .sort((a, b) => a.index - b.index)
    .map((r): DeliveryRow => {
      const { bond, price } = basket[r.index];
      const accruedEnd = accruedInterest(bond, DELIVERY_2013.delivery);
      const invoice = invoicePrice({ futuresPrice, conversionFactor: r.conversionFactor, accruedInterest: accruedEnd, contractFace: DELIVERY_2013.contractFace });
      return {
        ...r,
        bond,
        price,
        rank: rankOf.get(r.index)!,
        accruedStart: accruedInterest(bond, DELIVERY_2013.settle),
        accruedEnd,
        invoicePer100: invoice.pricePer100,
        invoicePerContract: invoice.total,
        profitPer100: -r.netBasis,
        profitOnFace: (-r.netBasis * DELIVERY_2013.face) / 100,
      };
    });
  const base = shift === 0 ? rows[edited].netBasis : cheapestToDeliver(basketAt(edited, 0), market).ranked.find((r) => r.index === edited)!.netBasis;
  const baseProfitOnFace = (-base * DELIVERY_2013.face) / 100;
  return {
    days: daysBetween(DELIVERY_2013.settle, DELIVERY_2013.delivery),
    rows,
    ctd: ranking.ctd.index,
    edited,
    baseProfitOnFace,
    profitChange: rows[edited].profitOnFace - baseProfitOnFace,
  };
}
