/**
 * A population of basis funds for the cascade: equity split by a power law
 * (a few large funds, many small, as in FEDS Notes Sept 2023: the top 50
 * hold most of the exposure) and leverage drawn uniformly in a range.
 */
import { inRange, integer, positive } from './validate';
import type { CascadeFund } from './cascade';
import type { Random } from './random';

export interface FundPopulationInput {
  count: number;
  /** Sum of the funds' equity, dollars. */
  totalEquity: number;
  /** Leverage range (bond value / equity), 1 ≤ min ≤ max. */
  minLeverage: number;
  maxLeverage: number;
  /** Zipf exponent of the size distribution, [0, 3] (default 1; 0 = equal sizes). */
  sizeExponent?: number;
  /** Seeded generator (see seededRandom). */
  random: Random;
}

/** Funds ordered from largest to smallest equity. */
export function generateFunds(input: FundPopulationInput): CascadeFund[] {
  const count = integer('count', input.count, 1, 100_000);
  const total = positive('totalEquity', input.totalEquity);
  const lo = inRange('minLeverage', input.minLeverage, 1, 1e4);
  const hi = inRange('maxLeverage', input.maxLeverage, lo, 1e4);
  const s = inRange('sizeExponent', input.sizeExponent ?? 1, 0, 3);
  if (typeof input.random !== 'function') throw new RangeError('random must be a function returning numbers in [0, 1)');
  const weights = Array.from({ length: count }, (_, i) => Math.pow(i + 1, -s));
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => ({ equity: (total * w) / sum, leverage: lo + (hi - lo) * input.random() }));
}
