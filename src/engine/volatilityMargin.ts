/**
 * Volatility-driven futures margins (DOMAIN §4(a), optional): the exchange
 * sets IM_t = k × σ̂_t × F_t × contractFace/100, with σ̂ an EWMA of daily
 * returns. Margins rise right after large moves: the procyclical channel
 * of the margin spiral. The rows from day 1 on have the shape of
 * `simulateMarginAccount`'s `marginChanges`.
 */
import { inRange, nonNegative, positive } from './validate';

export interface VolatilityMarginInput {
  /** Settlement prices per 100 face; index 0 is the starting day. */
  prices: readonly number[];
  /** Face value of one contract, dollars. */
  contractFace: number;
  /** k: margin as a multiple of one day's σ̂ move (e.g. 3). */
  multiplier: number;
  /** σ̂ on day 0: standard deviation of daily returns, decimal. */
  initialVolatility: number;
  /** EWMA weight on yesterday's variance, in (0, 1) (default 0.94, RiskMetrics). */
  decay?: number;
  /** Maintenance margin over initial margin, (0, 1] (default 0.8, CME's 3,200/4,000). */
  maintenanceRatio?: number;
  /** Lowest initial margin the exchange sets, dollars per contract (default 0). */
  floor?: number;
}

export interface VolatilityMarginDay {
  day: number;
  price: number;
  /** σ̂: daily return standard deviation, decimal. */
  volatility: number;
  /** Dollars per contract. */
  initialMargin: number;
  /** Dollars per contract. */
  maintenanceMargin: number;
}

/** Margins per day from an EWMA of the futures price's daily returns. */
export function volatilityMargins(input: VolatilityMarginInput): VolatilityMarginDay[] {
  if (!Array.isArray(input.prices) || input.prices.length === 0) throw new RangeError('prices must be a non-empty array of prices');
  input.prices.forEach((p, i) => positive(`prices[${i}]`, p));
  const face = positive('contractFace', input.contractFace);
  const k = positive('multiplier', input.multiplier);
  const sigma0 = positive('initialVolatility', input.initialVolatility);
  const lambda = inRange('decay', input.decay ?? 0.94, 1e-6, 1 - 1e-6);
  const ratio = inRange('maintenanceRatio', input.maintenanceRatio ?? 0.8, 1e-6, 1);
  const floor = nonNegative('floor', input.floor ?? 0);
  let variance = sigma0 * sigma0;
  return input.prices.map((price, day) => {
    if (day > 0) {
      const r = price / input.prices[day - 1] - 1;
      variance = lambda * variance + (1 - lambda) * r * r;
    }
    const volatility = Math.sqrt(variance);
    const initialMargin = Math.max(floor, (k * volatility * price * face) / 100);
    return { day, price, volatility, initialMargin, maintenanceMargin: ratio * initialMargin };
  });
}
