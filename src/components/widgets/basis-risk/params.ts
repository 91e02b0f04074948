/** The basis-risk figure's parameters, declared once (see core/params.ts). */
import { MARGIN_CALL_ANSWERS } from '../../../engine';
import { basisRiskParams as l } from '@strings/basis-risk';
import { choice, defineParams, flag, number, type StateOf } from '../core/params';
import { LAST_DAY } from './window';

export const SCENARIOS = ['calm', 'yield-fall', 'yield-fall-widening'] as const;
export const ANSWERS = MARGIN_CALL_ANSWERS;

export const params = defineParams({
  /** Trading day shown, 0 = opening day. */
  day: number({ ...l.day, default: 0, min: 0, max: LAST_DAY, step: 1 }),
  scenario: choice(SCENARIOS, { ...l.scenario, default: 'yield-fall' }),
  /** Draw the bond's unrealised gain next to the cash paid. */
  showPaperGain: flag({ ...l.showPaperGain, default: false }),
  /** The fund's answer to the first margin call. */
  answer: choice(ANSWERS, { ...l.answer, default: 'pending' }),
});

export type BasisRiskState = StateOf<typeof params>;
export type Scenario = BasisRiskState['scenario'];
