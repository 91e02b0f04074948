/**
 * A stylised March-2020 unwind for `runCascade` (DOMAIN §3, §6). The
 * dates, yields and policy rate are real; everything else is a
 * documented stand-in chosen to tell the story, not a calibration:
 *
 * - days: US business days 2 Mar – 15 Apr 2020 (10 Apr, Good Friday, closed);
 * - yieldChangeBp: daily change of the 10-yr CMT yield (FRED DGS10);
 * - policyRate: effective fed funds (FRED EFFR);
 * - marginRate: futures initial margin 1.5% of notional, raised linearly
 *   to 1.95% (+30%, "note margins up more than 30%") from 2 to 16 Mar;
 * - haircut: 1%, a blend of 0% bilateral and 2% tri-party repo;
 * - repoSpread: 0 until 6 Mar, rising to 0.60% on 16 Mar (GCF − EFFR was
 *   about 61 bp that day), back to 0.10% by 20 Mar as repo operations grew;
 * - externalSales: $147bn of foreign official selling (TIC, March) spread
 *   over 10–24 Mar, $15bn a day on the heaviest days;
 * - centralBank: buys from 16 Mar, $40bn a day, then about $75bn a day from
 *   19 Mar ("amounts needed", about $75bn/day planned the week of 23 Mar);
 * - funds: 20 funds, $20bn of equity in all, leverage 20–38 (the cap at
 *   the start is 1/(1% + 1.5%) = 40);
 * - impact: 3 bp of cash price per $10bn of net sales, half that on
 *   futures buy-backs; dealers unwind 5% of the dislocation a day.
 * With these numbers the basis widens by about a point without the central
 * bank and by about half as much with it; a figure should say "stylised".
 */
import type { CascadeDay, CascadeFund, CascadeInput } from '../cascade';
import { generateFunds } from '../generateFunds';
import { seededRandom } from '../random';

const DGS10: Readonly<Record<string, number>> = {
  '2020-02-28': 1.13, '2020-03-02': 1.1, '2020-03-03': 1.02, '2020-03-04': 1.02, '2020-03-05': 0.92, '2020-03-06': 0.74,
  '2020-03-09': 0.54, '2020-03-10': 0.76, '2020-03-11': 0.82, '2020-03-12': 0.88, '2020-03-13': 0.94,
  '2020-03-16': 0.73, '2020-03-17': 1.02, '2020-03-18': 1.18, '2020-03-19': 1.12, '2020-03-20': 0.92,
  '2020-03-23': 0.76, '2020-03-24': 0.84, '2020-03-25': 0.88, '2020-03-26': 0.83, '2020-03-27': 0.72,
  '2020-03-30': 0.7, '2020-03-31': 0.7, '2020-04-01': 0.62, '2020-04-02': 0.63, '2020-04-03': 0.62,
  '2020-04-06': 0.67, '2020-04-07': 0.75, '2020-04-08': 0.77, '2020-04-09': 0.73,
  '2020-04-13': 0.76, '2020-04-14': 0.76, '2020-04-15': 0.63,
};

const EFFR: Readonly<Record<string, number>> = {
  '2020-03-02': 1.59, '2020-03-04': 1.09, '2020-03-12': 1.1, '2020-03-16': 0.25, '2020-03-19': 0.2, '2020-03-20': 0.15,
  '2020-03-24': 0.12, '2020-03-25': 0.1, '2020-03-30': 0.09, '2020-03-31': 0.08, '2020-04-01': 0.06, '2020-04-02': 0.05,
};

const REPO_SPREAD: Readonly<Record<string, number>> = {
  '2020-03-02': 0, '2020-03-09': 0.001, '2020-03-10': 0.002, '2020-03-11': 0.003, '2020-03-12': 0.004,
  '2020-03-13': 0.005, '2020-03-16': 0.006, '2020-03-17': 0.004, '2020-03-18': 0.003, '2020-03-19': 0.002, '2020-03-20': 0.001,
};

const EXTERNAL_SALES: Readonly<Record<string, number>> = {
  '2020-03-10': 10e9, '2020-03-11': 12e9, '2020-03-12': 15e9, '2020-03-13': 15e9, '2020-03-16': 15e9,
  '2020-03-17': 15e9, '2020-03-18': 15e9, '2020-03-19': 12e9, '2020-03-20': 10e9, '2020-03-23': 8e9,
  '2020-03-24': 20e9,
};

/** Business days of the scenario. */
export const MARCH_2020_DATES: readonly string[] = Object.keys(DGS10).filter((d) => d >= '2020-03-02');

function days(): CascadeDay[] {
  let prev = DGS10['2020-02-28'];
  return MARCH_2020_DATES.map((date, i) => {
    const y = DGS10[date];
    const day: CascadeDay = {
      date,
      yieldChangeBp: Math.round((y - prev) * 100 * 1e6) / 1e6,
      marginRate: i <= 10 ? 0.015 + (0.0045 * i) / 10 : 0.0195,
      externalSales: EXTERNAL_SALES[date] ?? 0,
    };
    prev = y;
    if (i === 0) day.haircut = 0.01;
    if (EFFR[date] !== undefined) day.policyRate = EFFR[date] / 100;
    if (REPO_SPREAD[date] !== undefined) day.repoSpread = REPO_SPREAD[date];
    return day;
  });
}

const START_CB = MARCH_2020_DATES.indexOf('2020-03-16');
const PACE_75 = MARCH_2020_DATES.indexOf('2020-03-19');

/** The funds of the March-2020 scenario (seeded, so always the same 20). */
export function march2020Funds(): CascadeFund[] {
  return generateFunds({ count: 20, totalEquity: 20e9, minLeverage: 20, maxLeverage: 38, random: seededRandom(2020) });
}

/** Inputs for `runCascade`; scale `centralBank.dailyCapacity` to see the Fed's role. */
export function march2020Scenario(): CascadeInput {
  return {
    funds: march2020Funds(),
    days: days(),
    cashPrice: 100,
    futuresPrice: 100.01,
    conversionFactor: 1,
    duration: 8,
    coupon: 0.015,
    cashImpact: 3e-14,
    futuresImpact: 1.5e-14,
    recovery: 0.05,
    centralBank: {
      startDay: START_CB,
      dailyCapacity: MARCH_2020_DATES.map((_, i) => (i < START_CB ? 0 : i < PACE_75 ? 40e9 : 75e9)),
    },
  };
}

/** Index of 16 Mar 2020 (first purchase day) in MARCH_2020_DATES. */
export const MARCH_2020_FED_START = START_CB;
