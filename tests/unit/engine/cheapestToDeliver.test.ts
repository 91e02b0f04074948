import { describe, expect, it } from 'vitest';
import { cheapestToDeliver, conversionFactor, impliedRepoRate } from '../../../src/engine';

const market = { futuresPrice: 125, settle: '2024-01-03', delivery: '2024-03-28', contract: 'TY' as const, repoRate: 0.05 };
const basket = [
  { id: 'short high coupon', bond: { coupon: 0.045, maturity: '2030-11-15' }, price: 101 },
  { id: 'long low coupon', bond: { coupon: 0.01, maturity: '2033-05-15' }, price: 76 },
  { id: 'middle', bond: { coupon: 0.03, maturity: '2031-08-15' }, price: 92 },
];

describe('cheapestToDeliver', () => {
  it('picks the bond with the highest implied repo rate and ranks the rest', () => {
    const res = cheapestToDeliver(basket, market);
    const irrs = basket.map((b) =>
      impliedRepoRate({ bond: b.bond, price: b.price, futuresPrice: 125, conversionFactor: conversionFactor(b.bond, 'TY', '2024-03'), settle: market.settle, delivery: market.delivery }),
    );
    const best = irrs.indexOf(Math.max(...irrs));
    expect(res.ctd.index).toBe(best);
    expect(res.ranked.map((r) => r.impliedRepoRate)).toEqual([...irrs].sort((a, b) => b - a));
    expect(res.ranked).toHaveLength(3);
  });
  it('computes the conversion factor from the contract when not given, uses it when given', () => {
    const res = cheapestToDeliver(basket, market);
    expect(res.ranked.find((r) => r.index === 0)!.conversionFactor).toBe(conversionFactor(basket[0].bond, 'TY', '2024-03'));
    const given = cheapestToDeliver([{ ...basket[0], conversionFactor: 0.9 }], { ...market, contract: undefined });
    expect(given.ctd.conversionFactor).toBe(0.9);
  });
  it('cheapening one bond makes it the CTD', () => {
    const cheap = basket.map((b, i) => (i === 2 ? { ...b, price: b.price - 5 } : b));
    expect(cheapestToDeliver(cheap, market).ctd.id).toBe('middle');
  });
  it('rejects an empty basket, a missing contract, bad prices', () => {
    expect(() => cheapestToDeliver([], market)).toThrow(/basket must be a non-empty array/);
    expect(() => cheapestToDeliver(basket, { ...market, contract: undefined })).toThrow(/contract must be one of/);
    expect(() => cheapestToDeliver(basket, { ...market, futuresPrice: NaN })).toThrow(/futuresPrice must be a finite number/);
    expect(() => cheapestToDeliver([{ ...basket[0], price: -3 }], market)).toThrow(/price must be > 0/);
  });
});
