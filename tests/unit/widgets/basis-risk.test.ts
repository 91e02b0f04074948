/**
 * basis-risk figure (chapter 4): normalize clamps, every step of the
 * chapter lays out at phone and desktop widths, the summary follows the
 * engine's basis-position model and the 10-year yield dataset, and the
 * text alternative carries the key numbers.
 */
import { describe, expect, it } from 'vitest';
import definition, { LAST_DAY, SCENARIOS, scenarioChangesBp } from '../../../src/components/widgets/basis-risk/index';
import { duplicateKeys } from '../../../src/components/widgets/core/marks';
import { runBasisRisk } from '../../../src/engine/scenarios/risk';
import { yields2020 } from '../../../src/data/index';
import { formatUsdLarge } from '@strings/format';
import { chapterScrollies } from '../../support/pages';
import { badValues, drawFigure, stateOf } from '../../support/figures';

function draw(raw: unknown, width = 390) {
  return drawFigure(definition, raw, width);
}

const steps = chapterScrollies()
  .filter((s) => s.figure === 'basis-risk')
  .flatMap((s) => s.steps);

describe('basis-risk normalize', () => {
  it('clamps and fills defaults without throwing', () => {
    expect(stateOf(definition, { day: 99, scenario: 'boom', answer: 'run', showPaperGain: 'yes' })).toEqual({
      day: LAST_DAY,
      scenario: 'yield-fall',
      answer: 'pending',
      showPaperGain: false,
    });
    expect(stateOf(definition, { day: -4 }).day).toBe(0);
    expect(stateOf(definition, { day: Number.NaN }).day).toBe(0);
    expect(stateOf(definition, { day: '2.6' }).day).toBe(3);
    expect(stateOf(definition, null)).toEqual({ day: 0, scenario: 'yield-fall', answer: 'pending', showPaperGain: false });
  });
});

describe('basis-risk chapter steps', () => {
  it('is driven by 4–8 chapter steps, each changing the figure', () => {
    expect(steps.length).toBeGreaterThanOrEqual(4);
    expect(steps.length).toBeLessThanOrEqual(8);
    const states = steps.map((s) => JSON.stringify(draw(s.state).summary));
    for (let i = 1; i < states.length; i++) expect(states[i]).not.toBe(states[i - 1]);
  });

  it.each(steps.flatMap((s) => [340, 720].map((w) => [s.id, w, s.state] as const)))('%s lays out at %i px', (_id, width, state) => {
    const { marks } = draw(state, width);
    expect(badValues(marks)).toEqual([]);
    expect(duplicateKeys(marks)).toEqual([]);
  });

  it('every scenario × day × answer lays out without NaN', () => {
    for (const scenario of SCENARIOS) {
      for (let day = 0; day <= LAST_DAY; day++) {
        for (const answer of ['pending', 'top-up', 'reduce']) {
          const { marks } = draw({ scenario, day, answer, showPaperGain: true }, 340);
          expect(badValues(marks)).toEqual([]);
        }
      }
    }
  });
});

