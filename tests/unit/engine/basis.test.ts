import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  accruedInterest,
  carry,
  fairFuturesPrice,
  grossBasis,
  impliedRepoRate,
  invoicePrice,
  netBasis,
} from '../../../src/engine';

const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

// No coupon between settle and delivery.
const plain = {
  bond: { coupon: 0.02625, maturity: '2018-02-15' },
  price: 104.5,
  futuresPrice: 123.5,
  conversionFactor: 0.8428,
  settle: '2013-01-02',
  delivery: '2013-02-14',
};
// A coupon (15 Feb) falls between settle and delivery (28 Mar).
const withCoupon = { ...plain, settle: '2013-01-02', delivery: '2013-03-28' };

describe('grossBasis and invoicePrice', () => {
  it('gross basis is P − CF × F', () => {
    expect(grossBasis(104.5, 123.5, 0.8428)).toBeCloseTo(104.5 - 0.8428 * 123.5, 12);
    expect(grossBasis(100, 100.01, 1)).toBeCloseTo(-0.01, 12);
  });
  it('invoice is F × CF × face/100 plus accrued: $1,000 a point on TY, $2,000 on TU', () => {
    const ty = invoicePrice({ futuresPrice: 120, conversionFactor: 0.9, accruedInterest: 0.5 });
    expect(ty.principal).toBeCloseTo(120 * 0.9 * 1000, 9);
    expect(ty.accrued).toBeCloseTo(500, 9);
    expect(ty.total).toBeCloseTo(ty.principal + 500, 9);
    expect(ty.pricePer100).toBeCloseTo(108.5, 12);
    const tu = invoicePrice({ futuresPrice: 110, conversionFactor: 0.95, contractFace: 200_000 });
    expect(tu.principal).toBeCloseTo(110 * 0.95 * 2000, 9);
    expect(tu.accrued).toBe(0);
  });
  it('rejects bad input', () => {
    expect(() => grossBasis(NaN, 100, 1)).toThrow(/price must be a finite number/);
    expect(() => grossBasis(100, 100, 0)).toThrow(/conversionFactor must be in/);
    expect(() => invoicePrice({ futuresPrice: -1, conversionFactor: 1 })).toThrow(/futuresPrice must be > 0/);
    expect(() => invoicePrice({ futuresPrice: 100, conversionFactor: 1, contractFace: 0 })).toThrow(/contractFace must be > 0/);
  });
});

describe('carry', () => {
  it('is accrual minus repo interest on the dirty price, act/360', () => {
    const r = 0.002;
    const n = days(plain.settle, plain.delivery);
    const ai0 = accruedInterest(plain.bond, plain.settle);
    const aiT = accruedInterest(plain.bond, plain.delivery);
    const c = carry({ ...plain, repoRate: r });
    expect(c.days).toBe(n);
    expect(c.couponIncome).toBeCloseTo(aiT - ai0, 12);
    expect(c.financingCost).toBeCloseTo(((plain.price + ai0) * r * n) / 360, 12);
    expect(c.carry).toBeCloseTo(aiT - ai0 - ((plain.price + ai0) * r * n) / 360, 12);
    expect(c.couponsPaid).toBe(0);
  });
  it('turns negative when the repo rate exceeds the coupon yield (inverted curve)', () => {
    expect(carry({ ...plain, repoRate: 0.001 }).carry).toBeGreaterThan(0);
    expect(carry({ ...plain, repoRate: 0.06 }).carry).toBeLessThan(0);
  });
  it('counts a coupon paid before delivery, reinvested at the repo rate', () => {
    const r = 0.01;
    const c = carry({ ...withCoupon, repoRate: r });
    const ai0 = accruedInterest(plain.bond, withCoupon.settle);
    const aiT = accruedInterest(plain.bond, withCoupon.delivery);
    const n2 = days('2013-02-15', withCoupon.delivery);
    expect(c.couponsPaid).toBeCloseTo(1.3125, 12);
    expect(c.couponIncome).toBeCloseTo(aiT - ai0 + 1.3125 * (1 + (r * n2) / 360), 12);
    expect(aiT).toBeLessThan(ai0); // accrual reset on the coupon date
  });
  it('uses the day base given (365 for gilts)', () => {
    const a = carry({ ...plain, repoRate: 0.02 });
    const b = carry({ ...plain, repoRate: 0.02, dayBase: 365 });
    expect(b.financingCost / a.financingCost).toBeCloseTo(360 / 365, 12);
  });
  it('rejects reversed dates and delivery after maturity', () => {
    expect(() => carry({ ...plain, settle: plain.delivery, delivery: plain.settle, repoRate: 0.01 })).toThrow(/delivery must be after settle/);
    expect(() => carry({ ...plain, delivery: '2018-03-01', repoRate: 0.01 })).toThrow(/delivery must be before bond.maturity/);
    expect(() => carry({ ...plain, repoRate: NaN })).toThrow(/repoRate must be a finite number/);
    expect(() => carry({ ...plain, repoRate: 0.01, dayBase: 100 })).toThrow(/dayBase must be in \[360, 366\]/);
  });
});

