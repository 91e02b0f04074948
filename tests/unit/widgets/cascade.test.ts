/**
 * cascade figure (chapter 8): every declared step lays out at 390 and 640 px
 * without NaN or duplicate keys; the data-state (summarize) is read from the
 * engine's run of the cascade-live scenario; with the central bank off the
 * run ends with more forced sales and a lower basis than with it on; the
 * text alternative states the same numbers; and the chapter's prose agrees
 * with the scenario and the dated facts it quotes.
 */
import { describe, expect, it } from 'vitest';
import definition, { DEFAULT_CAPACITY_YI, DEFAULT_SHOCK_BP, HIGHLIGHTS, LAST_DAY } from '../../../src/components/widgets/cascade/index';
import { duplicateKeys, renderMarks } from '../../../src/components/widgets/core/marks';
import { CASCADE_LIVE, cascadeDayTotals, cascadeLiveScenario, FUND_STATUS, runCascade } from '../../../src/engine';
import { fact } from '../../../src/data/facts';
import { formatUsdLarge } from '@strings/format';
import { chapterSource, stepsOf } from '../../support/pages';
import { badValues, drawFigure, stateOf } from '../../support/figures';

const CHAPTER = '08-liquidity-crisis.mdx';
const steps = stepsOf('cascade');
const draw = (raw: unknown, width = 390) => drawFigure(definition, raw, width);
const sum = (a: ArrayLike<number>) => Array.from(a).reduce((s, v) => s + v, 0);
const bn = (dollars: number) => Math.round(dollars / 1e7) / 100;

describe('cascade params', () => {
  it('clamps and fills defaults without throwing', () => {
    const s = stateOf(definition, { day: 99, shockBp: -5, fed: 0.7, funds: 1e6, highlight: 'boom' });
    expect(s.day).toBe(LAST_DAY);
    expect(s.shockBp).toBe(0);
    expect(s.fed).toBe(1);
    expect(s.funds).toBe(1000);
    expect(s.highlight).toBe('none');
    expect(stateOf(definition, {})).toMatchObject({ shockBp: DEFAULT_SHOCK_BP, fed: 1, fedCapacity: DEFAULT_CAPACITY_YI, funds: CASCADE_LIVE.funds });
  });

  it('takes its defaults from the data: the 10-year fall of 28 Feb – 9 Mar 2020 and the peak purchase pace', () => {
    expect(DEFAULT_SHOCK_BP).toBe(Math.round((fact('dgs10-2020-02-28').value - fact('dgs10-2020-03-09').value) * 100));
    expect(DEFAULT_CAPACITY_YI * 1e8).toBe(fact('fed-purchase-peak-2020-03-19').value * 1e9);
  });

  it('offers the central-bank switch and the shock as sliders (numbers: flags are not controls yet)', () => {
    const controls = Object.entries(definition.params).filter(([, p]) => p.kind === 'number' && p.control);
    expect(controls.map(([k]) => k)).toEqual(['fed', 'shockBp']);
  });
});

