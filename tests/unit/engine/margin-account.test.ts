import { describe, expect, it } from 'vitest';
import {
  marginLeverage,
  openMarginAccount,
  settle,
  simulateMarginAccount,
  variationMargin,
  withdrawable,
  type MarginSpec,
} from '../../../src/engine/margin';
import { MILK_TEA } from '../../../src/engine/scenarios/toy';

const TY: MarginSpec = { contracts: 10, openPrice: 110, initialMargin: 4000, maintenanceMargin: 3200, contractFace: 100_000 };

describe('variation margin', () => {
  it('credits a long and debits a short when the price rises', () => {
    expect(variationMargin(1, 110, 111, 100_000)).toBe(1000);
    expect(variationMargin(-1, 110, 111, 100_000)).toBe(-1000);
  });
  it('debits a long and credits a short when the price falls', () => {
    expect(variationMargin(2, 110, 109.5, 100_000)).toBe(-1000);
    expect(variationMargin(-2, 110, 109.5, 100_000)).toBe(1000);
  });
  it('scales with the contract face ($2,000 a point for the 2-year contract)', () => {
    expect(variationMargin(1, 100, 101, 200_000)).toBe(2000);
  });
});

describe('margin account', () => {
  it('opens funded with exactly the initial margin', () => {
    expect(openMarginAccount(TY).balance).toBe(40_000);
  });

  it('issues no call while the balance stays at or above maintenance', () => {
    // 10 contracts lose 0.8 points: −8,000 → balance 32,000 = maintenance exactly.
    const s = settle(openMarginAccount(TY), 109.2);
    expect(s.balanceAfterVm).toBeCloseTo(32_000, 6);
    expect(s.call).toBe(0);
    expect(s.action).toBe('none');
  });

  it('calls when the balance falls below maintenance, for the amount that restores initial margin', () => {
    const s = settle(openMarginAccount(TY), 109);
    expect(s.balanceAfterVm).toBe(30_000);
    expect(s.maintenanceLevel).toBe(32_000);
    expect(s.call).toBe(10_000); // back to 40,000, not just to 32,000
    expect(s.action).toBe('top-up');
    expect(s.account.balance).toBe(40_000);
  });

  it('a short position is called when the price rises', () => {
    const s = settle(openMarginAccount({ ...TY, contracts: -10 }), 111);
    expect(s.variationMargin).toBe(-10_000);
    expect(s.call).toBe(10_000);
  });

  it('reduce keeps the largest whole number of contracts the balance carries at maintenance', () => {
    const s = settle(openMarginAccount(TY), 109, { policy: 'reduce' });
    // 30,000 / 3,200 = 9.375 → keep 9, close 1; nothing paid in.
    expect(s.account.contracts).toBe(9);
    expect(s.contractsClosed).toBe(1);
    expect(s.paidIn).toBe(0);
    expect(s.account.balance).toBeGreaterThanOrEqual(9 * 3200);
  });

  it('reduce keeps the sign of a short position', () => {
    const s = settle(openMarginAccount({ ...TY, contracts: -10 }), 111, { policy: 'reduce' });
    expect(s.account.contracts).toBe(-9);
  });

  it('close liquidates the whole position and later settlements move nothing', () => {
    const closed = settle(openMarginAccount(TY), 109, { policy: 'close' });
    expect(closed.account.contracts).toBe(0);
    expect(closed.contractsClosed).toBe(10);
    const later = settle(closed.account, 120);
    expect(later.variationMargin).toBe(0);
    expect(later.call).toBe(0);
    expect(later.account.balance).toBe(closed.account.balance);
  });

  it('cash above the initial margin is withdrawable', () => {
    const s = settle(openMarginAccount(TY), 111);
    expect(s.account.balance).toBe(50_000);
    expect(s.withdrawable).toBe(10_000);
    expect(withdrawable(openMarginAccount(TY))).toBe(0);
  });

  it('a margin hike raises the levels and can call without any price move', () => {
    const s = settle(openMarginAccount(TY), 110, { initialMargin: 5400, maintenanceMargin: 4320 });
    expect(s.variationMargin).toBe(0);
    expect(s.call).toBe(14_000);
  });
});

describe('the 奶茶 scenario', () => {
  const rows = simulateMarginAccount({ spec: MILK_TEA.spec, prices: MILK_TEA.prices });

  it('has one row per day, starting with the opening day', () => {
    expect(rows).toHaveLength(MILK_TEA.prices.length + 1);
    expect(rows[0].account.balance).toBe(MILK_TEA.spec.initialMargin);
  });

  it('first calls on the scenario call day, restoring the initial margin', () => {
    const first = rows.findIndex((r) => r.call > 0);
    expect(first).toBe(MILK_TEA.callDay);
    const row = rows[first];
    expect(row.balanceAfterVm).toBeLessThan(MILK_TEA.spec.maintenanceMargin);
    expect(row.call).toBe(MILK_TEA.spec.initialMargin - row.balanceAfterVm);
  });

  it('profit and loss equals the price change times the position, whatever was paid in', () => {
    for (const row of rows) {
      expect(row.pnl).toBeCloseTo((row.price - MILK_TEA.spec.openPrice) * MILK_TEA.spec.contracts, 10);
    }
  });

  it('is ten times leveraged: 100 dollars of exposure on 10 of margin', () => {
    expect(marginLeverage(MILK_TEA.spec.openPrice, MILK_TEA.spec.contractFace, MILK_TEA.spec.initialMargin)).toBe(10);
  });

  it('closing on the call day stops the losses and the gains', () => {
    const closed = simulateMarginAccount({ spec: MILK_TEA.spec, prices: MILK_TEA.prices, policy: 'close' });
    const callRow = closed[MILK_TEA.callDay];
    expect(callRow.action).toBe('close');
    for (const row of closed.slice(MILK_TEA.callDay + 1)) expect(row.account.balance).toBe(callRow.account.balance);
  });
});

describe('bad input is rejected with the parameter named', () => {
  it.each([
    ['contracts', { ...TY, contracts: 0 }],
    ['contracts', { ...TY, contracts: Number.NaN }],
    ['openPrice', { ...TY, openPrice: -1 }],
    ['initialMargin', { ...TY, initialMargin: 0 }],
    ['maintenanceMargin', { ...TY, maintenanceMargin: 5000 }],
    ['contractFace', { ...TY, contractFace: Number.POSITIVE_INFINITY }],
  ])('%s', (name, spec) => {
    expect(() => openMarginAccount(spec as MarginSpec)).toThrow(RangeError);
    expect(() => openMarginAccount(spec as MarginSpec)).toThrow(name);
  });

  it('a NaN or negative settlement price', () => {
    const account = openMarginAccount(TY);
    expect(() => settle(account, Number.NaN)).toThrow(/price/);
    expect(() => settle(account, -3)).toThrow(RangeError);
  });

  it('an unknown policy', () => {
    expect(() => settle(openMarginAccount(TY), 109, { policy: 'pray' as never })).toThrow(/policy/);
  });

  it('a price path with a bad value names its index', () => {
    expect(() => simulateMarginAccount({ spec: TY, prices: [110, Number.NaN] })).toThrow(/prices\[1\]/);
  });
});
