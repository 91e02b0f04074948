/**
 * The basis-flows figure (chapter 3): clamping, layout at phone and desktop
 * widths for every step state of the chapter, the balance sheet balancing,
 * and summary and text alternative following the engine.
 */
import { describe, expect, it } from 'vitest';
import flows, { MAX_HAIRCUT } from '../../../src/components/widgets/basis-flows/index';
import { TOY_FACE, TOY_INITIAL_MARGIN } from '../../../src/engine';
import { duplicateKeys, type Mark } from '../../../src/components/widgets/core/marks';
import { openBasisPosition } from '../../../src/engine/basisPosition';
import { repoInterest } from '../../../src/engine/repo';
import { TOY_FORCED_SALE, TOY_OPEN } from '../../../src/engine/scenarios/toy';
import { chapterScrollies } from '../../support/pages';
import { stateOf } from '../../support/figures';

const steps = chapterScrollies()
  .filter((s) => s.figure === 'basis-flows')
  .flatMap((s) => s.steps);

function flat(marks: readonly Mark[]): Mark[] {
  return marks.flatMap((m) => [m, ...flat(m.children ?? [])]);
}

function draw(raw: unknown, width: number) {
  const state = stateOf(flows, raw);
  const model = flows.compute(state);
  const size = { width, height: flows.heightFor(width) };
  return { state, model, size, marks: flows.layout(model, state, size), summary: flows.summarize(model, state), text: flows.describe(model, state) };
}

function find(marks: readonly Mark[], path: string[]): Mark {
  let level: readonly Mark[] = marks;
  let found: Mark | undefined;
  for (const key of path) {
    found = level.find((m) => m.key === key);
    if (!found) throw new Error(`no mark ${path.join('/')}`);
    level = found.children ?? [];
  }
  return found!;
}

const SLIDER = Array.from({ length: Math.round(MAX_HAIRCUT / 0.005) + 1 }, (_, i) => i * 0.005);

describe('basis-flows normalize', () => {
  it('clamps bad input without throwing', () => {
    expect(stateOf(flows, { legs: 9, haircut: 5, view: 'x', highlight: 42, showBalanceSheet: 'yes' })).toEqual({
      legs: 3,
      haircut: MAX_HAIRCUT,
      view: 'flows',
      highlight: 'none',
      showBalanceSheet: true,
    });
    expect(stateOf(flows, { legs: -2, haircut: -1 })).toMatchObject({ legs: 0, haircut: 0 });
    expect(stateOf(flows, { legs: Number.NaN, haircut: 'abc' })).toMatchObject({ legs: 3, haircut: 0.02 });
    expect(stateOf(flows, { legs: '2', haircut: '0.05' })).toMatchObject({ legs: 2, haircut: 0.05 });
    for (const raw of [undefined, null, 'x', 7, { legs: Infinity }]) expect(() => draw(raw, 358)).not.toThrow();
  });
});

describe('basis-flows step states of chapter 3', () => {
  it('the chapter declares 4–8 steps for this figure', () => {
    expect(steps.length).toBeGreaterThanOrEqual(4);
    expect(steps.length).toBeLessThanOrEqual(8);
  });

  it.each(steps.map((s) => [s.id, s.state] as const))('%s lays out at 340 and 720 px without NaN or duplicate keys', (_id, raw) => {
    for (const width of [340, 358, 720]) {
      const { marks, size } = draw(raw, width);
      expect(duplicateKeys(marks)).toEqual([]);
      for (const m of flat(marks)) {
        for (const [name, v] of Object.entries(m.attrs ?? {})) {
          expect(String(v), `${m.key}.${name} at ${width}`).not.toMatch(/NaN|Infinity|undefined/);
        }
        // Every rectangle and text stays inside the figure.
        if (m.tag === 'rect') {
          expect(Number(m.attrs!.x)).toBeGreaterThanOrEqual(0);
          expect(Number(m.attrs!.x) + Number(m.attrs!.width)).toBeLessThanOrEqual(width + 0.01);
          expect(Number(m.attrs!.y) + Number(m.attrs!.height)).toBeLessThanOrEqual(size.height);
        }
        if (m.tag === 'text') expect(Number(m.attrs!.y)).toBeLessThanOrEqual(size.height);
      }
    }
  });

  it('each step changes the data-state', () => {
    const summaries = steps.map((s) => JSON.stringify(draw(s.state, 560).summary));
    expect(new Set(summaries).size).toBe(summaries.length);
  });
});