describe('cascade: every declared state lays out', () => {
  it('is driven by the chapter\'s steps, each changing the figure', () => {
    expect(steps.length).toBeGreaterThanOrEqual(4);
    const states = steps.map((s) => JSON.stringify(draw(s.state).summary));
    for (let i = 1; i < states.length; i++) expect(states[i]).not.toBe(states[i - 1]);
  });

  const cases = [...steps.map((s) => [s.id, s.state] as const), ['fed off', { fed: 0 }] as const, ['few funds', { funds: 20, day: 9 }] as const];
  it.each(cases.flatMap(([id, state]) => [390, 640].map((w) => [id, w, state] as const)))('%s at %i px: no NaN, no duplicate keys, text inside', (_id, width, state) => {
    const { marks, size } = draw(state, width);
    expect(badValues(marks)).toEqual([]);
    expect(duplicateKeys(marks)).toEqual([]);
    // Every text anchor lies inside the view box.
    const outside: string[] = [];
    const walk = (ms: typeof marks) => {
      for (const m of ms) {
        if (m.tag === 'text') {
          const x = Number(m.attrs?.x);
          const y = Number(m.attrs?.y);
          if (x < 0 || x > size.width || y < 8 || y > size.height) outside.push(`${m.key} (${x}, ${y})`);
        }
        walk(m.children ?? []);
      }
    };
    walk(marks);
    expect(outside).toEqual([]);
    expect(renderMarks(marks).length).toBeGreaterThan(1000);
  });

  it('every day × highlight × central-bank setting lays out at a phone width', () => {
    for (let day = 0; day <= LAST_DAY; day += 3) {
      for (const highlight of HIGHLIGHTS) {
        for (const fed of [0, 1]) expect(badValues(draw({ day, highlight, fed }, 390).marks)).toEqual([]);
      }
    }
  }, 60_000);

  it('draws one square per fund, in the path of the engine\'s state on the shown day', () => {
    for (const day of [2, 4, 9, 12]) {
      const { marks, model } = draw({ day });
      const paths = marks.find((m) => m.key === 'funds')!.children!;
      const K = model.run.fundCount;
      const row = Array.from(model.run.fundStatus.slice(day * K, (day + 1) * K));
      const classes = ['s-healthy', 's-called', 's-forced', 's-out'];
      expect(paths).toHaveLength(4);
      paths.forEach((p, status) => {
        expect(String(p.attrs!.class)).toContain(classes[status]);
        const squares = (String(p.attrs!.d).match(/M/g) ?? []).length;
        expect(squares, `day ${day}, ${classes[status]}`).toBe(row.filter((s) => s === status).length);
      });
    }
  });

  it('draws one bar per day and series, empty after the shown day', () => {
    const { marks, model } = draw({ day: 12 });
    const flows = marks.find((m) => m.key === 'flows')!.children!;
    for (const key of ['external', 'forced', 'cb']) {
      const d = String(flows.find((m) => m.key === key)!.attrs!.d);
      const bars = d.split('M').slice(1);
      expect(bars).toHaveLength(model.run.dayCount);
      // A bar's height is the difference of its two y values; days after 12 have none.
      for (const bar of bars.slice(13)) {
        const [, y0] = bar.split('h')[0].split(',').map(Number);
        const y1 = Number(/V([-\d.]+)/.exec(bar)![1]);
        expect(y1).toBeCloseTo(y0, 5);
      }
    }
  });
});

describe('cascade: the data-state comes from the engine', () => {
  it.each(steps.map((s) => [s.id, s.state] as const))('%s', (_id, raw) => {
    const { state, summary } = draw(raw);
    const run = runCascade(
      cascadeLiveScenario({ shockBp: state.shockBp, fed: state.fed === 1, fedStartDay: state.fedStartDay, fedCapacity: state.fedCapacity * 1e8, funds: state.funds }),
    );
    const d = state.day;
    const tot = cascadeDayTotals(run, d);
    expect(summary.day).toBe(d);
    expect(summary.cashPrice).toBeCloseTo(run.cashPrice[d], 4);
    expect(summary.futuresPrice).toBeCloseTo(run.futuresPrice[d], 4);
    expect(summary.grossBasis).toBeCloseTo(run.grossBasis[d], 4);
    expect(summary.forcedTodayBn).toBe(bn(run.forcedSales[d]));
    expect(summary.cbTodayBn).toBe(bn(run.centralBankPurchases[d]));
    expect(summary.forcedToDateBn).toBe(bn(sum(run.forcedSales.slice(0, d + 1))));
    expect(summary.forcedTotalBn).toBe(bn(sum(run.forcedSales)));
    expect(summary.finalBasis).toBeCloseTo(run.grossBasis[run.dayCount - 1], 4);
    expect([summary.healthy, summary.called, summary.forced, summary.out]).toEqual([tot.healthy, tot.called, tot.forced, tot.out]);
    const row = Array.from(run.fundStatus.slice(d * run.fundCount, (d + 1) * run.fundCount));
    expect(summary.forced).toBe(row.filter((s) => s === FUND_STATUS.forced).length);
  });

  it.each([0, DEFAULT_SHOCK_BP, 120])('shock %i bp: with the buyer off, more forced sales in all and a lower final basis (data-state)', (shockBp) => {
    const on = draw({ shockBp, fed: 1 }).summary;
    const off = draw({ shockBp, fed: 0 }).summary;
    expect(Number(off.forcedTotalBn)).toBeGreaterThan(Number(on.forcedTotalBn));
    expect(Number(off.finalBasis)).toBeLessThan(Number(on.finalBasis));
    // The dashed comparison run of the "on" state is the "off" state's run.
    expect(on.noFedForcedTotalBn).toBe(off.forcedTotalBn);
    expect(on.noFedFinalBasis).toBe(off.finalBasis);
    expect(off.noFedForcedTotalBn).toBeNull();
  });

  it('the text alternative states the figure\'s numbers', () => {
    for (const s of steps) {
      const { text, model, state } = draw(s.state);
      const d = state.day;
      expect(text).toContain(`第 ${d} 天`);
      expect(text).toContain(model.run.cashPrice[d].toFixed(2));
      expect(text).toContain(Math.abs(model.run.grossBasis[d]).toFixed(2));
      if (model.totals.forced > 0) expect(text).toContain(`${model.totals.forced} 只被迫卖出`);
      if (model.run.centralBankPurchases[d] > 5e6) expect(text).toContain(`央行买入 ${formatUsdLarge(model.run.centralBankPurchases[d])}`);
    }
  });
});

