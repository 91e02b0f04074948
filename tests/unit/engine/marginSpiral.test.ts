import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { marginSpiral } from '../../../src/engine';

const real = (min: number, max: number) => fc.integer({ min: 0, max: 1_000_000 }).map((k) => min + ((max - min) * k) / 1_000_000);
// Binding at the start: capital = m̄ × p0 × x0.
const base = { price: 100, position: 1000, capital: 0.05 * 100 * 1000, marginRate: 0.05, impact: 0.002, shock: 0, theta: 0 };

describe('marginSpiral', () => {
  it('zero shock moves nothing', () => {
    const r = marginSpiral(base);
    expect(r.totalSold).toBe(0);
    expect(r.finalPrice).toBe(100);
    expect(r.rounds).toHaveLength(1);
    expect(r.converged).toBe(true);
  });
  it('first round sells shock/(m̄·p0) and moves the price by λ per unit', () => {
    const r = marginSpiral({ ...base, shock: 10 });
    expect(r.rounds[1].sold).toBeCloseTo(10 / (0.05 * 100), 12);
    expect(r.rounds[1].price).toBeCloseTo(100 - 0.002 * 2, 12);
    // The loss on the whole previous position cuts capital.
    expect(r.rounds[1].capital).toBeCloseTo(5000 - 10 - 1000 * 0.004, 9);
  });
  it('pure loss spiral: amplification ≈ 1/(1 − λ·x/(m̄·p0)) for a small shock', () => {
    const q = (0.002 * 1000) / (0.05 * 100);
    const r = marginSpiral({ ...base, shock: 1e-4, tolerance: 1e-15 });
    expect(r.amplification).toBeCloseTo(1 / (1 - q), 4);
    // Bigger shocks shrink the position, so later rounds amplify less than the linearised ratio.
    expect(marginSpiral({ ...base, shock: 100 }).amplification).toBeLessThan(1 / (1 - q));
  });
  it('is fragile when λ·x ≥ m̄·p0: a tiny shock makes the position jump below m̄·p0/λ', () => {
    const fragile = marginSpiral({ ...base, impact: 0.006, shock: 1 });
    expect(fragile.finalPosition).toBeLessThanOrEqual((0.05 * 100) / 0.006);
    expect(fragile.totalSold).toBeGreaterThan(100);
    const stable = marginSpiral({ ...base, impact: 0.002, shock: 1 });
    expect(stable.totalSold).toBeLessThan(1);
  });
  it('the margin spiral (θ > 0) forces at least the sales of the loss spiral', () => {
    fc.assert(
      fc.property(real(0, 200), real(0, 0.004), real(0, 5), (shock, impact, theta) => {
        const loss = marginSpiral({ ...base, shock, impact });
        const both = marginSpiral({ ...base, shock, impact, theta });
        expect(both.totalSold).toBeGreaterThanOrEqual(loss.totalSold - 1e-9);
        expect(both.finalPrice).toBeLessThanOrEqual(loss.finalPrice + 1e-9);
      }),
    );
  });
  it('outputs stay finite, whatever the regime', () => {
    fc.assert(
      fc.property(real(0, 500), real(0, 0.01), real(0, 3), (shock, impact, theta) => {
        const r = marginSpiral({ ...base, shock, impact, theta });
        for (const x of r.rounds) expect([x.price, x.position, x.capital, x.sold, x.marginRate].every(Number.isFinite)).toBe(true);
        expect(r.finalPosition).toBeGreaterThanOrEqual(0);
      }),
    );
  });
  it('in the stable region a larger shock never sells less', () => {
    // Declared range: loss ratio λx0/(m̄p0) ≤ 0.6 and margin ratio θλx0/(m̄p0²)·p0 ≤ 0.18, so each
    // round sells less than the one before. In the fragile region the last rounds overshoot the
    // critical position by an amount that depends on the round grid, and monotonicity can fail.
    fc.assert(
      fc.property(real(0, 500), real(0, 500), real(0, 0.003), real(0, 0.3), (s1, s2, impact, theta) => {
        const [lo, hi] = s1 < s2 ? [s1, s2] : [s2, s1];
        const a = marginSpiral({ ...base, shock: lo, impact, theta, tolerance: 1e-13 });
        const b = marginSpiral({ ...base, shock: hi, impact, theta, tolerance: 1e-13 });
        expect(b.totalSold).toBeGreaterThanOrEqual(a.totalSold - 1e-9);
        expect(b.finalPrice).toBeLessThanOrEqual(a.finalPrice + 1e-9);
      }),
    );
  });
  it('slack capital absorbs a small shock without sales', () => {
    const r = marginSpiral({ ...base, capital: 6000, shock: 500 });
    expect(r.totalSold).toBe(0);
  });
  it('rejects bad input naming the parameter', () => {
    expect(() => marginSpiral({ ...base, capital: 100 })).toThrow(/capital must be in \[marginRate × price × position = 5000/);
    expect(() => marginSpiral({ ...base, marginRate: 0 })).toThrow(/marginRate must be in \[1e-9, 1\]/);
    expect(() => marginSpiral({ ...base, shock: -1 })).toThrow(/shock must be ≥ 0/);
    expect(() => marginSpiral({ ...base, theta: NaN })).toThrow(/theta must be a finite number/);
    expect(() => marginSpiral({ ...base, price: 0 })).toThrow(/price must be > 0/);
  });
});
