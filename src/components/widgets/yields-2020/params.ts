/** The yields-2020 figure's parameters, declared once (see core/params.ts). */
import yieldsJson from '../../../data/yields-2020.json';
import type { Yields2020 } from '../../../data/index';
import { yields2020Params as l } from '@strings/yields-2020';
import { choice, date, defineParams, type StateOf } from '../core/params';

const dates = (yieldsJson as Yields2020).date;
export const LAST_DAY = dates[dates.length - 1];

export const params = defineParams({
  /** Last day drawn; at least a week is shown, so the chart is never empty. */
  to: date({ ...l.to, default: LAST_DAY, min: dates[Math.min(4, dates.length - 1)], max: LAST_DAY }),
  highlight: choice(['none', 'low', 'snapback'], { ...l.highlight, default: 'none' }),
});

export type YieldsState = StateOf<typeof params>;
export type YieldsHighlight = YieldsState['highlight'];
