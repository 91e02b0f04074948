/** Chapter 4's answer to the first margin call, computed in the engine (scenarios/margin-call-answer.ts). */
import { describe, expect, it } from 'vitest';
import { answerMarginCall, BASIS_RISK, runBasisRisk, weekdaysBetween, yieldChangesBp } from '../../../src/engine';

const changes = [-8, -12, -9, -15, -11];
const dates = weekdaysBetween('2020-03-02', '2020-03-09');
const path = runBasisRisk({ dates, yieldChangesBp: changes, widening: false });
const call = path.firstCallDay!;

describe('answerMarginCall', () => {
  it('has a margin call to answer on this path', () => {
    expect(call).not.toBeNull();
    expect(path.days[call].marginCall).toBeGreaterThan(0);
  });

  it('while pending, the call day owes the call and free cash is before paying it', () => {
    const v = answerMarginCall(path, changes, call, 'pending');
    expect(v.calls[call]).toBeCloseTo(path.days[call].marginCall, 9);
    expect(v.paidIn[call]).toBe(0);
    expect(v.freeCash[call]).toBeCloseTo(path.days[call].freeCash + path.days[call].marginCall, 9);
  });

  it('topping up pays every call; paid so far is their sum up to the day shown', () => {
    const last = path.days.length - 1;
    const v = answerMarginCall(path, changes, last, 'top-up');
    const sum = path.days.slice(0, last + 1).reduce((a, d) => a + d.marginCall, 0);
    expect(v.paidSoFar).toBeCloseTo(sum, 6);
    expect(v.calls.every((c) => c === 0)).toBe(true);
  });

  it('reducing stops on the call day, pays no call, keeps fewer contracts and frees cash from the sale', () => {
    const v = answerMarginCall(path, changes, path.days.length - 1, 'reduce');
    expect(v.day).toBe(call);
    expect(v.calls[call]).toBe(0);
    expect(v.reduce).not.toBeNull();
    expect(v.contractsKept).toBeLessThan(path.contracts);
    expect(v.maintenanceLevel).toBeCloseTo(path.maintenanceMargin * v.contractsKept, 6);
    expect(v.freeCash[call]).toBeCloseTo(path.days[call].freeCash + path.days[call].marginCall + v.reduce!.cashFreed, 6);
    // After the cut the balance covers the maintenance margin on what is kept.
    expect(v.balances[call]).toBeGreaterThanOrEqual(v.maintenanceLevel - 1e-6);
  });

  it('sums the yield changes to the day shown, and rebases prices to 100 on the opening day', () => {
    const v = answerMarginCall(path, changes, 3, 'top-up');
    expect(v.yieldChangeBp).toBeCloseTo(changes[0] + changes[1] + changes[2], 9);
    expect(v.cashIndex[0]).toBe(100);
    expect(v.futuresIndex[0]).toBe(100);
    expect(v.cashRebased).toBeCloseTo(v.cashIndex[3], 12);
    // Yields fell: both legs rose.
    expect(v.cashChangePct).toBeGreaterThan(0);
    expect(v.futuresChangePct).toBeGreaterThan(0);
  });

  it('turns yield levels in percent into daily changes in basis points', () => {
    expect(yieldChangesBp([1.52, 1.5, 0.54])).toEqual([-2, -96]);
  });

  it('rejects a day outside the path or an unknown answer', () => {
    expect(() => answerMarginCall(path, changes, 99, 'top-up')).toThrow(/day/);
    expect(() => answerMarginCall(path, changes, 1, 'run' as never)).toThrow(/answer/);
    expect(BASIS_RISK.face).toBeGreaterThan(0);
  });
});
