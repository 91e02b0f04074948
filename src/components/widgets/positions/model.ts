/**
 * Data and constants of the `positions` figure (shared by index.ts and layout.ts).
 * The JSON is imported directly (types only from src/data/index.ts) so each
 * figure's chunk carries only its own dataset.
 */
import positions10yJson from '../../../data/positions-10y.json';
import positionsAllJson from '../../../data/positions-all.json';
import type { Positions10y, PositionsAll } from '../../../data/index';

const p10: Positions10y = positions10yJson;
const pAll: PositionsAll = positionsAllJson;

import type { ParamsState } from './params';

/** The figure's state, as declared in params.ts. */
export type PositionsState = ParamsState;
export type PositionsDataset = PositionsState['dataset'];
export type PositionsHighlight = PositionsState['highlight'];

export const DATASETS = ['10y', 'all'] as const;
export const HIGHLIGHTS = ['none', 'buildup', 'unwind', 'record'] as const;
export const SERIES = ['both', 'hedge'] as const;

/** The default window starts here (the contract: 2010 to the latest week). */
export const DEFAULT_FROM = '2010-01-01';
/** Latest reported week of the 10-year file (both files end on the same week). */
export const LATEST_WEEK = p10.date[p10.date.length - 1];
/** Fewest days a window may span, so a typo like from = to still draws a chart. */
export const MIN_SPAN_DAYS = 28;

/** Highlight bands: ISO start and end (end null = latest week). */
export const HIGHLIGHT_BANDS: Record<Exclude<PositionsHighlight, 'none'>, { from: string; to: string }> = {
  buildup: { from: '2018-01-01', to: '2020-02-29' },
  unwind: { from: '2020-03-03', to: '2020-04-28' },
  record: { from: '2023-01-01', to: LATEST_WEEK },
};

export interface PositionsSeries {
  date: string[];
  levShortBn: (number | null)[];
  amLongBn: (number | null)[];
}

export function seriesOf(dataset: PositionsDataset): PositionsSeries {
  return dataset === '10y'
    ? { date: p10.date, levShortBn: p10.levShortBn, amLongBn: p10.amLongBn }
    : { date: pAll.date, levShortBn: pAll.levShortBn, amLongBn: pAll.amLongBn };
}

