/**
 * Chapters 9 and 10 state numbers and claims about their figures in prose.
 * These checks keep prose, figure and dated facts in step: each number
 * written in a step is the one its figure (engine or dataset) shows or the
 * fact it cites, and each qualitative claim ("below the repo rate", "becomes
 * the cheapest to deliver") holds for the step's declared state.
 */
import { describe, expect, it } from 'vitest';
import { widgets } from '../../../src/components/widgets/registry';
import { fact } from '../../../src/data/facts';
import { DELIVERY_2013, formatQuote } from '../../../src/engine';
import { formatUsdLarge } from '@strings/format';
import { chapterScrollies, chapterSource } from '../../support/pages';
import { stateOf } from '../../support/figures';

const CH9 = '09-summary.mdx';
const CH10 = '10-advanced-basis.mdx';

function step(file: string, id: string) {
  const s = chapterScrollies()
    .filter((x) => x.file === file)
    .flatMap((x) => x.steps.map((st) => ({ ...st, figure: x.figure })))
    .find((st) => st.id === id);
  if (!s) throw new Error(`${file}: no step "${id}"`);
  return s;
}

function summaryOf(file: string, id: string) {
  const s = step(file, id);
  const w = widgets[s.figure];
  const state = stateOf(w, s.state);
  return w.summarize(w.compute(state), state) as Record<string, any>;
}

/** The prose of one step, tags and whitespace removed. */
function stepText(file: string, id: string): string {
  const source = chapterSource(file);
  const start = source.indexOf(`<Step id="${id}"`);
  const end = source.indexOf('</Step>', start);
  return source.slice(start, end).replace(/<[^>]+>/g, '').replace(/\s+/g, '');
}
const written = (usd: number) => formatUsdLarge(usd).replace(/\s+/g, '');

describe('chapter 9: numbers in the text are the figures\' and the facts\'', () => {
  it('the "then" step quotes the week its cursor marks', () => {
    const f = fact('tff-all-lev-short-2020-03-03');
    const s = summaryOf(CH9, 'summary-size-then');
    expect(s.week).toBe(f.date);
    expect(s.levShortBn).toBeCloseTo(f.value, 1);
    expect(stepText(CH9, 'summary-size-then')).toContain(written(f.value * 1e9));
  });

  it('the "now" step quotes its cursor week, the series high and the Fed note\'s estimate', () => {
    const text = stepText(CH9, 'summary-size-now');
    const cursor = fact('tff-all-lev-short-2025-04-29');
    const high = fact('tff-all-lev-short-2026-01-06');
    const s = summaryOf(CH9, 'summary-size-now');
    expect(s.week).toBe(cursor.date);
    expect(s.levShortBn).toBeCloseTo(cursor.value, 1);
    expect(s.peakWeek).toBe(high.date);
    expect(s.peakLevShortBn).toBeCloseTo(high.value, 1);
    expect(text).toContain(written(cursor.value * 1e9));
    expect(text).toContain(written(high.value * 1e9));
    expect(text).toContain(written(fact('basis-trade-2025-09').value * 1e9));
    expect(text).toContain('两倍');
    // Both "now" numbers exceed the "then" one, as the text says.
    expect(cursor.value).toBeGreaterThan(fact('tff-all-lev-short-2020-03-03').value);
  });

  it('the Fed step quotes the purchases the figure shades', () => {
    const s = summaryOf(CH9, 'summary-fed-buys');
    const text = stepText(CH9, 'summary-fed-buys');
    const change = fact('treast-2020-04-29').value - fact('treast-2020-03-11').value;
    expect(s.purchasesChangeBn).toBeCloseTo(change, 1);
    expect(text).toContain(written(change * 1e9));
    expect(text).toContain(written(fact('fed-purchase-peak-2020-03-19').value * 1e9));
  });

  it('the repo step quotes the SOFR spike its figure shows', () => {
    const f = fact('sofr-2019-09-17');
    expect(summaryOf(CH9, 'summary-repo-risk').rate).toBe(f.value);
    expect(stepText(CH9, 'summary-repo-risk')).toContain(`${f.value.toFixed(2)}%`);
  });

  it('the margin step shows a margin call, as its text says', () => {
    expect(summaryOf(CH9, 'summary-margin-risk').marginCall).toBe(true);
  });

  it('the recap quotes the series high', () => {
    const recap = /<Recap>([\s\S]*?)<\/Recap>/.exec(chapterSource(CH9))![1].replace(/\s+/g, '');
    expect(recap).toContain(written(fact('tff-all-lev-short-2026-01-06').value * 1e9));
  });
});

describe('chapter 10: claims hold for each step\'s state', () => {
  it('the default state: the CTD\'s implied repo is below the repo rate (net basis slightly positive)', () => {
    const s = summaryOf(CH10, 'adv-implied-repo');
    expect(s.rich).toBe(false);
    expect(s.ctdNetBasis).toBeGreaterThan(0);
    expect(s.ctdNetBasis).toBeLessThan(2 / 32);
  });

  it('the gross-basis step explains a quote that the table shows', () => {
    const text = stepText(CH10, 'adv-gross-basis');
    const quote = formatQuote(DELIVERY_2013.basket[1].price, 'cash');
    expect(text).toContain(quote);
    const [whole, rest] = quote.split('-');
    expect(text).toContain(`${whole}又${Number(rest.slice(0, 2))}⅝/32`);
    expect(Number(rest[2])).toBe(5);
  });

  it('the net-basis step: the second row is near zero, the first about half a point', () => {
    const calc = widgets['delivery-calculator'].compute(stateOf(widgets['delivery-calculator'], step(CH10, 'adv-net-basis').state)) as any;
    expect(Math.abs(calc.calc.rows[1].netBasis)).toBeLessThan(2 / 32);
    expect(calc.calc.rows[0].netBasis).toBeGreaterThan(0.4);
    expect(calc.calc.rows[0].netBasis).toBeLessThan(0.7);
    for (const r of calc.calc.rows.slice(2)) expect(r.netBasis).toBeGreaterThan(2);
  });

  it('"futures 6/32 higher" turns the CTD rich', () => {
    const s = summaryOf(CH10, 'adv-futures-rich');
    const moved = (s.futures - DELIVERY_2013.futuresPrice) * 32;
    expect(stepText(CH10, 'adv-futures-rich')).toContain(`${moved}/32`);
    expect(s.rich).toBe(true);
    expect(s.editedProfit).toBeGreaterThan(0);
    expect(s.bond).toBe(s.ctd);
  });

  it('raising repo leaves the implied repo rate unchanged and makes the net basis positive', () => {
    const rich = summaryOf(CH10, 'adv-futures-rich');
    const up = summaryOf(CH10, 'adv-repo-up');
    expect(stepText(CH10, 'adv-repo-up')).toContain(`${(up.repo * 100).toFixed(2)}%`);
    expect(up.ctdIrr).toBe(rich.ctdIrr);
    expect(up.ctdNetBasis).toBeGreaterThan(0);
    expect(up.editedProfit).toBeLessThan(0);
  });

  it('cutting the first note\'s price by the amount written makes it the CTD', () => {
    const s = summaryOf(CH10, 'adv-ctd-switch');
    expect(stepText(CH10, 'adv-ctd-switch')).toContain(`${-s.priceShift}/32`);
    expect(s.bondIndex).toBe(0);
    expect(s.ctdIndex).toBe(0);
    expect(summaryOf(CH10, 'adv-futures-rich').ctdIndex).not.toBe(0);
  });
});
