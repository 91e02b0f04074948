/**
 * repo-carry figure (chapter 4): the slider's normalize clamps, every step
 * lays out at phone and desktop widths, the profit follows the engine's net
 * basis, is ~0 at the breakeven (implied repo) rate and never rises with the
 * repo rate, and the presets read SOFR from the rates-stress dataset.
 */
import { describe, expect, it } from 'vitest';
import definition, { BREAKEVEN_PCT, RATE_MAX, RATE_MIN, RATE_STEP, SOFR_BEFORE, SOFR_SPIKE } from '../../../src/components/widgets/repo-carry/index';
import { duplicateKeys } from '../../../src/components/widgets/core/marks';
import { REPO_CARRY, repoCarryAt } from '../../../src/engine/scenarios/risk';
import { impliedRepoRate } from '../../../src/engine/basis';
import { conversionFactor } from '../../../src/engine/conversionFactor';
import { ratesWindow, valueOn } from '../../../src/data/index';
import { fact } from '../../../src/data/facts';
import { formatUsdLarge } from '@strings/format';
import { chapterScrollies } from '../../support/pages';
import { badValues, drawFigure, stateOf } from '../../support/figures';
import { controlsOf, formatParam } from '../../../src/components/widgets/core/params';

function draw(raw: unknown, width = 390) {
  return drawFigure(definition, raw, width);
}

const steps = chapterScrollies()
  .filter((s) => s.figure === 'repo-carry')
  .flatMap((s) => s.steps);

describe('repo-carry normalize (the slider)', () => {
  it('clamps the rate to the slider range and falls back to the preset', () => {
    expect(stateOf(definition, { rate: 99 }).rate).toBe(RATE_MAX);
    expect(stateOf(definition, { rate: -3 }).rate).toBe(RATE_MIN);
    expect(stateOf(definition, { rate: '4.5' }).rate).toBe(4.5);
    expect(stateOf(definition, { rate: 'abc', preset: 'sofr-spike' }).rate).toBe(SOFR_SPIKE);
    expect(stateOf(definition, { preset: 'nonsense' })).toEqual({ rate: SOFR_BEFORE, preset: 'sofr-before' });
    expect(stateOf(definition, undefined)).toEqual({ rate: SOFR_BEFORE, preset: 'sofr-before' });
    expect(stateOf(definition, { preset: 'breakeven', rate: 6 })).toEqual({ rate: 6, preset: 'breakeven' });
  });

  it('offers one slider on the rate, 0–8% in steps of 0.05%', () => {
    const controls = controlsOf(definition.params);
    expect(controls).toHaveLength(1);
    const { key, param } = controls[0];
    expect([key, param.min, param.max, param.step]).toEqual(['rate', RATE_MIN, RATE_MAX, RATE_STEP]);
    expect(formatParam(param, 5.25)).toBe('5.25%');
  });
});

describe('repo-carry presets come from the dataset and the engine', () => {
  it('SOFR before and on the 17 Sep 2019 spike', () => {
    const w = ratesWindow('sep2019');
    expect(SOFR_BEFORE).toBe(valueOn(w.date, w.sofr, '2019-09-16'));
    expect(SOFR_SPIKE).toBe(valueOn(w.date, w.sofr, '2019-09-17'));
    expect(SOFR_BEFORE).toBe(fact('sofr-2019-09-16').value);
    expect(SOFR_SPIKE).toBe(fact('sofr-2019-09-17').value);
  });

  it('breakeven is the implied repo rate of the scenario', () => {
    const s = REPO_CARRY;
    const cf = conversionFactor(s.bond, s.contract, s.deliveryMonth);
    const irr = impliedRepoRate({ bond: s.bond, price: s.price, settle: s.settle, delivery: s.delivery, futuresPrice: s.futuresPrice, conversionFactor: cf });
    expect(BREAKEVEN_PCT).toBeCloseTo(irr * 100, 10);
    expect(BREAKEVEN_PCT).toBeGreaterThan(SOFR_BEFORE);
    expect(BREAKEVEN_PCT).toBeLessThan(SOFR_SPIKE);
  });
});

describe('repo-carry profit', () => {
  it('is ~0 at the breakeven rate', () => {
    const s = draw({ preset: 'breakeven' }).summary;
    expect(Math.abs(s.profit as number)).toBeLessThanOrEqual(1);
    expect(s.sign).toBe(0);
  });

  it('never rises as the repo rate rises, and falls in a straight line', () => {
    let prev = Infinity;
    const profits: number[] = [];
    for (let r = RATE_MIN; r <= RATE_MAX + 1e-9; r += RATE_STEP) {
      const p = draw({ rate: r }).summary.profit as number;
      expect(p).toBeLessThanOrEqual(prev);
      prev = p;
      profits.push(repoCarryAt(r / 100).at.profit);
    }
    const slope = (profits[1] - profits[0]) / RATE_STEP;
    expect(slope).toBeLessThan(0);
    profits.forEach((p, i) => expect(p).toBeCloseTo(profits[0] + slope * i * RATE_STEP, 4));
  });

  it('follows the engine in dollars and per 100 face for a $100m position', () => {
    for (const rate of [0, 1.5, SOFR_BEFORE, 4, SOFR_SPIKE, 8]) {
      const s = draw({ rate }).summary;
      const e = repoCarryAt(rate / 100).at;
      expect(s.profit).toBe(Math.round(e.profit));
      expect(s.profitPer100 as number).toBeCloseTo(e.profitPer100, 5);
      expect(e.profit).toBeCloseTo((e.profitPer100 * REPO_CARRY.face) / 100, 4);
    }
  });

  it('is a gain at the SOFR before the spike and a loss at the spike', () => {
    expect(draw({ preset: 'sofr-before' }).summary.sign).toBe(1);
    expect(draw({ preset: 'sofr-spike' }).summary.sign).toBe(-1);
  });
});

describe('repo-carry layout and text', () => {
  it.each(steps.flatMap((s) => [340, 720].map((w) => [s.id, w, s.state] as const)))('%s lays out at %i px', (_id, width, state) => {
    const { marks } = draw(state, width);
    expect(badValues(marks)).toEqual([]);
    expect(duplicateKeys(marks)).toEqual([]);
  });

  it('lays out at the ends of the slider', () => {
    for (const rate of [RATE_MIN, RATE_MAX]) for (const width of [340, 720]) expect(badValues(draw({ rate }, width).marks)).toEqual([]);
  });

  it('each chapter step changes the figure', () => {
    expect(steps.length).toBeGreaterThanOrEqual(3);
    const states = steps.map((s) => JSON.stringify(draw(s.state).summary));
    expect(new Set(states).size).toBe(states.length);
  });

  it('describe() names the rate, the profit, the breakeven and the spike', () => {
    const spike = draw({ preset: 'sofr-spike' });
    expect(spike.text).toContain('5.25%');
    expect(spike.text).toContain(`${SOFR_BEFORE.toFixed(2)}%`);
    expect(spike.text).toContain(formatUsdLarge(Math.abs(spike.summary.profit as number)));
    expect(spike.text).toContain(`${BREAKEVEN_PCT.toFixed(2)}%`);
    expect(spike.text).toContain('亏钱');
    const be = draw({ preset: 'breakeven' });
    expect(be.text).toContain('隐含回购利率');
  });
});
