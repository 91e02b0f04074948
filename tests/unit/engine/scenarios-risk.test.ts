/**
 * Chapter-4 scenarios (scenarios-risk.ts): the basis position's daily cash
 * flows obey the variation-margin and paper-gain definitions (DOMAIN §3.1,
 * §4(a)), a margin call restores the initial margin, cutting the position
 * restores the maintenance level, and the repo-carry profit is minus the net
 * basis: linear in the repo rate and zero at the implied repo rate (§2.6–2.7).
 */
import { describe, expect, it } from 'vitest';
import { BASIS_RISK, REPO_CARRY, reduceOnCall, repoCarryAt, runBasisRisk } from '../../../src/engine/scenarios/risk';
import { daysBetween } from '../../../src/engine/dates';

const DATES = ['2020-02-28', '2020-03-02', '2020-03-03', '2020-03-04', '2020-03-05', '2020-03-06', '2020-03-09'];
const FALL = [-3, -8, 0, -10, -18, -20];

describe('runBasisRisk', () => {
  const run = runBasisRisk({ dates: DATES, yieldChangesBp: FALL });

  it('hedges with face × CF / contract face contracts', () => {
    expect(run.contracts).toBeCloseTo((BASIS_RISK.face * run.conversionFactor) / BASIS_RISK.contractFace, 9);
    expect(run.conversionFactor).toBeGreaterThan(0.5);
    expect(run.conversionFactor).toBeLessThan(1);
  });

  it('variation margin = contracts × ΔF × $1,000 per point, paid in cash by the short when futures rise', () => {
    for (let i = 1; i < run.days.length; i++) {
      const dF = run.days[i].futuresPrice - run.days[i - 1].futuresPrice;
      expect(run.days[i].cashPaid).toBeCloseTo(run.contracts * dF * 1000, 4);
      expect(Math.sign(run.days[i].cashPaid)).toBe(Math.sign(dF));
    }
  });

  it('the paper gain is the clean price change on the face held', () => {
    for (const d of run.days) expect(d.paperGain).toBeCloseTo(((d.cashPrice - BASIS_RISK.price) * BASIS_RISK.face) / 100, 4);
    expect(run.days.at(-1)!.paperGain).toBeGreaterThan(0);
  });

  it('cash prices move by −P × D × Δy', () => {
    for (let i = 1; i < run.days.length; i++) {
      const expected = run.days[i - 1].cashPrice * (1 - (BASIS_RISK.modifiedDuration * FALL[i - 1]) / 10_000);
      expect(run.days[i].cashPrice).toBeCloseTo(expected, 9);
    }
  });

  it('a call appears when the balance falls below maintenance and restores the initial margin', () => {
    expect(run.firstCallDay).not.toBeNull();
    for (const d of run.days.slice(1)) {
      const mm = run.maintenanceMargin * run.contracts;
      if (d.marginCall > 0) {
        expect(d.balanceBeforeCall).toBeLessThan(mm);
        expect(d.balanceBeforeCall + d.marginCall).toBeCloseTo(run.initialMargin * run.contracts, 4);
      } else {
        expect(d.balanceBeforeCall).toBeGreaterThanOrEqual(mm - 1e-6);
      }
    }
  });

  it('without widening the cash paid and the paper gain stay close; with widening the cash paid is larger', () => {
    const last = run.days.at(-1)!;
    expect(Math.abs(last.cumulativeCashPaid - last.paperGain)).toBeLessThan(0.05 * last.cumulativeCashPaid);
    const wide = runBasisRisk({ dates: DATES, yieldChangesBp: FALL, widening: true }).days.at(-1)!;
    expect(wide.paperGain).toBeCloseTo(last.paperGain, 6);
    expect(wide.cumulativeCashPaid - wide.paperGain).toBeGreaterThan(0.1 * wide.cumulativeCashPaid);
  });

  it('a calm path gets no call', () => {
    expect(runBasisRisk({ dates: DATES, yieldChangesBp: BASIS_RISK.calmChangesBp.slice(0, 6) }).firstCallDay).toBeNull();
  });

  it('rejects bad input with a RangeError naming the parameter', () => {
    expect(() => runBasisRisk({ dates: DATES, yieldChangesBp: [1, 2] })).toThrow(/yieldChangesBp/);
    expect(() => runBasisRisk({ dates: DATES, yieldChangesBp: [Number.NaN, 0, 0, 0, 0, 0] })).toThrow(RangeError);
    expect(() => runBasisRisk({ dates: ['2020-02-28'], yieldChangesBp: [] })).toThrow(/dates/);
  });
});

describe('reduceOnCall', () => {
  it('keeps the contracts the balance can carry at maintenance and sells bonds in the same ratio', () => {
    const r = reduceOnCall({ balance: 600, contracts: 10, maintenanceMargin: 80, face: 1_000_000, bondValue: 1_050_000, repoLoan: 1_000_000 });
    expect(r.contractsKept).toBeCloseTo(7.5, 12);
    expect(r.cutShare).toBeCloseTo(0.25, 12);
    expect(r.faceSold).toBeCloseTo(250_000, 6);
    expect(r.cashFreed).toBeCloseTo(12_500, 6);
    expect(r.contractsKept * 80).toBeLessThanOrEqual(600 + 1e-9);
  });

  it('cuts nothing when the balance already covers maintenance, everything when it is gone', () => {
    expect(reduceOnCall({ balance: 1000, contracts: 10, maintenanceMargin: 80, face: 1, bondValue: 1, repoLoan: 0 }).cutShare).toBe(0);
    expect(reduceOnCall({ balance: -5, contracts: 10, maintenanceMargin: 80, face: 1, bondValue: 1, repoLoan: 0 }).cutShare).toBe(1);
  });
});

describe('repoCarryAt', () => {
  const base = repoCarryAt(0.02);

  it('profit is zero at the implied repo rate', () => {
    expect(repoCarryAt(base.breakeven).at.profit).toBeCloseTo(0, 4);
  });

  it('profit falls linearly with the rate: slope = −dirty price × days/360 per 100 face', () => {
    const a = repoCarryAt(0.01).at.profitPer100;
    const b = repoCarryAt(0.05).at.profitPer100;
    const days = daysBetween(REPO_CARRY.settle, REPO_CARRY.delivery);
    const slope = (b - a) / 0.04;
    expect(slope).toBeLessThan(0);
    // Dirty price = clean + accrued (between 0 and half a coupon).
    expect(-slope).toBeGreaterThan((REPO_CARRY.price * days) / 360);
    expect(-slope).toBeLessThan(((REPO_CARRY.price + (100 * REPO_CARRY.bond.coupon) / 2) * days) / 360);
    expect(repoCarryAt(0.03).at.profitPer100).toBeCloseTo(a + slope * 0.02, 9);
  });

  it('profit in dollars = per-100 profit × face / 100', () => {
    const m = repoCarryAt(0.0243);
    expect(m.at.profit).toBeCloseTo((m.at.profitPer100 * REPO_CARRY.face) / 100, 6);
    expect(m.days).toBe(daysBetween(REPO_CARRY.settle, REPO_CARRY.delivery));
  });
});
