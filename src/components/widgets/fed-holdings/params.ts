/** The fed-holdings figure's parameters, declared once (see core/params.ts). */
import fedJson from '../../../data/fed-holdings.json';
import type { FedHoldings } from '../../../data/index';
import { fedHoldingsParams as l } from '@strings/fed-holdings';
import { choice, date, defineParams, type StateOf } from '../core/params';

const dates = (fedJson as FedHoldings).date;
export const LAST_WEEK = dates[dates.length - 1];

export const params = defineParams({
  /** Last week drawn; at least five weeks are shown. */
  to: date({ ...l.to, default: LAST_WEEK, min: dates[Math.min(4, dates.length - 1)], max: LAST_WEEK }),
  highlight: choice(['none', 'purchases'], { ...l.highlight, default: 'none' }),
});

export type FedState = StateOf<typeof params>;
export type FedHighlight = FedState['highlight'];
