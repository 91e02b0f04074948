/** The positions figure's parameters, declared once (see core/params.ts). */
import { positionsParams as l } from '@strings/positions';
import { choice, date, defineParams, type StateOf } from '../core/params';
import { DATASETS, DEFAULT_FROM, HIGHLIGHTS, LATEST_WEEK, SERIES } from './model';

export const params = defineParams({
  /** '10y': 10-year note, complete weekly history; 'all': six contracts, with gaps (from 2015). */
  dataset: choice(DATASETS, { ...l.dataset, default: '10y' }),
  /** Window start; for 'all' no earlier than its first week (see refine in index.ts). */
  from: date({ ...l.from, default: DEFAULT_FROM, min: DEFAULT_FROM, max: LATEST_WEEK }),
  to: date({ ...l.to, default: LATEST_WEEK, min: DEFAULT_FROM, max: LATEST_WEEK }),
  highlight: choice(HIGHLIGHTS, { ...l.highlight, default: 'none' }),
  series: choice(SERIES, { ...l.series, default: 'both' }),
  /** The nearest reported week is marked; null marks none. */
  cursor: date({ ...l.cursor, default: null, min: DEFAULT_FROM, max: LATEST_WEEK, optional: true }),
});

export type ParamsState = StateOf<typeof params>;