describe('basis-risk follows the engine and the dataset', () => {
  const dates = yields2020.date.filter((d) => d >= '2020-02-28' && d <= '2020-03-09');

  it('uses the DGS10 changes of the window for the yield-fall scenarios', () => {
    const y = dates.map((d) => yields2020.dgs10[yields2020.date.indexOf(d)] as number);
    const changes = scenarioChangesBp('yield-fall');
    expect(changes).toHaveLength(dates.length - 1);
    changes.forEach((c, i) => expect(c).toBeCloseTo((y[i + 1] - y[i]) * 100, 6));
    expect(changes.reduce((a, b) => a + b, 0)).toBeLessThan(-30);
  });

  it('summary numbers are the engine rows', () => {
    const engine = runBasisRisk({ dates, yieldChangesBp: scenarioChangesBp('yield-fall') });
    for (let day = 0; day <= LAST_DAY; day++) {
      const s = draw({ day, scenario: 'yield-fall', answer: 'top-up' }).summary;
      expect(s.cumulativeCashPaid).toBe(Math.round(engine.days[day].cumulativeCashPaid));
      expect(s.paperGain).toBe(Math.round(engine.days[day].paperGain));
      expect(s.freeCash).toBe(Math.round(engine.days[day].freeCash));
      expect(s.futuresPrice).toBeCloseTo(engine.days[day].futuresPrice, 3);
    }
  });

  it('yield fall: a margin call appears and the cash paid is positive', () => {
    const firstCall = draw({ scenario: 'yield-fall' }).summary.firstCallDay as number;
    expect(firstCall).toBeGreaterThan(0);
    const atCall = draw({ scenario: 'yield-fall', day: firstCall }).summary;
    expect(atCall.marginCall).toBe(true);
    expect(atCall.call as number).toBeGreaterThan(0);
    expect(atCall.balance as number).toBeLessThan(atCall.maintenance as number);
    expect(atCall.cumulativeCashPaid as number).toBeGreaterThan(0);
    expect(draw({ scenario: 'yield-fall', day: LAST_DAY }).summary.cumulativeCashPaid as number).toBeGreaterThan(atCall.cumulativeCashPaid as number);
  });

  it('calm path: no margin call', () => {
    expect(draw({ scenario: 'calm' }).summary.firstCallDay).toBeNull();
    for (let day = 0; day <= LAST_DAY; day++) expect(draw({ scenario: 'calm', day }).summary.marginCall).toBe(false);
  });

  it('topping up repeatedly drains the free cash below zero', () => {
    const s = draw({ scenario: 'yield-fall', day: LAST_DAY, answer: 'top-up' }).summary;
    expect(s.freeCash as number).toBeLessThan(0);
    expect(s.call).toBe(0);
  });

  it('basis widening: cash paid outruns the bond\'s paper gain', () => {
    const plain = draw({ scenario: 'yield-fall', day: LAST_DAY, showPaperGain: true }).summary;
    const wide = draw({ scenario: 'yield-fall-widening', day: LAST_DAY, showPaperGain: true }).summary;
    const gap = (s: typeof plain) => (s.cumulativeCashPaid as number) - (s.paperGain as number);
    expect(Math.abs(gap(plain))).toBeLessThan(0.05 * (plain.cumulativeCashPaid as number));
    expect(gap(wide)).toBeGreaterThan(3 * Math.abs(gap(plain)));
    expect(wide.freeCash as number).toBeLessThan(plain.freeCash as number);
  });

  it('reducing the position cuts a share of it and frees cash instead of paying the call', () => {
    const pending = draw({ scenario: 'yield-fall', day: 2 }).summary;
    const reduce = draw({ scenario: 'yield-fall', day: 5, answer: 'reduce' });
    expect(reduce.state.day).toBe(5);
    expect(reduce.summary.day).toBe(pending.firstCallDay);
    expect(reduce.summary.cutShare as number).toBeGreaterThan(0);
    expect(reduce.summary.cutShare as number).toBeLessThan(1);
    expect(reduce.summary.freeCash as number).toBeGreaterThan(pending.freeCash as number);
  });
});

describe('basis-risk text alternative', () => {
  it('names the date, the call and the cash paid in Chinese with the numbers', () => {
    const firstCall = draw({ scenario: 'yield-fall' }).summary.firstCallDay as number;
    const { text, summary } = draw({ scenario: 'yield-fall', day: firstCall, showPaperGain: true });
    expect(text).toMatch(/2020 年 3 月 \d+ 日/);
    expect(text).toContain('追加保证金通知');
    expect(text).toContain(formatUsdLarge(summary.call as number));
    expect(text).toContain(formatUsdLarge(summary.cumulativeCashPaid as number));
    expect(text).toContain(formatUsdLarge(summary.paperGain as number));
  });

  it('differs for every step state', () => {
    const texts = steps.map((s) => draw(s.state).text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('says when the free cash has run out', () => {
    const { text, summary } = draw({ scenario: 'yield-fall', day: LAST_DAY, answer: 'top-up' });
    expect(text).toContain(formatUsdLarge(-(summary.freeCash as number)));
  });
});

describe('basis-risk data table', () => {
  it('lists every day of the window with the engine\'s cash flows', () => {
    const state = stateOf(definition, { scenario: 'yield-fall' });
    const model = definition.compute(state);
    const table = definition.table!(model, state);
    expect(table.rows).toHaveLength(LAST_DAY + 1);
    table.rows.forEach((row, i) => {
      expect(row).toHaveLength(table.columns.length);
      expect(row[3]).toBe(Math.round(model.path.days[i].cashPaid));
      expect(row[6]).toBe(Math.round(model.path.days[i].marginCall));
    });
    expect(String(table.rows[1][0])).toMatch(/^2020 年 3 月 2 日$/);
  });
});
