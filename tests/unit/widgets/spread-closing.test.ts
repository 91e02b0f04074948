/**
 * The spread-closing figure (chapter 6): lenient reading, every chapter
 * state laid out at 390 and 640 px without NaN or duplicate keys, the
 * summary and text alternative following the engine's spreadClosing
 * scenario, the gap shrinking as the repetitions grow, and the lines
 * drawn where the engine's prices are.
 */
import { describe, expect, it } from 'vitest';
import figure from '../../../src/components/widgets/spread-closing/index';
import { sampleCounts } from '../../../src/components/widgets/spread-closing/layout';
import { duplicateKeys, type Mark } from '../../../src/components/widgets/core/marks';
import { SPREAD_CLOSING, spreadClosing, TOY_HAIRCUT, TOY_INITIAL_MARGIN, TOY_REPETITIONS } from '../../../src/engine';
import { spreadClosing as t } from '@strings/spread-closing';
import { chapterScrollies } from '../../support/pages';
import { badValues, drawFigure, stateOf } from '../../support/figures';

const steps = chapterScrollies()
  .filter((s) => s.figure === 'spread-closing')
  .flatMap((s) => s.steps);

function flat(marks: readonly Mark[]): Mark[] {
  return marks.flatMap((m) => [m, ...flat(m.children ?? [])]);
}
const find = (marks: readonly Mark[], key: string) => flat(marks).find((m) => m.key === key);

describe('spread-closing reading', () => {
  it('clamps and fills defaults without throwing', () => {
    expect(stateOf(figure, { repetitions: 1e9, haircut: 7, highlight: 'loud' })).toEqual({
      repetitions: SPREAD_CLOSING.maxRepetitions,
      haircut: figure.params.haircut.kind === 'number' ? figure.params.haircut.max : NaN,
      highlight: 'none',
    });
    expect(stateOf(figure, { repetitions: -3, haircut: -1 })).toMatchObject({ repetitions: 1, haircut: 0 });
    expect(stateOf(figure, { repetitions: '49.6' }).repetitions).toBe(50);
    expect(stateOf(figure, null)).toEqual({ repetitions: 1, haircut: TOY_HAIRCUT, highlight: 'none' });
    for (const raw of [undefined, null, 'x', { repetitions: Number.NaN, haircut: Infinity }]) expect(() => drawFigure(figure, raw)).not.toThrow();
  });

  it('uses chapter 3’s toy initial margin: own money for one repetition is the haircut plus that margin', () => {
    const s = drawFigure(figure, { repetitions: 1, haircut: 0.02 }).summary;
    expect(s.marginEquity).toBe(TOY_INITIAL_MARGIN);
    expect(Number(s.equity)).toBeCloseTo(0.02 * SPREAD_CLOSING.cashPrice + TOY_INITIAL_MARGIN, 12);
  });
});

describe('spread-closing chapter steps', () => {
  it('the chapter drives it with the article’s repetition counts, each step changing the figure', () => {
    expect(steps.map((s) => stateOf(figure, s.state).repetitions)).toEqual([...TOY_REPETITIONS]);
    const summaries = steps.map((s) => JSON.stringify(drawFigure(figure, s.state, 640).summary));
    for (let i = 1; i < summaries.length; i++) expect(summaries[i]).not.toBe(summaries[i - 1]);
  });

  it.each(steps.flatMap((s) => [390, 640].map((w) => [s.id, w, s.state] as const)))('%s lays out at %i px without NaN, duplicate keys or text outside', (_id, width, raw) => {
    const { marks, size } = drawFigure(figure, raw, width);
    expect(badValues(marks)).toEqual([]);
    expect(duplicateKeys(marks)).toEqual([]);
    for (const m of flat(marks)) {
      if (m.tag === 'text') {
        expect(Number(m.attrs!.y), m.key).toBeLessThanOrEqual(size.height);
        expect(Number(m.attrs!.x), m.key).toBeGreaterThanOrEqual(0);
        expect(Number(m.attrs!.x), m.key).toBeLessThanOrEqual(width);
      }
      if (m.tag === 'rect') expect(Number(m.attrs!.x) + Number(m.attrs!.width)).toBeLessThanOrEqual(width);
    }
  });

  it('every repetition count and haircut on the slider lays out at a phone’s width', () => {
    const p = figure.params.haircut;
    if (p.kind !== 'number') throw new Error('haircut is a number');
    for (const repetitions of [1, 2, 10, 99, 1000, 1666, 1667, 1668, 5000, 10_000]) {
      for (let h = p.min; h <= p.max + 1e-9; h += 0.05) {
        const { marks } = drawFigure(figure, { repetitions, haircut: h, highlight: 'gap' }, 358);
        expect(badValues(marks)).toEqual([]);
        expect(duplicateKeys(marks)).toEqual([]);
      }
    }
  });
});

