/**
 * ledger figure (chapter 7): every declared step and every state lays out at
 * phone and desktop widths without NaN or duplicate keys; the ledger rows
 * are the engine's toyLedger rows and add up to its net; the 119.99 case is
 * exactly 0 before financing and negative after; the numbers the chapter
 * writes are the engine's, formatted as the site formats them.
 */
import { describe, expect, it } from 'vitest';
import definition from '../../../src/components/widgets/ledger/index';
import { duplicateKeys, renderMarks, type Mark } from '../../../src/components/widgets/core/marks';
import { LEDGER, LEDGER_SCENARIOS, toyLedger, TOY_FORCED_SALE, TOY_OPEN } from '../../../src/engine';
import { fact } from '../../../src/data/facts';
import { formatNumber, formatPercent, formatSigned, formatUsdLarge } from '@strings/format';
import { chapterScrollies, chapterSource } from '../../support/pages';
import { badValues, drawFigure, stateOf } from '../../support/figures';

const FILE = '07-locking-the-profit.mdx';
const draw = (raw: unknown, width = 390) => drawFigure(definition, raw, width);
const steps = chapterScrollies()
  .filter((s) => s.file === FILE && s.figure === 'ledger')
  .flatMap((s) => s.steps);
const stepState = (id: string) => steps.find((s) => s.id === id)!.state;

/** A step's prose without tags and whitespace. */
function stepText(id: string): string {
  const source = chapterSource(FILE);
  const start = source.indexOf(`<Step id="${id}"`);
  expect(start, id).toBeGreaterThan(-1);
  return source.slice(start, source.indexOf('</Step>', start)).replace(/<[^>]+>/g, '').replace(/\s+/g, '');
}
const squeeze = (s: string) => s.replace(/\s+/g, '');

function find(marks: readonly Mark[], key: string): Mark | undefined {
  for (const m of marks) {
    if (m.key === key) return m;
    const inner = find(m.children ?? [], key);
    if (inner) return inner;
  }
  return undefined;
}

describe('ledger normalize', () => {
  it('clamps and fills defaults without throwing', () => {
    expect(stateOf(definition, null)).toEqual({ scenario: 'converge', day: LEDGER.days, level: LEDGER.exitLevel, showRepo: false, highlight: 'none' });
    const s = stateOf(definition, { scenario: 'panic', day: 99, level: 1e6, showRepo: 'yes', highlight: 'all' });
    expect(s).toEqual({ scenario: 'converge', day: LEDGER.days, level: 140, showRepo: false, highlight: 'none' });
    expect(stateOf(definition, { day: -3 }).day).toBe(0);
    expect(stateOf(definition, { day: '4.6' }).day).toBe(5);
  });
});

describe('ledger chapter steps', () => {
  it('the chapter declares 4–8 steps, each changing the figure', () => {
    expect(steps.length).toBeGreaterThanOrEqual(4);
    expect(steps.length).toBeLessThanOrEqual(8);
    const states = steps.map((s) => JSON.stringify(draw(s.state).summary));
    for (let i = 1; i < states.length; i++) expect(states[i], steps[i].id).not.toBe(states[i - 1]);
  });

  it.each(steps.flatMap((s) => [390, 640].map((w) => [s.id, w, s.state] as const)))('%s lays out at %i px', (_id, width, state) => {
    const { marks, size } = draw(state, width);
    expect(badValues(marks)).toEqual([]);
    expect(duplicateKeys(marks)).toEqual([]);
    expect(renderMarks(marks)).not.toMatch(/NaN|Infinity|undefined/);
    expect(size.height).toBeGreaterThan(300);
  });

  it('every scenario × day × (lowest, highest) level × repo flag lays out at 390 and 640 px with the same keys', () => {
    const keysOf = (marks: Mark[]): string[] => marks.flatMap((m) => [m.key, ...keysOf(m.children ?? []).map((k) => `${m.key}/${k}`)]);
    let reference: string | null = null;
    for (const scenario of LEDGER_SCENARIOS) {
      for (let day = 0; day <= LEDGER.days; day++) {
        for (const level of [80, 140]) {
          for (const showRepo of [false, true]) {
            const state = stateOf(definition, { scenario, day, level, showRepo, highlight: 'repo' });
            const model = definition.compute(state);
            for (const width of [390, 640]) {
              const marks = definition.layout(model, state, { width, height: definition.heightFor(width) });
              expect(badValues(marks)).toEqual([]);
              expect(duplicateKeys(marks)).toEqual([]);
              const keys = keysOf(marks).join(',');
              // The same marks in every state, so the browser moves them instead of redrawing.
              reference ??= keys;
              expect(keys).toBe(reference);
            }
          }
        }
      }
    }
  });

  it('labels stay inside the figure at 390 px', () => {
    for (const s of steps) {
      const { marks, size } = draw(s.state, 390);
      for (const key of ['futures-label', 'cash-label']) {
        const m = find(marks, key)!;
        // ~82 px: the widest label, 期货 110.005, in 13 px bold.
        expect(Number(m.attrs!.x) + 82, `${s.id} ${key}`).toBeLessThanOrEqual(size.width);
        expect(Number(m.attrs!.y)).toBeGreaterThan(20);
      }
    }
  });
});

