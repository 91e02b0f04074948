/**
 * Chapter 6 quotes dated facts and the engine's toy numbers in its prose.
 * These checks keep prose, facts, datasets and figures in step: each step's
 * text contains the value its figure shows (formatted as the figure formats
 * it), so re-deriving the data or retuning the scenario makes this fail
 * until the text follows.
 */
import { describe, expect, it } from 'vitest';
import spreadFigure from '../../../src/components/widgets/spread-closing/index';
import yieldsFigure from '../../../src/components/widgets/yields-2020/index';
import repoFigure from '../../../src/components/widgets/repo-rates/index';
import { fact } from '../../../src/data/facts';
import { SPREAD_CLOSING, spreadClosing } from '../../../src/engine';
import { formatNumber, formatUsdLarge } from '@strings/format';
import { spreadClosing as t } from '@strings/spread-closing';
import { chapterScrollies, chapterSource } from '../../support/pages';
import { drawFigure } from '../../support/figures';

const FILE = '06-march-2020.mdx';
const source = chapterSource(FILE);

function step(id: string) {
  const found = chapterScrollies()
    .filter((s) => s.file === FILE)
    .flatMap((s) => s.steps.map((st) => ({ ...st, figure: s.figure })))
    .find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  const start = source.indexOf(`<Step id="${id}"`);
  const text = source.slice(start, source.indexOf('</Step>', start)).replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
  return { ...found, text };
}
const pct = (v: number) => `${v.toFixed(2)}%`;
const recap = /<Recap>([\s\S]*?)<\/Recap>/.exec(source)![1];

describe('chapter 6: the three phenomena quote the facts the figures show', () => {
  it('yields: 1.52% on 20 Feb, the 0.54% low on 9 Mar, 1.18% on 18 Mar', () => {
    const fall = step('mar2020-yields-fall');
    const s = drawFigure(yieldsFigure, fall.state).summary;
    expect(s.lowDate).toBe(fact('dgs10-2020-03-09').date);
    expect(s.low10).toBe(fact('dgs10-2020-03-09').value);
    expect(fall.text).toContain(pct(fact('dgs10-2020-02-20').value));
    expect(fall.text).toContain(pct(fact('dgs10-2020-03-09').value));
    const snap = step('mar2020-yields-snapback');
    const s2 = drawFigure(yieldsFigure, snap.state).summary;
    expect(s2.snapDate).toBe(fact('dgs10-2020-03-18').date);
    expect(s2.snap10).toBe(fact('dgs10-2020-03-18').value);
    expect(snap.text).toContain(pct(fact('dgs10-2020-03-18').value));
  });

  it('repo: the level fell with two cuts; the spread over the range, GCF over EFFR and the margin hikes', () => {
    const cuts = step('mar2020-repo-cuts');
    const s = drawFigure(repoFigure, cuts.state).summary;
    expect(String(s.cuts)).toContain(`${fact('fomc-cut-2020-03-03').date}:${fact('fomc-cut-2020-03-03').value}`);
    expect(cuts.text).toContain(`${fact('fomc-cut-2020-03-03').value} 个基点`);
    expect(cuts.text).toContain(`0 至 ${pct(fact('fomc-zero-2020-03-15').value)}`);
    const spread = step('mar2020-repo-spread');
    const s2 = drawFigure(repoFigure, spread.state).summary;
    expect(s2.maxSofrMinusTopDate).toBe(fact('sofr-2020-03-17').date);
    expect(spread.text).toContain(pct(fact('sofr-2020-03-17').value));
    expect(spread.text).toContain(`约 ${pct(fact('gcf-2020-03-16').value)}`);
    expect(spread.text).toContain(pct(fact('effr-2020-03-16').value));
    expect(spread.text).toContain(`${fact('cme-note-margin-rise-2020-03').value}% 以上`);
    expect(fact('cme-bond-margin-rise-2020-03').value).toBe(100);
    expect(spread.text).toContain('翻了一倍多');
  });

  it('foreign sales: TIC total and official, in 亿美元 as the site writes money', () => {
    for (const id of ['foreign-sales-2020-03', 'foreign-official-sales-2020-03']) expect(source).toContain(formatUsdLarge(fact(id).value * 1e9));
    expect(recap).toContain(formatUsdLarge(fact('foreign-official-sales-2020-03').value * 1e9));
  });
});

describe('chapter 6: operation one states the engine’s toy numbers', () => {
  const summary = (id: string) => drawFigure(spreadFigure, step(id).state).summary;

  it('once: +0.01 on paper, own money 2 + 1 = 3, 98 borrowed', () => {
    const st = step('mar2020-op1-once');
    const s = summary('mar2020-op1-once');
    for (const v of [t.gap(Number(s.firstSpread)), t.money(Number(s.haircutEquity)), t.money(Number(s.marginEquity)), t.money(Number(s.equity)), t.money(Number(s.repoLoan))]) {
      expect(st.text).toContain(v);
    }
  });

  it('fifty: position, own money and the two multiples', () => {
    const st = step('mar2020-op1-fifty');
    const s = summary('mar2020-op1-fifty');
    expect(st.text).toContain(t.money(Number(s.face)));
    expect(st.text).toContain(t.money(Number(s.equity)));
    expect(st.text).toContain(`1 ÷ ${t.percent(Number(s.haircut))} = ${formatNumber(Number(s.repoMultiple), 0)}`);
    expect(st.text).toContain(t.times(Number(s.assetsToEquity)));
    expect(Number(s.paperProfit)).toBeGreaterThan(0.45);
    expect(Number(s.paperProfit)).toBeLessThan(0.5);
    expect(st.text).toContain('接近 0.5');
  });

  it('a hundred: the stylised impact and what the 100th repetition locks in', () => {
    const st = step('mar2020-op1-hundred');
    const s = summary('mar2020-op1-hundred');
    expect(st.text).toContain(`现券涨 ${formatNumber(SPREAD_CLOSING.cashImpact, 6)}、期货跌 ${formatNumber(SPREAD_CLOSING.futuresImpact, 6)}`);
    expect(st.text).toContain(`第 ${t.count(Number(s.done))} 次`);
    expect(st.text).toContain(t.gap(Number(s.lastSpread)));
  });

  it('ten thousand: the gap closes first, at the repetition the engine finds', () => {
    const st = step('mar2020-op1-closed');
    const s = summary('mar2020-op1-closed');
    const r = spreadClosing({ repetitions: 10_000 });
    expect(s.done).toBe(r.closesAfter);
    expect(st.text).toContain(`第 ${t.count(Number(s.done))} 次`);
    expect(st.text).toContain(t.gap(Number(s.lastSpread)));
    expect(st.text).toContain(`便宜 ${t.gap(-Number(s.gap))}`);
    expect(st.text).toContain(t.money(Number(s.face)));
    expect(st.text).toContain(`约 ${formatNumber(Number(s.paperProfit), 2)}`);
    expect(recap).toContain(`第 ${t.count(Number(s.done))} 次`);
  });

  it('the note on the two multiples and the recap use the same multiples', () => {
    const s = summary('mar2020-op1-fifty');
    const note = /<Aside kind="note">([\s\S]*?)<\/Aside>/.exec(source)![1];
    for (const text of [note, recap]) {
      expect(text).toContain(`${formatNumber(Number(s.repoMultiple), 0)} 倍`);
      expect(text).toContain(t.times(Number(s.assetsToEquity)));
    }
    expect(drawFigure(spreadFigure, { repetitions: 50, haircut: 0 }).summary.assetsToEquity as number).toBeGreaterThan(100);
  });
});