describe('spread-closing follows the engine', () => {
  it('the summary is the engine’s spreadClosing result for the state', () => {
    for (const s of [...steps.map((x) => x.state), { repetitions: 777, haircut: 0.1 }, { repetitions: 30, haircut: 0 }]) {
      const { state, summary } = drawFigure(figure, s);
      const r = spreadClosing({ repetitions: state.repetitions, haircut: state.haircut });
      expect(summary).toMatchObject({
        repetitions: r.requested,
        done: r.done,
        stopped: r.stopped,
        closesAfter: r.closesAfter,
        face: r.face,
        equity: r.equity,
        haircutEquity: r.haircutEquity,
        marginEquity: r.marginEquity,
        repoLoan: r.repoLoan,
        assets: r.assets,
        paperProfit: r.paperProfit,
        lastSpread: r.lastSpread,
        gap: r.gap,
        repoMultiple: r.repoMultiple,
        assetsToEquity: r.assetsToEquity,
      });
    }
  });

  it('the gap each repetition locks in shrinks monotonically with the repetitions, and the position grows', () => {
    let prevGap = Infinity;
    let prevFace = 0;
    const counts = [...Array.from({ length: 48 }, (_, i) => 1 + i * 211), 1666, 1667, 1668, SPREAD_CLOSING.maxRepetitions].sort((a, b) => a - b);
    for (const n of counts) {
      const st = stateOf(figure, { repetitions: n });
      const s = figure.summarize(figure.compute(st), st);
      expect(Number(s.lastSpread)).toBeLessThanOrEqual(prevGap);
      expect(Number(s.face)).toBeGreaterThanOrEqual(prevFace);
      prevGap = Number(s.lastSpread);
      prevFace = Number(s.face);
    }
    const closed = drawFigure(figure, { repetitions: SPREAD_CLOSING.maxRepetitions }).summary;
    expect(closed.stopped).toBe(true);
    expect(closed.done).toBe(closed.closesAfter);
    expect(Number(closed.gap)).toBeLessThanOrEqual(0);
  });

  it('draws the gap band between the two lines, narrower the more repetitions are done', () => {
    const heightAt = (n: number) => {
      const { marks } = drawFigure(figure, { repetitions: n }, 640);
      const fut = find(marks, 'dot-futures')!.attrs!;
      const cash = find(marks, 'dot-cash')!.attrs!;
      expect(Number(fut.cx)).toBe(Number(cash.cx));
      return Number(cash.cy) - Number(fut.cy);
    };
    const [a, b, c] = [heightAt(1), heightAt(100), heightAt(1500)];
    expect(a).toBeGreaterThan(b);
    expect(b).toBeGreaterThan(c);
    expect(c).toBeGreaterThan(0);
  });

  it('keeps the same number of points in each line across states (so they tween)', () => {
    const count = (n: number) => String(find(drawFigure(figure, { repetitions: n }, 640).marks, 'line-cash')!.attrs!.d).split('L').length;
    expect(count(1)).toBe(count(10_000));
    expect(count(50)).toBe(sampleCounts(SPREAD_CLOSING.maxRepetitions).length);
  });

  it('the figure and its text alternative state the numbers of the state', () => {
    const fifty = drawFigure(figure, { repetitions: 50, haircut: 0.02, highlight: 'multiples' });
    const svg = flat(fifty.marks).map((m) => m.text ?? '').join(' ');
    const r = spreadClosing({ repetitions: 50, haircut: 0.02 });
    for (const text of [svg, fifty.text]) {
      expect(text).toContain(t.times(r.repoMultiple!));
      expect(text).toContain(t.times(r.assetsToEquity));
      expect(text).toContain(t.money(r.face));
      expect(text).toContain(t.money(r.equity));
      expect(text).toContain(t.profit(r.paperProfit));
    }
    expect(fifty.text).toContain(t.gap(r.firstSpread));

    const closed = drawFigure(figure, { repetitions: 10_000, highlight: 'closed' });
    const rc = spreadClosing({ repetitions: 10_000 });
    const svgClosed = flat(closed.marks).map((m) => m.text ?? '').join(' ');
    for (const text of [svgClosed, closed.text]) {
      expect(text).toContain(t.count(rc.done));
      expect(text).toContain(t.count(10_000));
      expect(text).toContain(t.gap(rc.lastSpread));
      expect(text).toContain(t.gap(rc.gap));
    }
    expect(drawFigure(figure, { repetitions: 20, haircut: 0 }).text).toContain('没有倍数上限');
  });

  it('shows the haircut slider only on the multiples step', () => {
    for (const s of steps) {
      const state = stateOf(figure, s.state);
      expect(figure.showControls!(state)).toBe(state.highlight === 'multiples');
    }
  });
});
