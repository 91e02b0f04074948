/** The futures-premium figure's parameters, declared once (see core/params.ts). */
import { FUTURES_PREMIUM } from '../../../engine';
import { futuresPremiumParams as l } from '@strings/futures-premium';
import { choice, defineParams, flag, number, type StateOf } from '../core/params';

export const params = defineParams({
  /** Rounds of buying shown, 0 = before any. */
  round: number({ ...l.round, default: 0, min: 0, max: FUTURES_PREMIUM.input.rounds, step: 1 }),
  /** Whether the arbitrageur is in the market (it trades from FUTURES_PREMIUM.input.arbitrageFrom). */
  showArbitrageur: flag({ ...l.showArbitrageur, default: false }),
  highlight: choice(['none', 'demand', 'spread', 'arbitrage'], { ...l.highlight, default: 'none' }),
});

export type PremiumState = StateOf<typeof params>;
