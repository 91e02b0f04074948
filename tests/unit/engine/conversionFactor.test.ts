import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CONTRACTS, conversionFactor, hedgeContracts, termToMaturity, type ContractCode } from '../../../src/engine';

/**
 * Independent check: the clean price per $1 at a 6% semiannual yield of a
 * bond with `months` left, accrued linearly over the current half-year
 * (what the CME formula encodes), rounded to 4 decimals.
 */
function priceAtSixPercent(c: number, months: number): number {
  const v = months % 6; // months to the next coupon (0 = on a coupon date)
  const periods = Math.floor(months / 6); // coupons after the next one
  let pv = 0;
  for (let k = 1; k <= periods; k++) pv += (c / 2) * Math.pow(1.03, -k);
  pv += Math.pow(1.03, -periods);
  if (v === 0) return Math.round(pv * 1e4) / 1e4;
  const dirty = Math.pow(1.03, -v / 6) * (c / 2 + pv);
  return Math.round((dirty - ((c / 2) * (6 - v)) / 6) * 1e4) / 1e4;
}

const codes: ContractCode[] = ['TU', 'FV', 'TY', 'TN', 'US', 'UB'];

describe('conversionFactor', () => {
  it('counts whole years and months from the first of the delivery month', () => {
    expect(termToMaturity({ coupon: 0.02, maturity: '2022-11-15' }, '2013-03')).toEqual({ years: 9, months: 8 });
    expect(termToMaturity({ coupon: 0.02, maturity: '2022-03-31' }, '2013-03')).toEqual({ years: 9, months: 0 });
  });
  it('rounds the leftover months down to a quarter for TY, TN, US and UB but not for TU and FV', () => {
    const bond = { coupon: 0.0175, maturity: '2022-11-15' }; // 9 years 8 months from 1 Mar 2013
    for (const code of ['TY', 'TN', 'US', 'UB'] as const) expect(conversionFactor(bond, code, '2013-03')).toBe(priceAtSixPercent(0.0175, 9 * 12 + 6));
    for (const code of ['TU', 'FV'] as const) expect(conversionFactor(bond, code, '2013-03')).toBe(priceAtSixPercent(0.0175, 9 * 12 + 8));
    expect(conversionFactor(bond, 'TY', '2013-03')).not.toBe(conversionFactor(bond, 'FV', '2013-03'));
  });
  it('uses v = 3 for z ≥ 7 on quarter-rounded contracts and v = z − 6 on the others', () => {
    // 4 years 10 months: TY rounds to 9 months (v = 3); FV keeps 10 (v = 4).
    const bond = { coupon: 0.0125, maturity: '2018-01-31' };
    expect(termToMaturity(bond, '2013-03')).toEqual({ years: 4, months: 10 });
    expect(conversionFactor(bond, 'TY', '2013-03')).toBe(priceAtSixPercent(0.0125, 4 * 12 + 9));
    expect(conversionFactor(bond, 'FV', '2013-03')).toBe(priceAtSixPercent(0.0125, 4 * 12 + 10));
  });
  it('matches the price at a 6% yield for every contract and term', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 24 }).map((n) => n * 0.0025),
        fc.integer({ min: 1, max: 30 * 12 }),
        (c, months) => {
          const y = 2030 + Math.floor((months + 2) / 12);
          const m = ((months + 2) % 12) + 1; // delivery month 2030-03 + months
          const bond = { coupon: c, maturity: `${y}-${String(m).padStart(2, '0')}-15` };
          for (const code of codes) {
            const z = months % 12;
            const rounded = CONTRACTS[code].quarterRounding ? months - (z % 3) : months;
            expect(conversionFactor(bond, code, '2030-03')).toBe(priceAtSixPercent(c, rounded));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
  it('is 1 for a 6% coupon on a whole half-year, below 1 for coupons under 6%, above for coupons over', () => {
    expect(conversionFactor({ coupon: 0.06, maturity: '2040-03-15' }, 'US', '2030-03')).toBe(1);
    expect(conversionFactor({ coupon: 0.06, maturity: '2040-09-15' }, 'US', '2030-03')).toBe(1);
    expect(conversionFactor({ coupon: 0.02, maturity: '2040-09-15' }, 'US', '2030-03')).toBeLessThan(1);
    expect(conversionFactor({ coupon: 0.08, maturity: '2040-09-15' }, 'US', '2030-03')).toBeGreaterThan(1);
  });
  it('has four decimals', () => {
    const cf = conversionFactor({ coupon: 0.02625, maturity: '2018-02-15' }, 'FV', '2013-03');
    expect(Math.round(cf * 1e4) / 1e4).toBe(cf);
  });
  it('rejects unknown contracts, bad months and maturities before delivery', () => {
    const bond = { coupon: 0.02, maturity: '2030-05-15' };
    expect(() => conversionFactor(bond, 'ZN' as never, '2025-03')).toThrow(/contract must be one of TU, FV, TY, TN, US, UB/);
    expect(() => conversionFactor(bond, 'TY', '2025-13')).toThrow(/deliveryMonth must be YYYY-MM/);
    expect(() => conversionFactor(bond, 'TY', '2030-05')).toThrow(/bond.maturity must be after/);
    expect(() => conversionFactor({ coupon: -0.01, maturity: '2030-05-15' }, 'TY', '2025-03')).toThrow(/bond.coupon must be in \[0, 1\]/);
  });
});

describe('hedgeContracts', () => {
  it('is face × CF / contract face', () => {
    expect(hedgeContracts(100_000_000, 0.8, 100_000)).toBeCloseTo(800, 12);
    expect(hedgeContracts(100_000_000, 0.9, CONTRACTS.TU.face)).toBeCloseTo(450, 12);
    expect(() => hedgeContracts(-1, 0.9, 100_000)).toThrow(/face must be in \[0, Infinity\]/);
    expect(() => hedgeContracts(1, NaN, 100_000)).toThrow(/conversionFactor/);
  });
});
