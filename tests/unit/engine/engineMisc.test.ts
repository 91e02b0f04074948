import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as engine from '../../../src/engine';
import {
  generateFunds,
  seededRandom,
  simulateMarginAccount,
  volatilityMargins,
  MILK_TEA,
  SOFR_SPIKE_2019,
  weekdaysBetween,
} from '../../../src/engine';

const ENGINE = join(__dirname, '../../../src/engine');

describe('engine boundaries', () => {
  const files = readdirSync(ENGINE).filter((f) => f.endsWith('.ts'));
  it('imports nothing outside src/engine, touches no DOM and no Math.random', () => {
    for (const f of files) {
      const text = readFileSync(join(ENGINE, f), 'utf8');
      for (const m of text.matchAll(/from\s+'([^']+)'/g)) expect(m[1].startsWith('./'), `${f} imports ${m[1]}`).toBe(true);
      expect(/\b(document|window|Math\.random)\b/.test(text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')), f).toBe(false);
    }
  });
  it('holds no Chinese text', () => {
    for (const f of [...files, 'README.md']) expect(/[\u4e00-\u9fff]/.test(readFileSync(join(ENGINE, f), 'utf8')), f).toBe(false);
  });
  it('index re-exports every public model', () => {
    const names = [
      'parseQuote', 'formatQuote', 'accruedInterest', 'couponPeriod', 'couponsBetween', 'conversionFactor', 'hedgeContracts',
      'invoicePrice', 'grossBasis', 'carry', 'netBasis', 'impliedRepoRate', 'fairFuturesPrice', 'cheapestToDeliver',
      'openMarginAccount', 'variationMargin', 'settle', 'simulateMarginAccount', 'withdrawable', 'marginLeverage', 'volatilityMargins',
      'openBasisPosition', 'sizeBasisPosition', 'simulateBasisPosition', 'convergingFuturesPrices', 'toyTrade', 'repeatToyTrade',
      'spreadFromDemand', 'repoInterest', 'financeAtRatePath', 'carryTradeProfit', 'breakevenRepoRate', 'runCascade',
      'generateFunds', 'seededRandom', 'fireSaleSpillover', 'marginSpiral', 'march2020Scenario',
    ];
    for (const n of names) expect(typeof (engine as Record<string, unknown>)[n], n).toBe('function');
    for (const n of ['MILK_TEA', 'TOY_OPEN', 'TOY_CONVERGE', 'TOY_FORCED_SALE', 'SOFR_SPIKE_2019', 'CONTRACTS', 'MARCH_2020_DATES']) {
      expect((engine as Record<string, unknown>)[n], n).toBeDefined();
    }
  });

  it('index keeps internals internal: no argument checker is part of the public API', () => {
    for (const n of ['finite', 'inRange', 'positive', 'nonNegative', 'integer', 'nonEmpty', 'oneOf', 'isoDate', 'increasingDays', 'toDayNumber']) {
      expect((engine as Record<string, unknown>)[n], n).toBeUndefined();
    }
    expect(readFileSync(join(ENGINE, 'index.ts'), 'utf8')).not.toMatch(/export \* from '\.\/(?!scenarios')/);
  });
});

describe('seededRandom and generateFunds', () => {
  it('the same seed gives the same numbers, in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(seededRandom(43)()).not.toBe(seededRandom(42)());
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.05);
  });
  it('funds add up to the total equity, largest first, leverage in range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 1000 }), (count, seed) => {
        const funds = generateFunds({ count, totalEquity: 1e10, minLeverage: 10, maxLeverage: 30, random: seededRandom(seed) });
        expect(funds).toHaveLength(count);
        expect(funds.reduce((s, f) => s + f.equity, 0)).toBeCloseTo(1e10, -1);
        for (let i = 1; i < count; i++) expect(funds[i].equity).toBeLessThanOrEqual(funds[i - 1].equity);
        expect(funds.every((f) => f.leverage >= 10 && f.leverage <= 30)).toBe(true);
      }),
    );
  });
  it('rejects bad input', () => {
    expect(() => seededRandom(-1)).toThrow(/seed must be in \[0, 4294967295\]/);
    expect(() => seededRandom(1.5)).toThrow(/seed must be a whole number/);
    const r = seededRandom(1);
    expect(() => generateFunds({ count: 0, totalEquity: 1, minLeverage: 1, maxLeverage: 2, random: r })).toThrow(/count must be in \[1, 100000\]/);
    expect(() => generateFunds({ count: 2, totalEquity: 1, minLeverage: 5, maxLeverage: 2, random: r })).toThrow(/maxLeverage must be in \[5, 10000\]/);
    expect(() => generateFunds({ count: 2, totalEquity: NaN, minLeverage: 1, maxLeverage: 2, random: r })).toThrow(/totalEquity must be a finite number/);
  });
});

