/** Chapter 2's futures-premium scenario: asset-manager buying, then an arbitrageur (futuresPremium.ts models it). */
import type { PremiumInput } from '../futuresPremium';
import { TOY_OPEN } from './toy';

const PREMIUM_DEMAND_ROUNDS = 5;
const PREMIUM_DEMAND_PER_ROUND = 2e9;
/** Impact chosen so that the demand rounds lift futures from cash 100 to the article's 100.01. */
const PREMIUM_IMPACT = (TOY_OPEN.sellFutures - TOY_OPEN.buyCash) / (PREMIUM_DEMAND_ROUNDS * PREMIUM_DEMAND_PER_ROUND);

/**
 * Chapter 2's scenario: five rounds of pension and insurer buying take
 * futures from 100 to 100.01 against cash at 100 (TOY_OPEN); from round 6
 * an arbitrageur sells as many futures as they buy and buys as much cash,
 * so futures stop rising, cash rises and the spread narrows by round 9.
 */
export const FUTURES_PREMIUM = {
  /** Rounds of buying before the arbitrageur arrives; after them futures = TOY_OPEN.sellFutures. */
  demandRounds: PREMIUM_DEMAND_ROUNDS,
  input: {
    rounds: 9,
    demandPerRound: PREMIUM_DEMAND_PER_ROUND,
    futuresImpact: PREMIUM_IMPACT,
    cashImpact: PREMIUM_IMPACT,
    arbitrageFrom: PREMIUM_DEMAND_ROUNDS + 1,
    arbitragePerRound: PREMIUM_DEMAND_PER_ROUND,
    startPrice: TOY_OPEN.buyCash,
  } satisfies PremiumInput,
} as const;
