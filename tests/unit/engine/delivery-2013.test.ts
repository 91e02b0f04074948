/**
 * The 2013 TY delivery scenario: the basket is deliverable (6½–10 years from
 * 1 March 2013), the calculator's rows follow the bond maths identities
 * (CF from the CME formula, invoice = F × CF + AI, profit = −net basis), a
 * price edit moves the profit by the edit grown at the repo rate, and bad
 * input throws a named RangeError.
 */
import { describe, expect, it } from 'vitest';
import { conversionFactor, daysBetween, DELIVERY_2013, deliveryCalculator, netBasis, termToMaturity } from '../../../src/engine';

const base = { bond: 1, priceShift32: 0, futuresPrice: DELIVERY_2013.futuresPrice, repoRate: DELIVERY_2013.repoRate };

describe('DELIVERY_2013 scenario', () => {
  it('every note has 6½ to 10 years left on the first day of the delivery month', () => {
    for (const b of DELIVERY_2013.basket) {
      const { years, months } = termToMaturity(b.bond, DELIVERY_2013.deliveryMonth);
      const total = years * 12 + months;
      expect(total).toBeGreaterThanOrEqual(78);
      expect(total).toBeLessThanOrEqual(120);
    }
  });

  it('holds to the last business day of March 2013', () => {
    expect(DELIVERY_2013.delivery.slice(0, 7)).toBe(DELIVERY_2013.deliveryMonth);
    expect(deliveryCalculator(base).days).toBe(daysBetween(DELIVERY_2013.settle, DELIVERY_2013.delivery));
  });
});

describe('deliveryCalculator', () => {
  it('uses the CME conversion factor, invoice = F × CF + AI(T), profit = −net basis on the face', () => {
    const res = deliveryCalculator({ ...base, futuresPrice: 131.5 });
    res.rows.forEach((r, i) => {
      const b = DELIVERY_2013.basket[i];
      expect(r.conversionFactor).toBe(conversionFactor(b.bond, 'TY', DELIVERY_2013.deliveryMonth));
      expect(r.invoicePer100).toBeCloseTo(131.5 * r.conversionFactor + r.accruedEnd, 12);
      expect(r.invoicePerContract).toBeCloseTo((r.invoicePer100 * DELIVERY_2013.contractFace) / 100, 6);
      expect(r.netBasis).toBeCloseTo(
        netBasis({ bond: b.bond, price: b.price, futuresPrice: 131.5, conversionFactor: r.conversionFactor, settle: DELIVERY_2013.settle, delivery: DELIVERY_2013.delivery, repoRate: base.repoRate }),
        12,
      );
      expect(r.profitOnFace).toBeCloseTo((-r.netBasis * DELIVERY_2013.face) / 100, 6);
    });
    expect(res.rows.map((r) => r.rank).sort((a, b) => a - b)).toEqual(res.rows.map((_, i) => i + 1));
    expect(res.rows[res.ctd].rank).toBe(1);
  });

  it('a price edit of s/32 changes the profit by −s/32 grown at the repo rate to delivery', () => {
    const days = daysBetween(DELIVERY_2013.settle, DELIVERY_2013.delivery);
    for (const s of [-20, -3.5, 12]) {
      const res = deliveryCalculator({ ...base, bond: 4, priceShift32: s, repoRate: 0.009 });
      const expected = ((-s / 32) * (1 + (0.009 * days) / 360) * DELIVERY_2013.face) / 100;
      expect(res.profitChange).toBeCloseTo(expected, 4);
      expect(res.rows[4].price).toBeCloseTo(DELIVERY_2013.basket[4].price + s / 32, 12);
      expect(res.rows[3].price).toBe(DELIVERY_2013.basket[3].price);
    }
    expect(deliveryCalculator(base).profitChange).toBe(0);
  });

  it('rejects bad input with a named RangeError', () => {
    expect(() => deliveryCalculator({ ...base, bond: 7 })).toThrow(/bond/);
    expect(() => deliveryCalculator({ ...base, bond: 1.5 })).toThrow(RangeError);
    expect(() => deliveryCalculator({ ...base, priceShift32: Number.NaN })).toThrow(/priceShift32/);
    expect(() => deliveryCalculator({ ...base, futuresPrice: 0 })).toThrow(/futuresPrice/);
    expect(() => deliveryCalculator({ ...base, repoRate: 2 })).toThrow(/repoRate/);
  });
});
