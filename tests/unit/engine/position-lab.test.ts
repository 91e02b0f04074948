/**
 * The sandbox's basis position (scenarios/position-lab.ts): identities
 * derived from the inputs, not numbers copied from a run.
 */
import { describe, expect, it } from 'vitest';
import { POSITION_LAB, runPositionLab, type PositionLabInput } from '../../../src/engine';

const CALM: PositionLabInput = {
  spreadBp: 65,
  haircutPct: 2,
  initialMarginPct: 1.5,
  repoRatePct: 2.43,
  repoSpikePct: 0,
  spikeStartDay: 1,
  spikeDays: 0,
  yieldShockBp: 0,
  shockDays: 5,
  wideningBp: 0,
  freeCashPct: 20,
  daysToDelivery: 90,
  face: 1e9,
};
/** Plenty of free cash: no forced reduction, whatever the path. */
const RICH = { ...CALM, freeCashPct: 90 };

const close = (a: number, b: number, scale: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(scale)));

describe('runPositionLab', () => {
  it('opens with the balance sheet of DOMAIN §2.11: equity = haircut + initial margin + free cash, leverage = assets / equity, 1/h', () => {
    const r = runPositionLab(CALM);
    const contracts = CALM.face / POSITION_LAB.contractFace;
    const futures0 = POSITION_LAB.price + CALM.spreadBp / 100;
    const im = (CALM.initialMarginPct / 100) * futures0 * (POSITION_LAB.contractFace / 100);
    const tied = (CALM.haircutPct / 100) * CALM.face + im * contracts;
    expect(r.contracts).toBe(contracts);
    close(r.initialMargin, im, im);
    close(r.tiedEquity, tied, tied);
    close(r.openingCash / r.openingEquity, CALM.freeCashPct / 100, 1);
    close(r.openingEquity, r.tiedEquity + r.openingCash, r.openingEquity);
    close(r.leverage, (r.bondValue + im * contracts + r.openingCash) / r.openingEquity, r.leverage);
    expect(r.maxLeverage).toBe(100 / CALM.haircutPct);
    expect(runPositionLab({ ...CALM, haircutPct: 0 }).maxLeverage).toBeNull();
    expect(r.days[0].cashPrice).toBe(POSITION_LAB.price);
    close(r.days[0].gapBp, CALM.spreadBp, 1);
  });

  it('with no shock and no spike, P&L at delivery = locked spread − repo interest (DOMAIN §2.10)', () => {
    for (const over of [{}, { repoRatePct: 0 }, { spreadBp: 1, haircutPct: 2, daysToDelivery: 30 }, { daysToDelivery: 180, face: 5e7 }]) {
      const input = { ...CALM, ...over };
      const r = runPositionLab(input);
      const locked = (input.spreadBp / 1e4) * input.face;
      close(r.lockedSpread, locked, locked);
      close(r.pnl, locked - r.repoInterest, r.openingEquity);
      // The calm path: the loan never changes, so the interest is loan × rate × days / 360.
      close(r.repoInterest, (r.repoLoan * (input.repoRatePct / 100) * input.daysToDelivery) / 360, r.repoInterest);
      expect(r.callDays).toEqual([]);
      expect(r.cutDays).toEqual([]);
    }
  });

  it('the toy trade with free financing earns exactly its spread', () => {
    const r = runPositionLab({ ...CALM, spreadBp: 1, repoRatePct: 0 });
    close(r.pnl, CALM.face / 1e4, r.openingEquity);
  });

  it('cash and futures converge at delivery, whatever the path', () => {
    for (const over of [{}, { yieldShockBp: -150, wideningBp: 40 }, { yieldShockBp: 120, shockDays: 10 }]) {
      const r = runPositionLab({ ...CALM, ...over });
      const last = r.days[r.days.length - 1];
      close(last.cashPrice, last.futuresPrice, 100);
      expect(r.days).toHaveLength(CALM.daysToDelivery + 1);
    }
  });

  it('held to delivery, the spread is locked whatever the yield shock and the widening (only repo interest differs)', () => {
    for (const over of [{ yieldShockBp: -150 }, { yieldShockBp: -100, wideningBp: 60 }, { yieldShockBp: 80, shockDays: 3 }]) {
      const r = runPositionLab({ ...RICH, ...over });
      expect(r.cutDays).toEqual([]);
      close(r.pnl, r.lockedSpread - r.repoInterest, r.openingEquity);
    }
  });

  it('a repo spike costs exactly the extra interest act/360 on the loan of the spike nights', () => {
    for (const over of [{}, { yieldShockBp: -100, wideningBp: 30 }]) {
      const base = { ...RICH, ...over };
      const spiked = { ...base, repoSpikePct: 2.82, spikeStartDay: 1, spikeDays: 3 };
      const a = runPositionLab(base);
      const b = runPositionLab(spiked);
      let extra = 0;
      for (let night = spiked.spikeStartDay; night < spiked.spikeStartDay + spiked.spikeDays; night++) {
        // The loan of the night starting on day `night` is the day's repo loan: haircut of the bond's value.
        const loan = (1 - base.haircutPct / 100) * a.days[night].cashPrice * (base.face / 100);
        extra += (loan * (spiked.repoSpikePct / 100) * 1) / 360;
      }
      close(b.spikeInterest, extra, extra);
      close(a.pnl - b.pnl, extra, a.openingEquity);
      close(b.repoInterest - a.repoInterest, extra, a.repoInterest);
      expect(a.spikeInterest).toBe(0);
    }
  });

  it('a spike past delivery costs nothing; the fixing of the delivery day is never charged', () => {
    const a = runPositionLab(CALM);
    const b = runPositionLab({ ...CALM, repoSpikePct: 5, spikeStartDay: CALM.daysToDelivery - 1, spikeDays: 10 });
    const loan = (1 - CALM.haircutPct / 100) * CALM.face;
    close(a.pnl - b.pnl, (loan * 0.05) / 360, a.openingEquity);
    expect(b.days[CALM.daysToDelivery].repoRate).toBeNull();
  });

  it('a larger yield fall never lowers the variation margin paid (peak and through delivery)', () => {
    let prev = runPositionLab({ ...RICH, yieldShockBp: 0 });
    for (let shock = -10; shock >= -300; shock -= 10) {
      const r = runPositionLab({ ...RICH, yieldShockBp: shock, wideningBp: 20 });
      expect(r.cutDays).toEqual([]);
      expect(r.peakVmPaid).toBeGreaterThanOrEqual(prev.peakVmPaid);
      expect(r.vmPaid).toBeGreaterThanOrEqual(prev.vmPaid);
      prev = r;
    }
  });

  it('variation margin through delivery is the futures move on the whole position', () => {
    const input = { ...RICH, yieldShockBp: -80, wideningBp: 25 };
    const r = runPositionLab(input);
    const first = r.days[0];
    const last = r.days[r.days.length - 1];
    close(r.vmPaid, (last.futuresPrice - first.futuresPrice) * (input.face / 100), r.openingEquity);
  });

  it('the repo lender returns (1 − h) of the bond\'s rise in cash as the loan is re-margined', () => {
    for (const over of [{ yieldShockBp: -100 }, { yieldShockBp: 60, wideningBp: 10 }, {}]) {
      const input = { ...RICH, ...over };
      const r = runPositionLab(input);
      const h = input.haircutPct / 100;
      const value = (day: number) => (r.days[day].cashPrice * input.face) / 100;
      close(r.repoMarginFlows, (1 - h) * (value(input.daysToDelivery) - value(0)), r.openingEquity);
      close(r.repoMarginFlowsInShock, (1 - h) * (value(input.shockDays) - value(0)), r.openingEquity);
    }
  });

  it('margin calls come on the days futures rise through maintenance, and are paid from free cash', () => {
    const r = runPositionLab({ ...RICH, yieldShockBp: -100, shockDays: 5 });
    expect(r.callDays.length).toBeGreaterThan(0);
    for (const d of r.callDays) expect(r.days[d].futuresPrice).toBeGreaterThan(r.days[d - 1].futuresPrice);
    // Yields rising: the short receives variation margin, no call.
    expect(runPositionLab({ ...RICH, yieldShockBp: 100 }).callDays).toEqual([]);
  });

  it('forced reduction: when free cash runs out the fund cuts both legs just enough, and gives up the spread still to converge', () => {
    const input = { ...CALM, yieldShockBp: -100, wideningBp: 120, freeCashPct: 5 };
    const r = runPositionLab(input);
    expect(r.cutDays.length).toBeGreaterThan(0);
    expect(r.bust).toBe(false);
    let expectedCost = 0;
    for (const d of r.cutDays) {
      const day = r.days[d];
      expect(day.freeCashBeforeCut).toBeLessThan(0);
      close(day.freeCash, 0, r.openingEquity);
      expect(day.cut).toBeGreaterThan(0);
      expectedCost += (day.cut * day.gapBp * input.face) / 1e4;
    }
    for (const day of r.days) expect(day.freeCash).toBeGreaterThanOrEqual(-1e-6 * r.openingEquity);
    close(r.cutShare, r.cutDays.reduce((s, d) => s + r.days[d].cut, 0), 1);
    close(r.cutCost, expectedCost, r.openingEquity);
    close(r.pnl, r.lockedSpread - r.repoInterest - r.cutCost, r.openingEquity);
    // The same path with ample cash keeps the whole position and earns more.
    const rich = runPositionLab({ ...input, freeCashPct: 90 });
    expect(rich.cutDays).toEqual([]);
    expect(rich.pnl + rich.repoInterest).toBeGreaterThan(r.pnl + r.repoInterest);
  });

  it('a shock the equity cannot carry cuts everything and is marked bust', () => {
    const r = runPositionLab({ ...CALM, haircutPct: 0, initialMarginPct: 0.5, yieldShockBp: -300, shockDays: 1, wideningBp: 300, freeCashPct: 0 });
    expect(r.cutShare).toBeCloseTo(1, 12);
    expect(r.bust).toBe(true);
    expect(r.finalEquity).toBeLessThan(0);
  });

  it('scales with the position size: every dollar amount is proportional to face', () => {
    const a = runPositionLab({ ...CALM, yieldShockBp: -90, wideningBp: 50, freeCashPct: 8 });
    const b = runPositionLab({ ...CALM, yieldShockBp: -90, wideningBp: 50, freeCashPct: 8, face: 3e9 });
    close(b.pnl, 3 * a.pnl, b.openingEquity);
    close(b.cutShare, a.cutShare, 1);
    expect(b.cutDays).toEqual(a.cutDays);
  });

  it('throws a RangeError naming the parameter for bad input', () => {
    const bad: [keyof PositionLabInput, unknown][] = [
      ['spreadBp', -1],
      ['haircutPct', Number.NaN],
      ['initialMarginPct', -0.5],
      ['repoRatePct', 'abc'],
      ['repoSpikePct', -1],
      ['spikeStartDay', 1.5],
      ['spikeDays', -1],
      ['yieldShockBp', Infinity],
      ['shockDays', 0],
      ['shockDays', CALM.daysToDelivery],
      ['wideningBp', -5],
      ['freeCashPct', 100],
      ['daysToDelivery', 1],
      ['daysToDelivery', 1000],
      ['face', 0],
    ];
    for (const [key, value] of bad) {
      expect(() => runPositionLab({ ...CALM, [key]: value } as PositionLabInput), `${key} = ${String(value)}`).toThrow(RangeError);
      expect(() => runPositionLab({ ...CALM, [key]: value } as PositionLabInput)).toThrow(key);
    }
    expect(() => runPositionLab({ ...CALM, haircutPct: 0, initialMarginPct: 0 })).toThrow(/haircutPct/);
  });
});
