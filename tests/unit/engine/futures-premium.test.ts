import { describe, expect, it } from 'vitest';
import { futuresPremiumPath, type PremiumInput } from '../../../src/engine/futuresPremium';
import { FUTURES_PREMIUM } from '../../../src/engine/scenarios/futures-premium';
import { spreadFromDemand } from '../../../src/engine/spreadFromDemand';
import { TOY_OPEN } from '../../../src/engine/scenarios/toy';

const BASE: PremiumInput = {
  rounds: 6,
  demandPerRound: 100,
  futuresImpact: 0.001,
  cashImpact: 0.0005,
  arbitrageFrom: null,
  arbitragePerRound: 100,
};

describe('futuresPremiumPath', () => {
  it('without an arbitrageur follows the demand model exactly', () => {
    const rows = futuresPremiumPath(BASE);
    const demand = spreadFromDemand({ steps: 6, demandPerStep: 100, impact: 0.001 });
    expect(rows).toHaveLength(7);
    rows.forEach((r, k) => {
      expect(r.futuresPrice).toBeCloseTo(demand[k].futuresPrice, 12);
      expect(r.cashPrice).toBe(100);
      expect(r.cumulativeArbitrage).toBe(0);
      expect(r.spread).toBeCloseTo(r.spreadWithoutArbitrage, 12);
    });
    // 6 rounds × 100 × 0.001 = 0.6 points.
    expect(rows[6].spread).toBeCloseTo(0.6, 12);
  });

  it('the arbitrageur lowers futures and lifts cash by its own impact', () => {
    const rows = futuresPremiumPath({ ...BASE, arbitrageFrom: 3 });
    expect(rows[2].cumulativeArbitrage).toBe(0);
    expect(rows[3].arbitraged).toBe(true);
    // Round 3: demand 300 → +0.3; arbitrage 100 → futures −0.1, cash +0.05.
    expect(rows[3].futuresPrice).toBeCloseTo(100.2, 12);
    expect(rows[3].cashPrice).toBeCloseTo(100.05, 12);
    expect(rows[3].spread).toBeCloseTo(0.15, 12);
    expect(rows[3].futuresWithoutArbitrage).toBeCloseTo(100.3, 12);
  });

  it('stops trading once the spread is gone instead of locking in a loss', () => {
    // Demand lifts futures 0.01 a round; one arbitrage trade moves the spread by −0.15.
    const rows = futuresPremiumPath({ ...BASE, demandPerRound: 10, arbitrageFrom: 2, arbitragePerRound: 100 });
    expect(rows[2].arbitraged).toBe(true);
    expect(rows[2].spread).toBeCloseTo(-0.13, 12);
    // Round 3 would sell at a spread of 0.03 − 0.15 < 0: no trade.
    expect(rows[3].arbitraged).toBe(false);
    expect(rows[3].cumulativeArbitrage).toBe(100);
  });

  it('rejects bad input with a RangeError naming the parameter', () => {
    expect(() => futuresPremiumPath({ ...BASE, rounds: 0 })).toThrow(/rounds/);
    expect(() => futuresPremiumPath({ ...BASE, demandPerRound: -1 })).toThrow(/demandPerRound/);
    expect(() => futuresPremiumPath({ ...BASE, cashImpact: Number.NaN })).toThrow(/cashImpact/);
    expect(() => futuresPremiumPath({ ...BASE, arbitrageFrom: 7 })).toThrow(/arbitrageFrom/);
  });
});

describe('FUTURES_PREMIUM scenario', () => {
  const rows = futuresPremiumPath(FUTURES_PREMIUM.input);
  const k = FUTURES_PREMIUM.demandRounds;

  it('reaches the article picture, cash 100 against futures 100.01, after the demand rounds', () => {
    expect(rows[k].cashPrice).toBe(TOY_OPEN.buyCash);
    expect(rows[k].futuresPrice).toBeCloseTo(TOY_OPEN.sellFutures, 10);
    expect(rows[k].spread).toBeCloseTo(TOY_OPEN.sellFutures - TOY_OPEN.buyCash, 10);
  });

  it('widens round by round before the arbitrageur, then narrows every round it trades', () => {
    for (let i = 1; i <= k; i++) expect(rows[i].spread).toBeGreaterThan(rows[i - 1].spread);
    for (let i = k + 1; i < rows.length; i++) {
      expect(rows[i].arbitraged).toBe(true);
      expect(rows[i].spread).toBeLessThan(rows[i - 1].spread);
      expect(rows[i].spread).toBeGreaterThan(0);
      expect(rows[i].spreadWithoutArbitrage).toBeGreaterThan(rows[i].spread);
    }
  });
});
