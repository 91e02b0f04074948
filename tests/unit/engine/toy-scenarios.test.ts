/**
 * The toy-trade scenarios the chapter-2 and chapter-3 figures draw: the
 * milk-tea account split into own money and money paid in, and the three
 * legs' balance sheet with its capital and return on capital.
 */
import { describe, expect, it } from 'vitest';
import {
  MILK_TEA,
  MILK_TEA_ANSWERS,
  milkTeaAccount,
  simulateMarginAccount,
  TOY_FACE,
  TOY_INITIAL_MARGIN,
  TOY_OPEN,
  toyBalanceSheet,
  toyThreeLegs,
} from '../../../src/engine';

const LAST = MILK_TEA.prices.length;

describe('milkTeaAccount', () => {
  it('shows the engine balance, split into own money and money paid in', () => {
    for (const answer of ['top-up', 'close'] as const) {
      const rows = simulateMarginAccount({ spec: MILK_TEA.spec, prices: MILK_TEA.prices, policy: answer });
      const a = milkTeaAccount(answer, LAST);
      rows.forEach((row, d) => {
        expect(a.balance[d]).toBeCloseTo(row.account.balance, 9);
        expect(a.ownBalance[d] + a.paidIn[d]).toBeCloseTo(a.balance[d], 9);
        expect(a.paidIn[d]).toBeLessThanOrEqual(row.cumulativePaidIn + 1e-9);
        expect(a.paidIn[d]).toBeGreaterThanOrEqual(0);
        expect(a.owed[d]).toBe(0);
      });
    }
  });

  it('while the answer is pending, the call day shows the balance after variation margin and the call owed', () => {
    const a = milkTeaAccount('pending', MILK_TEA.callDay);
    const row = a.rows[MILK_TEA.callDay];
    expect(row.call).toBeGreaterThan(0);
    expect(a.balance[MILK_TEA.callDay]).toBeCloseTo(row.balanceAfterVm, 9);
    expect(a.owed[MILK_TEA.callDay]).toBeCloseTo(row.call, 9);
    // The call restores the account to the initial margin.
    expect(row.balanceAfterVm + row.call).toBeCloseTo(MILK_TEA.spec.initialMargin * MILK_TEA.spec.contracts, 9);
  });

  it('closing marks the position closed from the call day on, not before', () => {
    expect(milkTeaAccount('close', MILK_TEA.callDay).closedFrom).toBe(MILK_TEA.callDay);
    expect(milkTeaAccount('close', MILK_TEA.callDay - 1).closedFrom).toBeNull();
    expect(milkTeaAccount('top-up', LAST).closedFrom).toBeNull();
  });

  it('rejects bad input naming the parameter', () => {
    expect(() => milkTeaAccount('run' as never, 1)).toThrow(/answer/);
    expect(() => milkTeaAccount('pending', LAST + 1)).toThrow(/day/);
    expect(MILK_TEA_ANSWERS).toContain('pending');
  });
});

describe('toyBalanceSheet and toyThreeLegs', () => {
  it('ties up the haircut plus the futures margin as capital once all three legs are on', () => {
    for (const h of [0, 0.01, 0.02, 0.05, 0.2]) {
      const s = toyBalanceSheet(3, h);
      expect(s.equity).toBeCloseTo(h * TOY_OPEN.buyCash * (TOY_FACE / 100) + TOY_INITIAL_MARGIN, 9);
      expect(s.repoLoan + s.bondEquity).toBeCloseTo(s.bondValue, 9);
      expect(s.leverage).toBeCloseTo(s.assets / s.equity, 9);
    }
  });

  it('grows leg by leg: margin only, then the bond paid in full, then financed in repo', () => {
    expect(toyBalanceSheet(0, 0.02).assets).toBe(0);
    expect(toyBalanceSheet(1, 0.02)).toMatchObject({ assets: TOY_INITIAL_MARGIN, equity: TOY_INITIAL_MARGIN, leverage: 1 });
    expect(toyBalanceSheet(2, 0.02).repoLoan).toBe(0);
    expect(toyBalanceSheet(3, 0.02).equity).toBeLessThan(toyBalanceSheet(2, 0.02).equity);
  });

  it('returns the paper gain on the capital, before repo interest; the buy-back adds the shown interest', () => {
    for (const h of [0, 0.02, 0.1]) {
      const t = toyThreeLegs(3, h);
      expect(t.paperGain).toBeCloseTo(((TOY_OPEN.sellFutures - TOY_OPEN.buyCash) * TOY_FACE) / 100, 12);
      expect(t.returnOnCapital).toBeCloseTo(t.paperGain / t.withRepo.equity, 12);
      expect(t.repurchase).toBeCloseTo(t.withRepo.repoLoan + t.repoInterestShown, 12);
      expect(t.repoInterestNight).toBeCloseTo((t.withRepo.repoLoan * t.repoRate) / 360, 12);
    }
    expect(toyThreeLegs(3, 0).returnOnCapital).toBeGreaterThan(toyThreeLegs(3, 0.02).returnOnCapital);
  });

  it('rejects bad input naming the parameter', () => {
    expect(() => toyBalanceSheet(4, 0.02)).toThrow(/legs/);
    expect(() => toyBalanceSheet(3, -0.1)).toThrow(/haircut/);
  });
});
