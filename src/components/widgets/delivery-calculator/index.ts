/**
 * The appendix's delivery calculator (chapter 10): the March 2013 10-year
 * note futures basket, each note's conversion factor, gross and net basis
 * and implied repo rate, the cheapest to deliver (highest implied repo) and
 * the profit of buying the edited note and delivering it. The reader edits
 * one note's price, the futures price or the repo rate (all in params, so
 * the sandbox reuses them). Every number: the engine's deliveryCalculator
 * (cheapestToDeliver, invoicePrice) on DELIVERY_2013.
 */
import { DELIVERY_2013, deliveryCalculator, formatQuote } from '../../../engine';
import { deliveryCalculator as t } from '@strings/delivery-calculator';
import type { WidgetDefinition } from '../core/types';
import { heightFor, layoutDelivery, type DeliveryView } from './layout';
import { params, type DeliveryState } from './params';

export { HIGHLIGHTS, type DeliveryState } from './params';

const HEIGHT = heightFor(DELIVERY_2013.basket.length);
const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

function compute(state: DeliveryState): DeliveryView {
  const repoRate = state.repo / 100;
  const calc = deliveryCalculator({ bond: state.bond, priceShift32: state.priceShift, futuresPrice: state.futures, repoRate });
  return { calc, repoRate, futuresQuote: formatQuote(state.futures, 'futures') };
}

const definition: WidgetDefinition<DeliveryState, DeliveryView> = {
  name: 'delivery-calculator',
  title: t.title,
  source: t.source,
  staticSize: { width: 560, height: HEIGHT },
  heightFor: () => HEIGHT,
  params,
  compute,
  layout: (view, state, size) => layoutDelivery(view, state, size),
  showControls: (state) => state.highlight === 'ctd' || state.highlight === 'none',
  summarize({ calc, repoRate }, state) {
    const ctd = calc.rows[calc.ctd];
    const ed = calc.rows[calc.edited];
    return {
      highlight: state.highlight,
      futures: state.futures,
      repo: round(repoRate, 6),
      bond: ed.id,
      bondIndex: calc.edited,
      priceShift: state.priceShift,
      editedPrice: round(ed.price, 6),
      editedIrr: round(ed.impliedRepoRate, 6),
      editedNetBasis: round(ed.netBasis, 6),
      editedProfit: Math.round(ed.profitOnFace),
      profitChange: Math.round(calc.profitChange),
      ctd: ctd.id,
      ctdIndex: calc.ctd,
      ctdIrr: round(ctd.impliedRepoRate, 6),
      ctdNetBasis: round(ctd.netBasis, 6),
      ctdInvoice: round(ctd.invoicePer100, 6),
      rich: ctd.impliedRepoRate > repoRate,
    };
  },
  describe({ calc, repoRate, futuresQuote }, state) {
    const ctd = calc.rows[calc.ctd];
    const ed = calc.rows[calc.edited];
    return t.describe({
      futuresQuote,
      futuresPrice: state.futures,
      repoRate,
      days: calc.days,
      settle: DELIVERY_2013.settle,
      delivery: DELIVERY_2013.delivery,
      rows: calc.rows.map((r) => ({
        bond: r.bond,
        priceQuote: formatQuote(r.price, 'cash'),
        conversionFactor: r.conversionFactor,
        gross32: r.grossBasis * 32,
        net32: r.netBasis * 32,
        impliedRepoRate: r.impliedRepoRate,
      })),
      ctd: calc.ctd,
      edited: calc.edited,
      priceShift32: state.priceShift,
      editedQuote: formatQuote(ed.price, 'cash'),
      profitPer100: ed.profitPer100,
      profitOnFace: ed.profitOnFace,
      profitChange: calc.profitChange,
      face: DELIVERY_2013.face,
      invoicePer100: ctd.invoicePer100,
      invoicePerContract: ctd.invoicePerContract,
      accruedEnd: ctd.accruedEnd,
      highlight: state.highlight,
    });
  },
  table({ calc, repoRate, futuresQuote }) {
    return {
      caption: t.tableCaption(futuresQuote, repoRate),
      columns: t.tableColumns,
      rows: calc.rows.map((r) => [
        t.bondShort(r.bond),
        formatQuote(r.price, 'cash'),
        round(r.price, 6),
        r.conversionFactor,
        round(r.grossBasis * 32, 2),
        round(r.netBasis * 32, 2),
        round(r.impliedRepoRate * 100, 3),
        round(r.invoicePer100, 4),
        Math.round(r.profitOnFace),
        r.rank,
      ]),
    };
  },
};

export default definition;
