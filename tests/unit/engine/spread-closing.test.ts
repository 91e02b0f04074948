/**
 * Chapter 6's "operation one" repeated: the prices repeatToyTrade reports
 * for each repetition, and the spreadClosing scenario (when the gap closes,
 * the balance sheet with the futures margin counted as own money, the two
 * multiples). Expectations come from the scenario's inputs and identities.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openBasisPosition, repeatToyTrade, SPREAD_CLOSING, spreadClosing, TOY_HAIRCUT, TOY_INITIAL_MARGIN, TOY_OPEN, TOY_REPETITIONS } from '../../../src/engine';

const S = SPREAD_CLOSING;
const step = S.cashImpact + S.futuresImpact;
const entry = S.futuresPrice - S.cashPrice;

describe('repeatToyTrade: prices each repetition traded at', () => {
  it('repetition k buys at P0 + k × cash impact and sells at F0 − k × futures impact; paid is their sum', () => {
    const r = repeatToyTrade({ repetitions: 40, cashImpact: 0.00002, futuresImpact: 0.00001, faceEach: 200 });
    expect(r.done).toBe(40);
    expect(r.closed).toBe(false);
    let paid = 0;
    for (let k = 0; k < r.done; k++) {
      expect(r.cashPaid[k]).toBeCloseTo(100 + k * 0.00002, 10);
      expect(r.futuresSold[k]).toBeCloseTo(100.01 - k * 0.00001, 10);
      expect(r.spread[k]).toBeCloseTo(r.futuresSold[k] - r.cashPaid[k], 12);
      paid += (r.cashPaid[k] * 200) / 100;
    }
    expect(r.paid).toBeCloseTo(paid, 8);
    expect(r.equity).toBeCloseTo(0.02 * paid, 8);
  });

  it('closed is true exactly when fewer repetitions were done than asked', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.double({ min: 0, max: 1e-3, noNaN: true }), (reps, impact) => {
        const r = repeatToyTrade({ repetitions: reps, cashImpact: impact, futuresImpact: impact });
        expect(r.closed).toBe(r.done < reps);
        expect(r.cashPaid.length).toBe(r.done);
        expect(r.futuresSold.length).toBe(r.done);
      }),
    );
  });
});

describe('spreadClosing scenario', () => {
  it('starts from the article’s 100 / 100.01 with chapter 3’s toy margin and the 2% haircut', () => {
    expect(S.cashPrice).toBe(TOY_OPEN.buyCash);
    expect(S.futuresPrice).toBe(TOY_OPEN.sellFutures);
    expect(S.initialMargin).toBe(TOY_INITIAL_MARGIN);
    expect(S.haircut).toBe(TOY_HAIRCUT);
    expect(S.maxRepetitions).toBe(Math.max(...TOY_REPETITIONS));
  });

  it('one repetition: +0.01 on paper, own money = haircut + margin, loan = the rest', () => {
    const r = spreadClosing({ repetitions: 1 });
    expect(r.done).toBe(1);
    expect(r.firstSpread).toBeCloseTo(entry, 12);
    expect(r.paperProfit).toBeCloseTo(entry * (S.faceEach / 100), 12);
    expect(r.face).toBe(S.faceEach);
    expect(r.haircutEquity).toBeCloseTo(S.haircut * S.cashPrice * (S.faceEach / 100), 12);
    expect(r.marginEquity).toBe(S.initialMargin);
    expect(r.repoLoan).toBeCloseTo((1 - S.haircut) * S.cashPrice * (S.faceEach / 100), 12);
    expect(r.repoMultiple).toBeCloseTo(1 / S.haircut, 12);
    expect(r.assetsToEquity).toBeCloseTo(r.assets / r.equity, 12);
  });

  it('the gap closes after ceil(entry spread ÷ (cash + futures impact)) repetitions, inside the article’s 10,000 and after 100', () => {
    const expected = Math.ceil(entry / step);
    // The scenario keeps the close off an exact boundary, so rounding cannot move it by one.
    expect(Math.abs(entry / step - Math.round(entry / step))).toBeGreaterThan(0.01);
    const r = spreadClosing({ repetitions: S.maxRepetitions });
    expect(r.closesAfter).toBe(expected);
    expect(r.done).toBe(expected);
    expect(r.stopped).toBe(true);
    expect(r.closesAfter!).toBeLessThan(S.maxRepetitions);
    expect(r.closesAfter!).toBeGreaterThan(100);
    expect(r.lastSpread).toBeGreaterThan(0);
    expect(r.gap).toBeLessThanOrEqual(0);
    expect(r.path.cash.length).toBe(expected);
  });

  it('for the article’s counts the spread of the last repetition is the entry spread less its impacts, profit the sum of the spreads', () => {
    for (const n of TOY_REPETITIONS) {
      const r = spreadClosing({ repetitions: n });
      const done = Math.min(n, r.closesAfter ?? n);
      expect(r.done).toBe(done);
      expect(r.lastSpread).toBeCloseTo(entry - (done - 1) * step, 9);
      const sum = done * entry - (step * done * (done - 1)) / 2;
      expect(r.paperProfit).toBeCloseTo(sum * (S.faceEach / 100), 6);
      expect(r.face).toBe(done * S.faceEach);
      expect(r.gap).toBeCloseTo(r.futuresPrice - r.cashPrice, 12);
    }
  });

  it('the balance sheet is openBasisPosition on the bonds bought (at the prices paid) and the contracts sold', () => {
    for (const [n, h] of [[50, 0.02], [100, 0.05], [10_000, 0]] as const) {
      const r = spreadClosing({ repetitions: n, haircut: h });
      const paid = Array.from(r.path.cash.subarray(0, r.done)).reduce((a, p) => a + (p * S.faceEach) / 100, 0);
      const bs = openBasisPosition({ face: r.face, price: (paid * 100) / r.face, haircut: h, initialMargin: S.initialMargin, contracts: r.done });
      expect(r.bondValue).toBeCloseTo(paid, 6);
      expect(r.equity).toBeCloseTo(bs.equity, 6);
      expect(r.equity).toBeCloseTo(h * paid + S.initialMargin * r.done, 6);
      expect(r.assets).toBeCloseTo(paid + S.initialMargin * r.done, 6);
      expect(r.repoLoan + r.equity).toBeCloseTo(r.assets, 6);
      expect(r.assetsToEquity).toBeCloseTo(r.assets / r.equity, 9);
    }
  });

  it('the two multiples: 1/h from repo alone, and a lower assets/equity once the margin counts; neither grows with repetition', () => {
    const once = spreadClosing({ repetitions: 1, haircut: 0.02 });
    const fifty = spreadClosing({ repetitions: 50, haircut: 0.02 });
    expect(fifty.repoMultiple).toBeCloseTo(50, 12);
    expect(fifty.assetsToEquity).toBeLessThan(fifty.repoMultiple!);
    expect(fifty.assetsToEquity).toBeCloseTo((S.cashPrice + S.initialMargin) / (0.02 * S.cashPrice + S.initialMargin), 3);
    expect(fifty.assetsToEquity).toBeCloseTo(once.assetsToEquity, 3);
    // A zero haircut: no repo limit, only the margin is own money.
    const zero = spreadClosing({ repetitions: 50, haircut: 0 });
    expect(zero.repoMultiple).toBeNull();
    expect(zero.equity).toBeCloseTo(S.initialMargin * 50, 9);
    expect(zero.assetsToEquity).toBeGreaterThan(100);
  });

  it('the prices move toward each other and the haircut does not move them', () => {
    const a = spreadClosing({ repetitions: 500, haircut: 0.02 });
    const b = spreadClosing({ repetitions: 500, haircut: 0.15 });
    expect(a.cashPrice).toBe(b.cashPrice);
    expect(a.futuresPrice).toBe(b.futuresPrice);
    for (let k = 1; k < a.path.cash.length; k++) {
      expect(a.path.cash[k]).toBeGreaterThan(a.path.cash[k - 1]);
      expect(a.path.futures[k]).toBeLessThan(a.path.futures[k - 1]);
    }
  });

  it('rejects bad input with a RangeError naming the parameter', () => {
    expect(() => spreadClosing({ repetitions: 0 })).toThrow(RangeError);
    expect(() => spreadClosing({ repetitions: 0 })).toThrow(/repetitions must be in \[1, 10000\]/);
    expect(() => spreadClosing({ repetitions: 10_001 })).toThrow(/repetitions/);
    expect(() => spreadClosing({ repetitions: 2.5 })).toThrow(/repetitions must be a whole number/);
    expect(() => spreadClosing({ repetitions: 5, haircut: -0.1 })).toThrow(/haircut must be in \[0, 1\]/);
    expect(() => spreadClosing({ repetitions: 5, haircut: Number.NaN })).toThrow(/haircut must be a finite number/);
  });
});
