/** The delivery-calculator figure's parameters, declared once (see core/params.ts). */
import { DELIVERY_2013, formatQuote } from '../../../engine';
import { deliveryCalculator as t, deliveryCalculatorParams as l } from '@strings/delivery-calculator';
import { choice, defineParams, number, type StateOf } from '../core/params';

export const HIGHLIGHTS = ['none', 'cf', 'gross', 'net', 'ctd', 'invoice'] as const;
const LAST_BOND = DELIVERY_2013.basket.length - 1;

export const params = defineParams({
  /** Which basket note the price slider edits: its index in DELIVERY_2013.basket (0 = shortest maturity; 1, the default, is the cheapest to deliver at the scenario's prices). */
  bond: number({ ...l.bond, default: 1, min: 0, max: LAST_BOND, step: 1, control: true, format: (i) => t.bondShort(DELIVERY_2013.basket[Math.round(i)].bond) }),
  /** Change of that note's clean price, in 32nds of a point. */
  priceShift: number({ ...l.priceShift, default: 0, min: -64, max: 64, step: 0.5, control: true, format: (v) => t.shift32(v) }),
  /** Futures price per 100 (a TY quote moves in halves of a 32nd, 1/64). */
  futures: number({
    ...l.futures,
    default: DELIVERY_2013.futuresPrice,
    min: 129,
    max: 134,
    step: 1 / 64,
    control: true,
    format: (v) => t.futuresValue(formatQuote(v, 'futures'), v),
  }),
  /** Term repo rate to delivery, percent per year (act/360). */
  repo: number({ ...l.repo, default: DELIVERY_2013.repoRate * 100, min: 0, max: 2, step: 0.01, control: true, format: (v) => t.repoValue(v) }),
  /** Which column or line the step points at. */
  highlight: choice(HIGHLIGHTS, { ...l.highlight, default: 'none' }),
});

export type DeliveryState = StateOf<typeof params>;
export type Highlight = DeliveryState['highlight'];