describe('chapter 8 prose agrees with the scenario and the facts', () => {
  const source = chapterSource(CHAPTER);
  const text = source.replace(/\s+/g, '');
  const written = (bn: number) => formatUsdLarge(bn * 1e9).replace(/\s+/g, '');

  it('quotes the dated facts as the site formats them', () => {
    for (const id of ['fomc-ust-purchases-2020-03-15', 'fomc-mbs-purchases-2020-03-15', 'fed-purchase-peak-2020-03-19', 'foreign-official-sales-2020-03', 'nyfed-repo-offer-2020-03-13']) {
      expect(text, id).toContain(written(fact(id).value));
    }
    expect(text).toContain(written(fact('treast-2020-03-11').value));
    expect(text).toContain(written(fact('treast-2020-04-29').value));
    expect(text).toContain(written(fact('treast-2020-04-29').value - fact('treast-2020-03-11').value));
    expect(text).toContain(`${fact('dgs10-2020-02-28').value}%`);
    expect(text).toContain(`${fact('dgs10-2020-03-09').value}%`);
    expect(text).toContain(`共${DEFAULT_SHOCK_BP}个基点`);
  });

  it('names the scenario\'s numbers and days as the engine has them', () => {
    expect(text).toContain(`共${CASCADE_LIVE.funds}只`);
    expect(text).toContain(`在${CASCADE_LIVE.minLeverage}到${CASCADE_LIVE.maxLeverage}倍之间`);
    expect(text).toContain(`第${CASCADE_LIVE.fedStartDay}天（对应2020年3月16日`);
    const firstOutside = Object.keys(CASCADE_LIVE.externalSales).map(Number).sort((a, b) => a - b)[0];
    expect(text).toContain(`第${firstOutside}天起，外国官方机构`);
  });

  it('what the steps say happens, happens in the figure', () => {
    const at = (id: string) => draw(steps.find((s) => s.id === id)!.state);
    const shock = at('crisis-shock');
    expect(shock.summary.called).toBe(CASCADE_LIVE.funds);
    expect(shock.summary.forcedTodayBn).toBe(0);
    const first = at('crisis-first-sales');
    expect(Number(first.summary.forced)).toBeGreaterThan(0);
    expect(Math.abs(Number(first.summary.grossBasis) - Number(shock.summary.grossBasis))).toBeLessThan(0.01);
    const spiral = at('crisis-spiral');
    expect(Number(spiral.summary.grossBasis)).toBeLessThan(Number(first.summary.grossBasis) - 0.3);
    const fed = at('crisis-fed-buys');
    expect(fed.summary.forced).toBe(0);
    expect(fed.summary.cbTodayBn).toBe(fed.summary.externalTodayBn);
    expect(Number(fed.summary.grossBasis)).toBeGreaterThan(Number(spiral.summary.grossBasis));
    // "With the central bank the basis is closer to zero on every day after it arrives; without it, it is still falling on day 12."
    const after = at('crisis-after').model;
    for (let d = CASCADE_LIVE.fedStartDay; d < after.run.dayCount; d++) expect(after.run.grossBasis[d]).toBeGreaterThan(after.noFed!.grossBasis[d]);
    expect(fed.model.noFed!.grossBasis[12]).toBeLessThan(fed.model.noFed!.grossBasis[11]);
    // "Peak Fed buying is several times the model's largest day of foreign official selling."
    const maxOutside = Math.max(...Object.values(CASCADE_LIVE.externalSales));
    expect((fact('fed-purchase-peak-2020-03-19').value * 1e9) / maxOutside).toBeGreaterThan(3);
    // "Under a large shock the heaviest selling comes before the central bank arrives."
    const big = runCascade(cascadeLiveScenario({ shockBp: CASCADE_LIVE.maxShockBp, fed: true }));
    const worstDay = Array.from(big.forcedSales).indexOf(Math.max(...big.forcedSales));
    expect(worstDay).toBeLessThan(CASCADE_LIVE.fedStartDay);
  });
});
