/** The margin-account figure's parameters, declared once (see core/params.ts). */
import { MILK_TEA, MILK_TEA_ANSWERS } from '../../../engine';
import { marginAccountParams as l } from '@strings/margin-account';
import { choice, defineParams, flag, number, type StateOf } from '../core/params';

export const params = defineParams({
  /** Day shown, 0 = opening day. */
  day: number({ ...l.day, default: 0, min: 0, max: MILK_TEA.prices.length, step: 1 }),
  /** The owner's answer to the margin call, once shown. */
  answer: choice(MILK_TEA_ANSWERS, { ...l.answer, default: 'pending' }),
  showSwing: flag({ ...l.showSwing, default: false }),
  showLevels: flag({ ...l.showLevels, default: false }),
});

export type MarginState = StateOf<typeof params>;