describe('volatilityMargins', () => {
  it('with flat prices the EWMA volatility decays by √λ a day and the margin with it', () => {
    const rows = volatilityMargins({ prices: [110, 110, 110, 110], contractFace: 100_000, multiplier: 3, initialVolatility: 0.004 });
    rows.forEach((r, t) => {
      expect(r.volatility).toBeCloseTo(0.004 * Math.pow(0.94, t / 2), 15);
      expect(r.initialMargin).toBeCloseTo(3 * r.volatility * 110 * 1000, 6);
      expect(r.maintenanceMargin).toBeCloseTo(0.8 * r.initialMargin, 9);
    });
  });
  it('a large move raises the margin the next day (procyclical), and the floor holds', () => {
    const rows = volatilityMargins({ prices: [110, 112.2, 112.2], contractFace: 100_000, multiplier: 3, initialVolatility: 0.004, floor: 500 });
    const r = 0.02;
    expect(rows[1].volatility).toBeCloseTo(Math.sqrt(0.94 * 0.004 ** 2 + 0.06 * r * r), 15);
    expect(rows[1].initialMargin).toBeGreaterThan(rows[0].initialMargin * 1.3);
    const floored = volatilityMargins({ prices: [100, 100], contractFace: 100_000, multiplier: 1, initialVolatility: 1e-6, floor: 500 });
    expect(floored.every((x) => x.initialMargin === 500)).toBe(true);
  });
  it('feeds simulateMarginAccount as margin changes: a hike can call with no loss', () => {
    const prices = [110, 107.8, 110, 110];
    const rows = volatilityMargins({ prices, contractFace: 100_000, multiplier: 3, initialVolatility: 0.002 });
    const sim = simulateMarginAccount({
      spec: { contracts: -1, openPrice: 110, initialMargin: rows[0].initialMargin, maintenanceMargin: rows[0].maintenanceMargin, contractFace: 100_000 },
      prices: prices.slice(1),
      marginChanges: rows.slice(1),
    });
    expect(sim[1].account.initialMargin).toBeCloseTo(rows[1].initialMargin, 9);
    // Day 2 the price is back where it started, yet the raised margin calls.
    expect(sim[2].call).toBeGreaterThan(0);
  });
  it('stays finite and positive on any path', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 5000, max: 20000 }), { minLength: 1, maxLength: 100 }), (ps) => {
        for (const r of volatilityMargins({ prices: ps.map((p) => p / 100), contractFace: 100_000, multiplier: 3, initialVolatility: 0.003 })) {
          expect(Number.isFinite(r.initialMargin) && r.initialMargin > 0).toBe(true);
        }
      }),
    );
  });
  it('rejects bad input', () => {
    const ok = { prices: [100, 101], contractFace: 100_000, multiplier: 3, initialVolatility: 0.003 };
    expect(() => volatilityMargins({ ...ok, prices: [] })).toThrow(/prices must be a non-empty array/);
    expect(() => volatilityMargins({ ...ok, decay: 1 })).toThrow(/decay must be in/);
    expect(() => volatilityMargins({ ...ok, prices: [100, NaN] })).toThrow(/prices\[1\] must be a finite number/);
    expect(() => volatilityMargins({ ...ok, maintenanceRatio: 1.5 })).toThrow(/maintenanceRatio must be in/);
  });
});

describe('named scenarios', () => {
  it('the SOFR spike runs over consecutive business days and peaks on 17 Sep 2019', () => {
    expect(SOFR_SPIKE_2019.dates).toEqual(weekdaysBetween('2019-09-12', '2019-09-25'));
    const peak = SOFR_SPIKE_2019.rates.indexOf(Math.max(...SOFR_SPIKE_2019.rates));
    expect(SOFR_SPIKE_2019.dates[peak]).toBe('2019-09-17');
    expect(SOFR_SPIKE_2019.rates[peak - 1]).toBe(0.0243);
  });
  it('milk-tea margin call arrives on the scenario call day', () => {
    const rows = simulateMarginAccount({ spec: MILK_TEA.spec, prices: MILK_TEA.prices });
    expect(rows.findIndex((r) => r.call > 0)).toBe(MILK_TEA.callDay);
  });
  it('a fractional margin-change day is rejected instead of silently ignored', () => {
    expect(() => simulateMarginAccount({ spec: MILK_TEA.spec, prices: MILK_TEA.prices, marginChanges: [{ day: 1.5, initialMargin: 12, maintenanceMargin: 9 }] })).toThrow(
      /marginChanges\[0\].day must be a whole number/,
    );
  });
});