describe('netBasis and impliedRepoRate', () => {
  it('net basis is the cash-flow form and equals gross basis minus carry', () => {
    const r = 0.0025;
    const n = days(plain.settle, plain.delivery);
    const ai0 = accruedInterest(plain.bond, plain.settle);
    const aiT = accruedInterest(plain.bond, plain.delivery);
    const expected = (plain.price + ai0) * (1 + (r * n) / 360) - (plain.futuresPrice * plain.conversionFactor + aiT);
    const nb = netBasis({ ...plain, repoRate: r });
    expect(nb).toBeCloseTo(expected, 12);
    expect(nb).toBeCloseTo(grossBasis(plain.price, plain.futuresPrice, plain.conversionFactor) - carry({ ...plain, repoRate: r }).carry, 12);
  });
  it('with a coupon before delivery subtracts the coupon grown at the repo rate', () => {
    const r = 0.0025;
    const n = days(withCoupon.settle, withCoupon.delivery);
    const n2 = days('2013-02-15', withCoupon.delivery);
    const ai0 = accruedInterest(plain.bond, withCoupon.settle);
    const aiT = accruedInterest(plain.bond, withCoupon.delivery);
    const expected = (plain.price + ai0) * (1 + (r * n) / 360) - (plain.futuresPrice * plain.conversionFactor + aiT) - 1.3125 * (1 + (r * n2) / 360);
    expect(netBasis({ ...withCoupon, repoRate: r })).toBeCloseTo(expected, 12);
    expect(netBasis({ ...withCoupon, repoRate: r })).toBeCloseTo(
      grossBasis(plain.price, plain.futuresPrice, plain.conversionFactor) - carry({ ...withCoupon, repoRate: r }).carry,
      12,
    );
  });
  it('IRR without a coupon is (invoice/dirty − 1) × 360/n', () => {
    const n = days(plain.settle, plain.delivery);
    const dirty = plain.price + accruedInterest(plain.bond, plain.settle);
    const inv = plain.futuresPrice * plain.conversionFactor + accruedInterest(plain.bond, plain.delivery);
    expect(impliedRepoRate(plain)).toBeCloseTo((inv / dirty - 1) * (360 / n), 12);
  });
  it('IRR with a coupon follows Choudhry eq. 1.16 (coupon reinvested at the IRR)', () => {
    const n = days(withCoupon.settle, withCoupon.delivery);
    const n2 = days('2013-02-15', withCoupon.delivery);
    const dirty = plain.price + accruedInterest(plain.bond, withCoupon.settle);
    const inv = plain.futuresPrice * plain.conversionFactor + accruedInterest(plain.bond, withCoupon.delivery);
    const c2 = 1.3125;
    const expected = ((inv + c2 - dirty) * 360) / (dirty * n - c2 * n2);
    const irr = impliedRepoRate(withCoupon);
    expect(irr).toBeCloseTo(expected, 12);
    // The textbook check: at repo = IRR the net basis is zero.
    expect(netBasis({ ...withCoupon, repoRate: irr })).toBeCloseTo(0, 10);
  });
  it('without coupons NB = dirty × (r − IRR) × n/360, so IRR > repo ⇔ NB < 0', () => {
    fc.assert(
      fc.property(fc.double({ min: 80, max: 130, noNaN: true }), fc.double({ min: 90, max: 140, noNaN: true }), fc.double({ min: 0, max: 0.1, noNaN: true }), (p, f, r) => {
        const input = { ...plain, price: p, futuresPrice: f };
        const irr = impliedRepoRate(input);
        const nb = netBasis({ ...input, repoRate: r });
        const dirty = p + accruedInterest(plain.bond, plain.settle);
        expect(nb).toBeCloseTo((dirty * (r - irr) * days(plain.settle, plain.delivery)) / 360, 8);
        if (Math.abs(irr - r) > 1e-9) expect(Math.sign(nb)).toBe(Math.sign(r - irr));
      }),
    );
  });
  it('net basis is zero at the fair futures price, with or without a coupon', () => {
    for (const input of [plain, withCoupon]) {
      const fair = fairFuturesPrice({ ...input, repoRate: 0.015 });
      expect(netBasis({ ...input, futuresPrice: fair, repoRate: 0.015 })).toBeCloseTo(0, 10);
      expect(impliedRepoRate({ ...input, futuresPrice: fair })).toBeCloseTo(0.015, 10);
    }
  });
  it('a higher futures price lowers the net basis and raises the IRR', () => {
    const a = { ...plain, futuresPrice: 123 };
    const b = { ...plain, futuresPrice: 124 };
    expect(netBasis({ ...b, repoRate: 0.01 })).toBeLessThan(netBasis({ ...a, repoRate: 0.01 }));
    expect(impliedRepoRate(b)).toBeGreaterThan(impliedRepoRate(a));
  });
  it('rejects bad input naming the parameter', () => {
    expect(() => impliedRepoRate({ ...plain, futuresPrice: 0 })).toThrow(/futuresPrice must be > 0/);
    expect(() => impliedRepoRate({ ...plain, price: Infinity })).toThrow(/price must be a finite number/);
    expect(() => netBasis({ ...plain, repoRate: 2 })).toThrow(/repoRate must be in \[-0.1, 1\]/);
    expect(() => netBasis({ ...plain, settle: '2013-02-30', repoRate: 0.01 })).toThrow(/settle must be a real calendar date/);
    expect(() => fairFuturesPrice({ ...plain, conversionFactor: -1, repoRate: 0.01 })).toThrow(/conversionFactor/);
  });
});
