/** The cascade figure's parameters, declared once (see core/params.ts). */
import { CASCADE_LIVE } from '../../../engine';
import { fact } from '../../../data/facts';
import { cascade as t, cascadeParams as l } from '@strings/cascade';
import { choice, defineParams, number, type StateOf } from '../core/params';

/** Last day of the run (days are numbered 0 … LAST_DAY). */
export const LAST_DAY = CASCADE_LIVE.days - 1;

/**
 * The default shock: how far the 10-year yield fell from the last close of February 2020 to
 * 9 March 2020 (H.15 closes in the yields-2020 dataset), in whole basis points.
 */
export const DEFAULT_SHOCK_BP = Math.round((fact('dgs10-2020-02-28').value - fact('dgs10-2020-03-09').value) * 100);

/** The default purchase capacity: the peak daily pace of March 2020, in 亿美元 (the fact is in $bn). */
export const DEFAULT_CAPACITY_YI = fact('fed-purchase-peak-2020-03-19').value * 10;

export const HIGHLIGHTS = ['none', 'calls', 'forced', 'spiral', 'fed', 'compare'] as const;

export const params = defineParams({
  /** Day shown: the lines and bars are drawn up to it, the funds show their state on it. */
  day: number({ ...l.day, default: LAST_DAY, min: 0, max: LAST_DAY, step: 1 }),
  /** Central-bank buyer: 1 on, 0 off (a number so it can be a slider; see the widgets README). */
  fed: number({ ...l.fed, label: t.fedControl, default: 1, min: 0, max: 1, step: 1, control: true, format: t.fedValue }),
  /** Total fall of the yield over the shock (days 2–6). A slider under the figure. */
  shockBp: number({
    ...l.shockBp,
    label: t.shockControl,
    default: DEFAULT_SHOCK_BP,
    min: 0,
    max: CASCADE_LIVE.maxShockBp,
    step: 1,
    control: true,
    format: t.shockValue,
  }),
  fedStartDay: number({ ...l.fedStartDay, default: CASCADE_LIVE.fedStartDay, min: 0, max: LAST_DAY, step: 1 }),
  /** Purchases the central bank can make per day, 亿美元. */
  fedCapacity: number({ ...l.fedCapacity, default: DEFAULT_CAPACITY_YI, min: 0, max: CASCADE_LIVE.maxFedCapacity / 1e8, step: 10 }),
  funds: number({ ...l.funds, default: CASCADE_LIVE.funds, min: 20, max: 1000, step: 1 }),
  highlight: choice(HIGHLIGHTS, { ...l.highlight, default: 'none' }),
});

export type CascadeState = StateOf<typeof params>;
export type CascadeHighlight = CascadeState['highlight'];
