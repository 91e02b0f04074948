/** The position-lab figure's parameters, declared once (see core/params.ts): the sandbox's whole interface. */
import { positionLabParams as l } from '@strings/position-lab';
import { defineParams, number, type StateOf } from '../core/params';

/** Longest horizon (days); paths are padded to it so they keep one point count. */
export const MAX_DAYS = 180;

/** Percentages read without a space before % (WRITING.md). */
const percent = (v: number) => `${v}%`;

export const params = defineParams({
  spreadBp: number({ ...l.spreadBp, doc: 'Futures price above the cash price at opening, basis points of price (1 = 0.01 per 100 face).', default: 65, min: 0, max: 200, step: 0.5 }),
  haircut: number({ ...l.haircut, format: percent, doc: 'Repo haircut, percent of the bond value the fund pays itself.', default: 2, min: 0, max: 10, step: 0.1 }),
  initialMargin: number({ ...l.initialMargin, format: percent, doc: 'Futures initial margin, percent of one contract value at opening; maintenance is 80% of it.', default: 1.5, min: 0.5, max: 10, step: 0.1 }),
  repo: number({ ...l.repo, format: percent, doc: 'Overnight repo rate, percent per year (interest act/360).', default: 2.5, min: 0, max: 10, step: 0.01 }),
  spike: number({ ...l.spike, doc: 'Extra repo rate during the spike, percentage points (0 = no spike).', default: 0, min: 0, max: 10, step: 0.01 }),
  spikeStart: number({ ...l.spikeStart, doc: 'Day whose overnight fixing first carries the spike (0 = opening day); capped at days − 1.', default: 1, min: 0, max: MAX_DAYS - 1, step: 1 }),
  spikeDays: number({ ...l.spikeDays, doc: 'Nights the spike lasts.', default: 1, min: 0, max: 30, step: 1 }),
  shockBp: number({ ...l.shockBp, doc: 'Total change of the bond yield over the shock window, basis points (negative: yields fall, futures rise).', default: -60, min: -300, max: 300, step: 1 }),
  shockDays: number({ ...l.shockDays, doc: 'Days 1 … shockDays carry the shock in equal steps; capped at days − 1.', default: 5, min: 1, max: 30, step: 1 }),
  wideningBp: number({ ...l.wideningBp, doc: 'Extra rise of futures over cash by the end of the shock window, basis points of price; it closes by delivery.', default: 20, min: 0, max: 200, step: 1 }),
  freeCash: number({ ...l.freeCash, format: percent, doc: 'Free cash at opening, percent of the fund equity (the rest is tied up in haircut and initial margin).', default: 20, min: 0, max: 90, step: 1 }),
  days: number({ ...l.days, doc: 'Calendar days from opening to delivery.', default: 90, min: 10, max: MAX_DAYS, step: 1 }),
  size: number({ ...l.size, doc: 'Face value of bonds bought, hundreds of millions of dollars.', default: 10, min: 0.1, max: 100, step: 0.1 }),
});

export type PositionLabState = StateOf<typeof params>;

/** Rules between keys: the spike and the shock start before delivery. Never throws. */
export function refine(state: PositionLabState): PositionLabState {
  const last = state.days - 1;
  if (state.spikeStart <= last && state.shockDays <= last) return state;
  return { ...state, spikeStart: Math.min(state.spikeStart, last), shockDays: Math.min(state.shockDays, last) };
}
