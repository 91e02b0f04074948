import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fireSaleSpillover } from '../../../src/engine';

// Independent matrix algebra for the GLT formulas (DOMAIN §5.1).
type M = number[][];
const mul = (a: M, b: M): M => a.map((row) => b[0].map((_, j) => row.reduce((s, x, k) => s + x * b[k][j], 0)));
const T = (a: M): M => a[0].map((_, j) => a.map((row) => row[j]));
const diag = (v: number[]): M => v.map((x, i) => v.map((_, j) => (i === j ? x : 0)));
const col = (v: number[]): M => v.map((x) => [x]);

const real = (min: number, max: number) => fc.integer({ min: 0, max: 1_000_000 }).map((k) => min + ((max - min) * k) / 1_000_000);

const X = [
  [60e9, 40e9, 0],
  [10e9, 10e9, 30e9],
  [0, 5e9, 5e9],
];
const equity = [4e9, 5e9, 1e9];
const impact = [1e-13, 2e-13, 0];
const shock = [-0.01, -0.02, 0.005];

describe('fireSaleSpillover (GLT first round)', () => {
  it('matches the matrix formulas A·M·L·M′·B·A·M·F term by term', () => {
    const a = X.map((r) => r.reduce((s, x) => s + x, 0));
    const Mw: M = X.map((r, n) => r.map((x) => x / a[n]));
    const A = diag(a);
    const B = diag(a.map((an, n) => (an - equity[n]) / equity[n]));
    const L = diag(impact);
    const F = col(shock);
    const direct = mul(mul(A, Mw), F); // dollar return
    const phi = mul(B, direct); // GLT φ, negative = sales
    const net = mul(T(Mw), phi);
    const dp = mul(L, net);
    const spill = mul(mul(A, Mw), dp); // GLT sign: negative = loss after a negative shock
    const E = equity.reduce((s, e) => s + e, 0);
    const r = fireSaleSpillover({ holdings: X, equity, impact, shock });
    r.directLoss.forEach((v, n) => expect(v).toBeCloseTo(-direct[n][0], 0));
    r.sales.forEach((v, n) => expect(v).toBeCloseTo(-phi[n][0], 0));
    r.netSales.forEach((v, k) => expect(v).toBeCloseTo(-net[k][0], 0));
    r.priceImpact.forEach((v, k) => expect(v).toBeCloseTo(dp[k][0], 14));
    // GLT's products are signed returns (negative after a fall); the engine reports losses as positive dollars.
    r.spilloverLoss.forEach((v, n) => expect(v).toBeCloseTo(-spill[n][0], 0));
    const av = -spill.reduce((s, x) => s + x[0], 0) / E;
    expect(av).toBeGreaterThan(0);
    expect(r.aggregateVulnerability).toBeCloseTo(av, 14);
    r.indirectVulnerability.forEach((v, n) => expect(v).toBeCloseTo(-spill[n][0] / equity[n], 14));
    expect(r.leverage[0]).toBeCloseTo(96e9 / 4e9, 12);
  });
  it('systemicness adds up to aggregate vulnerability', () => {
    const r = fireSaleSpillover({ holdings: X, equity, impact, shock });
    expect(r.systemicness.reduce((s, x) => s + x, 0)).toBeCloseTo(r.aggregateVulnerability, 14);
  });
  it('is linear in the shock', () => {
    fc.assert(
      fc.property(fc.array(real(-0.05, 0.05), { minLength: 3, maxLength: 3 }), real(-5, 5), (f, k) => {
        const base = fireSaleSpillover({ holdings: X, equity, impact, shock: f });
        const scaled = fireSaleSpillover({ holdings: X, equity, impact, shock: f.map((x) => k * x) });
        // Tolerance relative to the size of the terms that are summed (cancellation leaves ~1e-16 of them).
        const close = (a: number, b: number, scale: number) => expect(Math.abs(a - k * b)).toBeLessThanOrEqual(1e-12 * scale * (1 + Math.abs(k)));
        const dollars = 1e11 * 50; // holdings × leverage
        base.sales.forEach((v, n) => close(scaled.sales[n], v, dollars));
        base.spilloverLoss.forEach((v, n) => close(scaled.spilloverLoss[n], v, dollars));
        base.priceImpact.forEach((v, j) => close(scaled.priceImpact[j], v, 1));
        base.directLoss.forEach((v, n) => close(scaled.directLoss[n], v, dollars));
        close(scaled.aggregateVulnerability, base.aggregateVulnerability, 1);
        base.systemicness.forEach((v, n) => close(scaled.systemicness[n], v, 1));
        // And not trivially: a non-zero shock gives non-zero sales somewhere.
        if (f.some((x) => x !== 0) && k !== 0) expect(scaled.sales.some((x) => x !== 0)).toBe(true);
      }),
    );
  });
  it('zero shock moves nothing', () => {
    const r = fireSaleSpillover({ holdings: X, equity, impact, shock: [0, 0, 0] });
    for (const v of [...r.sales, ...r.netSales, ...r.priceImpact, ...r.spilloverLoss, ...r.directLoss]) expect(v === 0).toBe(true);
    expect(r.aggregateVulnerability === 0).toBe(true);
  });
  it('central-bank purchases reduce net sales and vulnerability by exactly their own impact', () => {
    const cb = [5e9, 0, 0];
    const a = fireSaleSpillover({ holdings: X, equity, impact, shock });
    const b = fireSaleSpillover({ holdings: X, equity, impact, shock, centralBankPurchases: cb });
    expect(b.netSales[0]).toBeCloseTo(a.netSales[0] - 5e9, 0);
    expect(b.aggregateVulnerability).toBeLessThan(a.aggregateVulnerability);
    expect(a.aggregateVulnerability - b.aggregateVulnerability).toBeCloseTo(b.centralBankRelief, 14);
    expect(b.systemicness.reduce((s, x) => s + x, 0) - b.centralBankRelief).toBeCloseTo(b.aggregateVulnerability, 14);
  });
  it('more leverage means more sales for the same shock', () => {
    const lo = fireSaleSpillover({ holdings: [[100e9]], equity: [10e9], impact: [1e-13], shock: [-0.01] });
    const hi = fireSaleSpillover({ holdings: [[100e9]], equity: [2e9], impact: [1e-13], shock: [-0.01] });
    expect(hi.sales[0]).toBeGreaterThan(lo.sales[0]);
    // b = 9: sells 9 × 100bn × 1% = 9bn; 10bn of net sales moves price 10 bp at 1e-13.
    expect(lo.sales[0]).toBeCloseTo(9e9, 0);
    expect(lo.priceImpact[0]).toBeCloseTo(-9e9 * 1e-13, 15);
  });
  it('optional GLT rules: leverage cap, and an insolvent institution sells everything left', () => {
    const capped = fireSaleSpillover({ holdings: [[100e9]], equity: [2e9], impact: [1e-13], shock: [-0.01], maxLeverage: 30 });
    expect(capped.leverage[0]).toBe(30);
    expect(capped.sales[0]).toBeCloseTo(30 * 100e9 * 0.01, 0);
    const wiped = fireSaleSpillover({ holdings: [[100e9]], equity: [2e9], impact: [1e-13], shock: [-0.03], sellAllWhenInsolvent: true });
    expect(wiped.sales[0]).toBeCloseTo(97e9, 0);
    const linear = fireSaleSpillover({ holdings: [[100e9]], equity: [2e9], impact: [1e-13], shock: [-0.03] });
    expect(linear.sales[0]).toBeCloseTo(49 * 3e9, 0);
  });
  it('rejects bad input naming the parameter', () => {
    expect(() => fireSaleSpillover({ holdings: [], equity: [], impact: [1], shock: [1] })).toThrow(/holdings must be a non-empty array/);
    expect(() => fireSaleSpillover({ holdings: [[1, 2]], equity: [1], impact: [1], shock: [0.1] })).toThrow(/holdings\[0\] must have 1 entries/);
    expect(() => fireSaleSpillover({ holdings: [[1]], equity: [1], impact: [1, 2], shock: [0.1] })).toThrow(/impact must have 1 entries/);
    expect(() => fireSaleSpillover({ holdings: [[1]], equity: [2], impact: [1], shock: [0.1] })).toThrow(/equity\[0\] must be in \(0, 1\]/);
    expect(() => fireSaleSpillover({ holdings: [[-1]], equity: [1], impact: [1], shock: [0.1] })).toThrow(/holdings\[0\]\[0\] must be ≥ 0/);
    expect(() => fireSaleSpillover({ holdings: [[1]], equity: [1], impact: [1], shock: [NaN] })).toThrow(/shock\[0\] must be a finite number/);
    expect(() => fireSaleSpillover({ holdings: [[1]], equity: [0.5], impact: [1], shock: [0.1], centralBankPurchases: [-1] })).toThrow(/centralBankPurchases\[0\] must be ≥ 0/);
    expect(() => fireSaleSpillover({ holdings: [[1]], equity: [0.5], impact: [1], shock: [0.1], maxLeverage: NaN })).toThrow(/maxLeverage must be a finite number/);
  });
});
