/**
 * Brunnermeier–Pedersen-style loss and margin spirals (DOMAIN §5.2), the
 * discrete toy of our own: a speculator must keep margin m × p0 per unit;
 * after a funding shock it sells, its sales move the price by dealer
 * impact, the loss on its position cuts its capital, and (margin spiral)
 * margins rise with the price move. Iterated to a fixed point.
 *
 * Units: price per unit (e.g. per 100 face); position in units; capital
 * in dollars; impact in price points per unit sold; margin as a fraction
 * of the starting price.
 */
import { inRange, integer, nonNegative, positive } from './validate';

export interface MarginSpiralInput {
  /** Starting price p0, per unit. */
  price: number;
  /** Units held x0. */
  position: number;
  /** Capital W0, dollars; must meet the margin m̄ × p0 × x0 at the start. */
  capital: number;
  /** Base margin m̄, fraction of p0, in (0, 1]. */
  marginRate: number;
  /** Dealer impact λ, price points per unit sold. */
  impact: number;
  /** Outside funding shock η, dollars taken from capital (≥ 0). */
  shock: number;
  /** Margin sensitivity θ: m = m̄ + θ |p − p0|/p0 (0 = pure loss spiral). */
  theta: number;
  /** Maximum rounds (default 1,000). */
  maxRounds?: number;
  /** Stop when a round sells fewer units than this (default 1e-9 × x0). */
  tolerance?: number;
}

export interface SpiralRound {
  round: number;
  price: number;
  position: number;
  capital: number;
  /** Margin rate used this round, fraction of p0. */
  marginRate: number;
  /** Units sold this round. */
  sold: number;
}

export interface MarginSpiralResult {
  /** Row 0 is the state right after the shock, before any sale. */
  rounds: SpiralRound[];
  finalPrice: number;
  finalPosition: number;
  finalCapital: number;
  totalSold: number;
  /** Price fall over the first round's fall (1 = no amplification; 0 when nothing was sold). */
  amplification: number;
  /** True when sales stopped before maxRounds. */
  converged: boolean;
}

/** Iterate forced sales → price impact → losses and margin rises until nothing more is sold. */
export function marginSpiral(input: MarginSpiralInput): MarginSpiralResult {
  const p0 = positive('price', input.price);
  const x0 = nonNegative('position', input.position);
  const w0 = nonNegative('capital', input.capital);
  const mBar = inRange('marginRate', input.marginRate, 1e-9, 1);
  const lambda = nonNegative('impact', input.impact);
  const shock = nonNegative('shock', input.shock);
  const theta = nonNegative('theta', input.theta);
  const maxRounds = integer('maxRounds', input.maxRounds ?? 1000, 1, 1e6);
  const tol = nonNegative('tolerance', input.tolerance ?? 1e-9 * Math.max(x0, 1e-12));
  if (w0 < mBar * p0 * x0 * (1 - 1e-12)) {
    throw new RangeError(`capital must be in [marginRate × price × position = ${mBar * p0 * x0}, ∞) (got ${w0})`);
  }
  let p = p0;
  let x = x0;
  let w = w0 - shock;
  const rounds: SpiralRound[] = [{ round: 0, price: p, position: x, capital: w, marginRate: mBar, sold: 0 }];
  let firstFall = 0;
  let converged = false;
  for (let k = 1; k <= maxRounds; k++) {
    const m = mBar + (theta * Math.abs(p - p0)) / p0;
    const allowed = w > 0 ? w / (m * p0) : 0;
    const xNew = Math.min(x, allowed);
    const sold = x - xNew;
    if (sold <= tol) {
      converged = true;
      break;
    }
    // Sales execute at the post-impact price, so the whole previous position marks the fall.
    const pNew = Math.max(0, p - lambda * sold);
    w += x * (pNew - p);
    if (k === 1) firstFall = p0 - pNew;
    p = pNew;
    x = xNew;
    rounds.push({ round: k, price: p, position: x, capital: w, marginRate: m, sold });
    if (x === 0) {
      converged = true;
      break;
    }
  }
  const totalSold = x0 - x;
  return {
    rounds,
    finalPrice: p,
    finalPosition: x,
    finalCapital: w,
    totalSold,
    amplification: firstFall > 0 ? (p0 - p) / firstFall : 0,
    converged,
  };
}
