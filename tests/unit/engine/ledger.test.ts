/**
 * Chapter 7's ledger scenario: the toy trade marked day by day until
 * operation two. Expectations come from the named toy scenarios, from
 * toyTrade itself and from the identity "P&L before financing = basis at
 * exit − basis at entry" (DOMAIN §2.10 in toy form, CF = 1, no coupon).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  breakevenRepoRate,
  LEDGER,
  LEDGER_SCENARIOS,
  ledgerExit,
  repoInterest,
  toyLedger,
  toyTrade,
  TOY_CONVERGE,
  TOY_FORCED_SALE,
  TOY_HAIRCUT,
  TOY_OPEN,
} from '../../../src/engine';

const financing = { repoRate: TOY_FORCED_SALE.repoRate, days: TOY_FORCED_SALE.days, haircut: TOY_HAIRCUT };

describe('LEDGER reuses the toy scenarios', () => {
  it('entry, holding period, repo rate and haircut are the toy trade\'s', () => {
    expect(LEDGER.buyCash).toBe(TOY_OPEN.buyCash);
    expect(LEDGER.sellFutures).toBe(TOY_OPEN.sellFutures);
    expect(LEDGER.days).toBe(TOY_FORCED_SALE.days);
    expect(LEDGER.repoRate).toBe(TOY_FORCED_SALE.repoRate);
    expect(LEDGER.haircut).toBe(TOY_HAIRCUT);
    expect(LEDGER.exitLevel).toBe(TOY_CONVERGE.exitCash);
    expect(LEDGER.exitLevel).toBe(TOY_CONVERGE.exitFutures);
  });

  it('at the default level the exits are exactly TOY_CONVERGE and TOY_FORCED_SALE', () => {
    expect(ledgerExit('converge')).toEqual({ exitCash: TOY_CONVERGE.exitCash, exitFutures: TOY_CONVERGE.exitFutures });
    expect(ledgerExit('forced-sale')).toEqual({ exitCash: TOY_FORCED_SALE.exitCash, exitFutures: TOY_FORCED_SALE.exitFutures });
  });
});

describe('toyLedger', () => {
  it('the exit row is toyTrade of the named scenario with the ledger\'s financing', () => {
    expect(toyLedger({ scenario: 'converge' }).exit).toEqual(toyTrade({ ...TOY_CONVERGE, ...financing }));
    // TOY_FORCED_SALE carries its own rate and days; the haircut defaults to the toy's 2%.
    expect(toyLedger({ scenario: 'forced-sale' }).exit).toEqual(toyTrade(TOY_FORCED_SALE));
  });

  it('converge: +20 on cash, −19.99 on futures, the entry spread in all before financing', () => {
    const r = toyLedger({ scenario: 'converge' });
    expect(r.exit.cashLegPnl).toBeCloseTo(TOY_CONVERGE.exitCash - TOY_OPEN.buyCash, 12);
    expect(r.exit.futuresLegPnl).toBeCloseTo(TOY_OPEN.sellFutures - TOY_CONVERGE.exitFutures, 12);
    expect(r.exit.beforeFinancing).toBeCloseTo(TOY_OPEN.sellFutures - TOY_OPEN.buyCash, 12);
    expect(r.exit.total).toBeCloseTo(r.exit.beforeFinancing - r.exit.repoInterest, 15);
  });

  it('forced sale: exactly nothing before financing, a loss of the whole interest after it', () => {
    const r = toyLedger({ scenario: 'forced-sale' });
    expect(r.exit.beforeFinancing).toBe(0);
    expect(r.exit.repoInterest).toBeGreaterThan(0);
    expect(r.exit.total).toBe(-r.exit.repoInterest);
    expect(r.basisExit).toBeCloseTo(r.basisEntry, 12);
  });

  it('day 0 is the entry: entry prices, no P&L, no interest', () => {
    for (const scenario of LEDGER_SCENARIOS) {
      const d0 = toyLedger({ scenario }).days[0];
      expect(d0.cash).toBe(TOY_OPEN.buyCash);
      expect(d0.futures).toBe(TOY_OPEN.sellFutures);
      expect(d0.pnl.beforeFinancing).toBe(0);
      expect(d0.pnl.repoInterest).toBe(0);
    }
  });

  it('one row per day; interest grows by one night\'s act/360 interest on the 98 borrowed', () => {
    const r = toyLedger({ scenario: 'converge' });
    expect(r.days).toHaveLength(LEDGER.days + 1);
    expect(r.loan).toBeCloseTo((1 - TOY_HAIRCUT) * TOY_OPEN.buyCash, 12);
    expect(r.nightlyInterest).toBeCloseTo(repoInterest(r.loan, LEDGER.repoRate, 1), 15);
    r.days.forEach((d, i) => {
      expect(d.day).toBe(i);
      expect(d.pnl.repoInterest).toBeCloseTo(i * r.nightlyInterest, 15);
    });
  });

  it('converge: the spread closes steadily to zero and the common level moves one way', () => {
    const r = toyLedger({ scenario: 'converge' });
    const spreads = r.days.map((d) => d.spread);
    for (let i = 1; i < spreads.length; i++) expect(spreads[i]).toBeLessThan(spreads[i - 1]);
    expect(spreads.at(-1)).toBe(0);
    for (let i = 1; i < r.days.length; i++) expect(r.days[i].cash).toBeGreaterThan(r.days[i - 1].cash);
  });

  it('forced sale: the same futures path; only the exit day\'s cash falls short', () => {
    const c = toyLedger({ scenario: 'converge' });
    const f = toyLedger({ scenario: 'forced-sale' });
    f.days.forEach((d, i) => {
      expect(d.futures).toBe(c.days[i].futures);
      if (i < LEDGER.days) expect(d.cash).toBe(c.days[i].cash);
    });
    expect(f.days.at(-1)!.spread).toBeCloseTo(LEDGER.forcedShortfall, 12);
  });

  it('the spread pays for nightsCovered nights; at breakevenRate the converged trade nets zero', () => {
    const r = toyLedger({ scenario: 'converge' });
    expect(r.nightsCovered * r.nightlyInterest).toBeCloseTo(r.exit.beforeFinancing, 12);
    expect(r.breakevenRate).toBe(breakevenRepoRate({ cashPrice: TOY_OPEN.buyCash, futuresPrice: TOY_OPEN.sellFutures, days: LEDGER.days, haircut: TOY_HAIRCUT }));
    const atBreakeven = toyTrade({ ...TOY_CONVERGE, ...financing, repoRate: r.breakevenRate });
    expect(atBreakeven.total).toBeCloseTo(0, 12);
    // A higher rate than breakeven means a loss after interest, a lower one a gain.
    expect(toyTrade({ ...TOY_CONVERGE, ...financing, repoRate: r.breakevenRate * 1.1 }).total).toBeLessThan(0);
    expect(toyTrade({ ...TOY_CONVERGE, ...financing, repoRate: r.breakevenRate * 0.9 }).total).toBeGreaterThan(0);
  });

  it('identity: before financing, every row nets basis now − basis at entry, whatever the level', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LEDGER_SCENARIOS), fc.double({ min: LEDGER.minLevel, max: LEDGER.maxLevel, noNaN: true }), (scenario, level) => {
        const r = toyLedger({ scenario, exitLevel: level });
        for (const d of r.days) {
          const basisNow = d.cash - d.futures;
          expect(d.pnl.beforeFinancing).toBeCloseTo(basisNow - r.basisEntry, 9);
          expect(d.pnl.cashLegPnl + d.pnl.futuresLegPnl).toBeCloseTo(d.pnl.beforeFinancing, 12);
        }
        const expected = scenario === 'converge' ? TOY_OPEN.sellFutures - TOY_OPEN.buyCash : 0;
        expect(r.exit.beforeFinancing).toBeCloseTo(expected, 9);
        expect(r.exit.repoInterest).toBeCloseTo(toyLedger({ scenario }).exit.repoInterest, 15);
      }),
    );
  });

  it('rejects bad input with a RangeError naming the parameter', () => {
    expect(() => toyLedger({ scenario: 'hold' as never })).toThrow(RangeError);
    expect(() => toyLedger({ scenario: 'hold' as never })).toThrow(/scenario must be one of converge, forced-sale/);
    expect(() => toyLedger({ scenario: 'converge', exitLevel: Number.NaN })).toThrow(/exitLevel must be a finite number/);
    expect(() => toyLedger({ scenario: 'converge', exitLevel: 10 })).toThrow(/exitLevel must be in \[50, 200\]/);
  });
});