describe('ledger rows are the engine\'s', () => {
  it('every row: cash leg + futures leg = net, net − interest = net after interest, as toyLedger says', () => {
    for (const scenario of LEDGER_SCENARIOS) {
      const engine = toyLedger({ scenario });
      for (let day = 0; day <= LEDGER.days; day++) {
        const s = draw({ scenario, day, showRepo: true }).summary;
        const row = engine.days[day].pnl;
        expect(s.cashLeg).toBeCloseTo(row.cashLegPnl, 8);
        expect(s.futuresLeg).toBeCloseTo(row.futuresLegPnl, 8);
        expect(s.net).toBeCloseTo(row.beforeFinancing, 8);
        expect((s.cashLeg as number) + (s.futuresLeg as number)).toBeCloseTo(s.net as number, 8);
        expect(s.interest).toBeCloseTo(row.repoInterest, 8);
        expect((s.net as number) - (s.interest as number)).toBeCloseTo(s.netAfter as number, 8);
        expect(s.netAfter).toBeCloseTo(row.total, 8);
      }
    }
  });

  it('the 119.99 case: exactly 0 before financing, ≤ 0 after the repo interest', () => {
    const before = draw({ scenario: 'forced-sale', day: LEDGER.days }).summary;
    expect(before.cash).toBe(TOY_FORCED_SALE.exitCash);
    expect(before.futures).toBe(TOY_FORCED_SALE.exitFutures);
    expect(before.net).toBe(0);
    expect(before.netAfter).toBe(0);
    const after = draw({ scenario: 'forced-sale', day: LEDGER.days, showRepo: true }).summary;
    expect(after.netAfter as number).toBeLessThanOrEqual(0);
    expect(after.netAfter).toBeCloseTo(-(after.interest as number), 12);
  });

  it('without the repo flag no interest is counted; with it, one orange segment per night so far', () => {
    const off = draw({ day: 6, showRepo: false });
    expect(off.summary.interest).toBe(0);
    const on = draw({ day: 6, showRepo: true });
    const drawn = (marks: Mark[]) => (find(marks, 'row-repo')!.children!.find((m) => m.key === 'bars')!.children ?? []).filter((m) => Number(m.attrs!.width) > 0).length;
    expect(drawn(off.marks)).toBe(0);
    expect(drawn(on.marks)).toBe(6);
  });

  it('the level changes both legs but not the net', () => {
    const nets = [80, 90, 120, 140].map((level) => draw({ level }).summary);
    for (const s of nets) expect(s.net).toBeCloseTo(TOY_OPEN.sellFutures - TOY_OPEN.buyCash, 9);
    expect(new Set(nets.map((s) => s.cashLeg)).size).toBe(4);
  });

  it('the data table lists every day with the engine\'s numbers', () => {
    const state = stateOf(definition, { scenario: 'forced-sale' });
    const model = definition.compute(state);
    const table = definition.table!(model, state);
    expect(table.rows).toHaveLength(LEDGER.days + 1);
    for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
    expect(table.rows.at(-1)![1]).toBe(formatNumber(TOY_FORCED_SALE.exitCash, 3));
  });
});

