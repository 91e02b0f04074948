/** The spread-closing figure's parameters, declared once (see core/params.ts). */
import { SPREAD_CLOSING, TOY_HAIRCUT } from '../../../engine';
import { spreadClosing as t, spreadClosingParams as l } from '@strings/spread-closing';
import { choice, defineParams, number, type StateOf } from '../core/params';

export const params = defineParams({
  /** How many times operation one is asked to repeat (the article's 1, 50, 100, 10,000); fewer are done once the gap has closed. */
  repetitions: number({ ...l.repetitions, default: 1, min: 1, max: SPREAD_CLOSING.maxRepetitions, step: 1 }),
  /** Repo haircut as a decimal: changes the own money and the multiples, not the prices. */
  haircut: number({ ...l.haircut, label: t.haircutControl, default: TOY_HAIRCUT, min: 0, max: 0.2, step: 0.005, control: true, format: (v) => t.percent(v) }),
  /** What the step points at: the paper gain, the two multiples, the narrowing gap, the close. */
  highlight: choice(['none', 'paper', 'multiples', 'gap', 'closed'], { ...l.highlight, default: 'none' }),
});

export type SpreadClosingState = StateOf<typeof params>;
export type SpreadClosingHighlight = SpreadClosingState['highlight'];