describe('basis-flows balance sheet', () => {
  const states = [
    ...steps.map((s) => s.state),
    ...SLIDER.flatMap((haircut) => [0, 1, 2, 3].map((legs) => ({ legs, haircut, view: 'net' }))),
  ];

  it('balances for every step state and slider value: assets = liabilities + equity, leverage = assets / equity', () => {
    for (const raw of states) {
      const s = draw(raw, 560).summary;
      const assets = Number(s.assets);
      expect(assets).toBeCloseTo(Number(s.bondValue) + Number(s.initialMargin), 9);
      expect(assets).toBeCloseTo(Number(s.repoLoan) + Number(s.equity), 9);
      if (Number(s.equity) > 0) expect(Number(s.leverage)).toBeCloseTo(assets / Number(s.equity), 9);
    }
  });

  it('follows the engine: 2% haircut on the toy trade', () => {
    const { summary, model } = draw({ legs: 3, haircut: 0.02 }, 560);
    const bs = openBasisPosition({ face: TOY_FACE, price: TOY_OPEN.buyCash, haircut: 0.02, initialMargin: TOY_INITIAL_MARGIN, contracts: 1 });
    expect(summary.bondValue).toBeCloseTo(bs.bondValue, 9);
    expect(summary.repoLoan).toBeCloseTo(bs.repoLoan, 9);
    expect(summary.haircutEquity).toBeCloseTo(bs.haircutEquity, 9);
    expect(summary.equity).toBeCloseTo(bs.equity, 9);
    expect(summary.repoLoan).toBeCloseTo(98, 9);
    expect(summary.equity).toBeCloseTo(3, 9);
    expect(summary.repoLeverage).toBeCloseTo(50, 9);
    expect(model.repoInterestNight).toBeCloseTo(repoInterest(98, TOY_FORCED_SALE.repoRate, 1), 12);
    expect(model.repurchase).toBeCloseTo(98 + (98 * TOY_FORCED_SALE.repoRate) / 360, 5);
  });

  it('without repo the fund pays everything itself (leverage 1); with repo equity is haircut + margin', () => {
    const two = draw({ legs: 2 }, 560).summary;
    expect(two.repoLoan).toBe(0);
    expect(two.equity).toBeCloseTo(TOY_OPEN.buyCash + TOY_INITIAL_MARGIN, 9);
    expect(two.leverage).toBe(1);
    for (const h of SLIDER) {
      const s = draw({ legs: 3, haircut: h }, 560).summary;
      expect(Number(s.equity)).toBeCloseTo(h * TOY_OPEN.buyCash + TOY_INITIAL_MARGIN, 9);
    }
  });

  it('leverage rises as the haircut falls, and a zero haircut leaves only the margin', () => {
    const levs = SLIDER.map((h) => Number(draw({ legs: 3, haircut: h }, 560).summary.leverage));
    for (let i = 1; i < levs.length; i++) expect(levs[i]).toBeLessThan(levs[i - 1]);
    const zero = draw({ legs: 3, haircut: 0 }, 560).summary;
    expect(zero.equity).toBe(TOY_INITIAL_MARGIN);
    expect(zero.repoLeverage).toBeNull();
    expect(Number(zero.leverage)).toBeGreaterThan(100);
  });

  it('draws the bars to one scale: segment widths are proportional to the amounts', () => {
    const { marks } = draw({ legs: 3, haircut: 0.02 }, 720);
    const width = (k: string) => Number(find(marks, ['sheet', k]).attrs!.width);
    expect(width('bond') / width('loan')).toBeCloseTo(100 / 98, 6);
    expect(width('equity-bond') / width('bond')).toBeCloseTo(0.02, 6);
    expect(width('bond') + width('margin')).toBeCloseTo(width('loan') + width('equity-bond') + width('equity-margin'), 6);
  });
});

describe('basis-flows text', () => {
  it('describe() names the key numbers of the repo step', () => {
    const { text } = draw({ legs: 3, haircut: 0.02 }, 560);
    for (const s of ['100.01', '98', '98.00068', '0.00068', '0.25%', '2%', '50 倍', '33.7 倍', '自有资金 3']) expect(text).toContain(s);
  });

  it('shows the repurchase price and one night of interest to the same precision at every slider value', () => {
    for (const h of SLIDER) {
      const { text, model } = draw({ legs: 3, haircut: h }, 560);
      const repurchase = /明天付 ([\d,.]+) /.exec(text)![1];
      const interest = /多出的 ([\d.]+) /.exec(text)![1];
      const loan = model.repoLoanIfOn;
      expect(Number(repurchase.replace(/,/g, '')) - loan).toBeCloseTo(Number(interest), 9);
    }
  });

  it('describe() says what a state without repo costs, and labels leverage above 100 as such', () => {
    expect(draw({ legs: 2 }, 560).text).toContain('101');
    const zero = draw({ legs: 3, haircut: 0 }, 560);
    expect(zero.text).toContain('超过 100 倍');
    const labels = flat(zero.marks).filter((m) => m.tag === 'text').map((m) => m.text ?? '');
    expect(labels.some((l) => l.includes('超过 100 倍'))).toBe(true);
    expect(labels.join('')).not.toMatch(/101 倍/);
  });

  it('shows arrows only for the legs built so far', () => {
    expect(find(draw({ legs: 0 }, 560).marks, ['leg-futures', 'contract']).attrs!.opacity).toBe(0);
    const one = draw({ legs: 1 }, 560).marks;
    expect(find(one, ['leg-futures', 'contract']).attrs!.opacity).toBe(1);
    expect(find(one, ['leg-cash', 'pay']).attrs!.opacity).toBe(0);
    expect(find(one, ['leg-repo', 'loan']).attrs!.opacity).toBe(0);
    const three = draw({ legs: 3 }, 560).marks;
    expect(find(three, ['leg-repo', 'loan']).attrs!.opacity).toBe(1);
  });
});