describe('ledger text alternative and the chapter\'s numbers', () => {
  const converge = toyLedger({ scenario: 'converge' });
  const forced = toyLedger({ scenario: 'forced-sale' });
  const amount = (v: number) => formatSigned(v, 3);

  it('differs for every step and is Chinese', () => {
    const texts = steps.map((s) => draw(s.state).text);
    expect(new Set(texts).size).toBe(texts.length);
    for (const t of texts) expect(t).toMatch(/[\u4e00-\u9fff]/);
  });

  it('the converge step: +20, −19.99 and +0.01 in the text alternative, the figure and the prose', () => {
    const { text, marks } = draw(stepState('locking-converge'));
    const svg = renderMarks(marks);
    const prose = stepText('locking-converge');
    for (const v of [converge.exit.cashLegPnl, converge.exit.futuresLegPnl, converge.exit.beforeFinancing]) {
      expect(text).toContain(amount(v));
      expect(svg).toContain(amount(v));
      expect(prose).toContain(amount(v));
    }
    expect(amount(converge.exit.futuresLegPnl)).toBe('−19.99');
    expect(prose).toContain(formatNumber(converge.exitLevel));
  });

  it('the paper step quotes the entry prices and the 0.01 spread', () => {
    const { text } = draw(stepState('locking-paper'));
    const prose = stepText('locking-paper');
    for (const v of [TOY_OPEN.buyCash, TOY_OPEN.sellFutures, converge.exit.paperGain]) {
      expect(text).toContain(formatNumber(v));
      expect(prose).toContain(formatNumber(v));
    }
  });

  it('the halfway step quotes the day-5 prices and legs', () => {
    const s = draw(stepState('locking-halfway')).summary;
    const row = converge.days[s.day as number];
    const prose = stepText('locking-halfway');
    expect(prose).toContain(`第${s.day}天`);
    expect(prose).toContain(formatNumber(row.cash, 3));
    expect(prose).toContain(formatNumber(row.futures, 3));
    expect(prose).toContain(`赚${formatNumber(row.pnl.cashLegPnl, 3)}`);
    expect(prose).toContain(`亏${formatNumber(-row.pnl.futuresLegPnl, 3)}`);
    expect(prose).toContain(amount(row.pnl.beforeFinancing));
    expect(prose).toContain(formatNumber(row.spread, 3));
  });

  it('the any-level step quotes its level and its legs', () => {
    const state = stepState('locking-any-level');
    const r = toyLedger({ scenario: 'converge', exitLevel: state.level as number });
    const prose = stepText('locking-any-level');
    expect(prose).toContain(`换成${state.level}`);
    expect(prose).toContain(`亏${formatNumber(-r.exit.cashLegPnl, 3)}`);
    expect(prose).toContain(`赚${formatNumber(r.exit.futuresLegPnl, 3)}`);
    expect(prose).toContain(amount(r.exit.beforeFinancing));
    expect(prose).toContain(formatNumber(r.basisEntry, 3).replace('-', '−'));
  });

  it('the repo step quotes the loan, rate, nightly and total interest, the net after it, nights covered and breakeven rate', () => {
    const { text } = draw(stepState('locking-repo'));
    const prose = stepText('locking-repo');
    expect(prose).toContain(`借${formatNumber(converge.loan)}`);
    expect(prose).toContain(`${formatNumber(LEDGER.haircut * 100)}%`);
    expect(prose).toContain(formatPercent(LEDGER.repoRate, 2));
    expect(prose).toContain(formatNumber(converge.nightlyInterest, 5));
    expect(prose).toContain(`${LEDGER.days}晚`);
    expect(prose).toContain(formatNumber(converge.exit.repoInterest, 3));
    expect(prose).toContain(amount(converge.exit.total));
    expect(prose).toContain(`约${formatNumber(converge.nightsCovered, 1)}晚`);
    expect(prose).toContain(formatPercent(converge.breakevenRate, 2));
    for (const v of [amount(-converge.exit.repoInterest), amount(converge.exit.total), formatNumber(converge.nightsCovered, 1), formatPercent(converge.breakevenRate, 2)]) {
      expect(text).toContain(v);
    }
    // The article's contrast: a converging exit keeps part of the 0.01 after interest.
    expect(converge.exit.total).toBeGreaterThan(0);
    expect(converge.exit.total).toBeLessThan(converge.exit.beforeFinancing);
  });

  it('the forced-sale steps quote 119.99, ±19.99, 0 and the loss after interest', () => {
    const a = draw(stepState('locking-forced-sale'));
    const b = draw(stepState('locking-forced-repo'));
    const proseA = stepText('locking-forced-sale');
    const proseB = stepText('locking-forced-repo');
    const exitCash = formatNumber(TOY_FORCED_SALE.exitCash);
    expect(exitCash).toBe('119.99');
    for (const s of [a.text, renderMarks(a.marks), proseA]) {
      expect(s).toContain(exitCash);
      expect(s).toContain(amount(forced.exit.cashLegPnl));
      expect(s).toContain(amount(forced.exit.futuresLegPnl));
    }
    expect(proseA).toContain(`合计${formatNumber(forced.exit.beforeFinancing)}`);
    expect(a.text).toContain(`合计是 ${amount(forced.exit.beforeFinancing)}`);
    expect(proseB).toContain(formatNumber(forced.exit.repoInterest, 3));
    expect(proseB).toContain(amount(forced.exit.total));
    expect(b.text).toContain(amount(forced.exit.total));
  });

  it('the recap repeats the engine\'s numbers', () => {
    const source = chapterSource(FILE);
    const recap = squeeze(/<Recap>([\s\S]*?)<\/Recap>/.exec(source)![1]);
    for (const v of [
      amount(converge.exit.cashLegPnl),
      amount(converge.exit.futuresLegPnl),
      amount(converge.exit.beforeFinancing),
      formatNumber(converge.nightlyInterest, 5),
      formatNumber(converge.exit.repoInterest, 3),
      formatNumber(TOY_FORCED_SALE.exitCash),
      formatPercent(LEDGER.repoRate, 2),
      `借${formatNumber(converge.loan)}`,
    ]) {
      expect(recap).toContain(v);
    }
  });

  it('the foreign sales quoted after the figure are the dated facts', () => {
    const text = squeeze(chapterSource(FILE));
    expect(text).toContain(squeeze(formatUsdLarge(fact('foreign-sales-2020-03').value * 1e9)));
    expect(text).toContain(squeeze(formatUsdLarge(fact('foreign-official-sales-2020-03').value * 1e9)));
  });
});
