import { bench, describe } from 'vitest';
import {
  cheapestToDeliver,
  fireSaleSpillover,
  generateFunds,
  march2020Scenario,
  marginSpiral,
  runCascade,
  seededRandom,
  simulateBasisPosition,
  weekdaysBetween,
  type CascadeDay,
  type CascadeInput,
} from '../../src/engine';

// 500 funds over 60 days: the size a figure reruns on every slider move (budget: < 5 ms median).
const funds = generateFunds({ count: 500, totalEquity: 20e9, minLeverage: 20, maxLeverage: 38, random: seededRandom(1) });
const rnd = seededRandom(2);
const days: CascadeDay[] = Array.from({ length: 60 }, (_, d) => ({
  yieldChangeBp: (rnd() - 0.55) * 30,
  marginRate: 0.015 + Math.min(d, 15) * 0.0003,
  externalSales: d >= 6 && d < 24 ? 8e9 + 8e9 * rnd() : 0,
  repoSpread: d >= 6 && d < 15 ? 0.004 : 0.001,
}));
days[0] = { ...days[0], haircut: 0.01, policyRate: 0.015 };
const stress: CascadeInput = {
  funds,
  days,
  futuresPrice: 100.01,
  cashImpact: 3e-14,
  futuresImpact: 1.5e-14,
  recovery: 0.05,
  centralBank: { startDay: 15, dailyCapacity: 75e9 },
};
const noFed: CascadeInput = { ...stress, centralBank: undefined };
const march = march2020Scenario();

describe('cascade', () => {
  bench('runCascade 500 funds × 60 days, stress with central bank', () => {
    runCascade(stress);
  });
  bench('runCascade 500 funds × 60 days, stress without central bank', () => {
    runCascade(noFed);
  });
  bench('runCascade March 2020 scenario (20 funds × 32 days)', () => {
    runCascade(march);
  });
});

const bond = { coupon: 0.02625, maturity: '2018-02-15' };
const dates = weekdaysBetween('2012-10-01', '2013-03-28');
const cash = dates.map((_, i) => 104.5 + Math.sin(i / 9));
const fut = dates.map((_, i) => 123.5 + Math.sin(i / 9) / 0.8428);
const basket = Array.from({ length: 12 }, (_, i) => ({ bond: { coupon: 0.01 + i * 0.0025, maturity: `20${33 + (i % 4)}-0${(i % 3) * 3 + 2}-15` }, price: 90 + i }));
const X = Array.from({ length: 100 }, (_, n) => Array.from({ length: 20 }, (_, k) => 1e9 * (1 + ((n * 7 + k * 3) % 11))));

describe('other models', () => {
  bench('simulateBasisPosition, 129 business days with a coupon', () => {
    simulateBasisPosition({ bond, face: 1e8, conversionFactor: 0.8428, dates, cashPrices: cash, futuresPrices: fut, repoRate: 0.002, haircut: 0.02, initialMargin: 1500 });
  });
  bench('cheapestToDeliver, 12 bonds', () => {
    cheapestToDeliver(basket, { futuresPrice: 125, settle: '2029-12-02', delivery: '2030-03-28', contract: 'TY', repoRate: 0.03 });
  });
  bench('fireSaleSpillover, 100 funds × 20 assets', () => {
    fireSaleSpillover({ holdings: X, equity: X.map((r) => r.reduce((a, b) => a + b, 0) / 20), impact: new Array(20).fill(1e-13), shock: new Array(20).fill(-0.01) });
  });
  bench('marginSpiral, fragile case', () => {
    marginSpiral({ price: 100, position: 1000, capital: 5000, marginRate: 0.05, impact: 0.0045, shock: 10, theta: 1 });
  });
});
