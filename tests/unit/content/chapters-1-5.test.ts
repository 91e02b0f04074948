/**
 * Chapters 1 and 5 quote real positions in their prose and point a cursor at
 * the week they quote. These checks keep the three in step: the figure's
 * cursor week, the dataset value it shows, the dated fact in src/data/facts.ts
 * and the number written in the step's text. If the data is re-derived or a
 * step's state is edited, the text must follow (or this fails).
 */
import { describe, expect, it } from 'vitest';
import positions from '../../../src/components/widgets/positions/index';
import { fact } from '../../../src/data/facts';
import { positions10y, positionsAll, valueOn } from '../../../src/data/index';
import { formatUsdLarge } from '@strings/format';
import { chapterScrollies, chapterSource } from '../../support/pages';
import { stateOf } from '../../support/figures';

const CH1 = '01-why-the-fed-worries.mdx';
const CH5 = '05-not-a-tug-of-war.mdx';

function stepState(file: string, id: string): Record<string, unknown> {
  const step = chapterScrollies()
    .filter((s) => s.file === file && s.figure === 'positions')
    .flatMap((s) => s.steps)
    .find((s) => s.id === id);
  if (!step) throw new Error(`${file}: no positions step "${id}"`);
  return step.state;
}

/** The prose of one step (between its opening tag and </Step>), whitespace removed. */
function stepText(file: string, id: string): string {
  const source = chapterSource(file);
  const start = source.indexOf(`<Step id="${id}"`);
  if (start < 0) throw new Error(`${file}: no step "${id}"`);
  const end = source.indexOf('</Step>', start);
  return source.slice(start, end).replace(/<[^>]+>/g, '').replace(/\s+/g, '');
}

function summaryOf(raw: Record<string, unknown>) {
  const state = stateOf(positions, raw);
  return positions.summarize(positions.compute(state), state);
}

/** A billions-of-dollars value as the chapters write it (约 7,490 亿美元), without spaces. */
const written = (bn: number) => formatUsdLarge(bn * 1e9).replace(/\s+/g, '');

describe('chapter 1: each cursor step quotes the week it points at', () => {
  const cases: [string, string][] = [
    ['fedworry-buildup', 'tff-all-lev-short-2019-07-30'],
    ['fedworry-unwind-start', 'tff-all-lev-short-2020-03-03'],
    ['fedworry-unwind-end', 'tff-all-lev-short-2020-04-28'],
    ['fedworry-record-all', 'tff-all-lev-short-2025-04-29'],
  ];

  it.each(cases)('%s: cursor week, figure value, fact and text agree (%s)', (stepId, factId) => {
    const f = fact(factId);
    const raw = stepState(CH1, stepId);
    expect(raw.dataset).toBe('all');
    const summary = summaryOf(raw);
    expect(summary.week).toBe(f.date);
    expect(summary.levShortBn).toBeCloseTo(f.value, 1);
    expect(stepText(CH1, stepId)).toContain(written(f.value));
  });

  it('the 10-year record step points at the series high and converts contracts to face value in the text', () => {
    const f = fact('tff10y-lev-short-2025-11-25');
    const summary = summaryOf(stepState(CH1, 'fedworry-record-10y'));
    expect(summary.week).toBe(f.date);
    expect(summary.peakWeek).toBe(f.date);
    expect(Math.max(...positions10y.levShort)).toBe(f.value);
    const bn = (f.value * 100_000) / 1e9;
    expect(summary.levShortBn).toBeCloseTo(bn, 1);
    const text = stepText(CH1, 'fedworry-record-10y');
    expect(text).toContain(`${Math.round(f.value / 10_000)}万张`);
    expect(text).toContain(written(bn));
  });

  it('"almost 30% below mid-February" matches the OFR figures it paraphrases', () => {
    const drop = 1 - fact('lev-short-ofr-2020-04-28').value / fact('lev-short-ofr-2020-02-18').value;
    expect(drop).toBeGreaterThan(0.25);
    expect(drop).toBeLessThan(0.3);
    expect(stepText(CH1, 'fedworry-unwind-end')).toContain('将近三成');
  });

  it('"most of 2019 around $800bn": at least four weeks in five of 2019 lie between $700bn and $900bn', () => {
    const weeks = positionsAll.date
      .map((d, i) => [d, positionsAll.levShortBn[i]] as const)
      .filter(([d, v]) => d.startsWith('2019') && v !== null)
      .map(([, v]) => v as number);
    expect(weeks.length).toBeGreaterThan(40);
    expect(weeks.filter((v) => v >= 700 && v <= 900).length / weeks.length).toBeGreaterThanOrEqual(0.8);
  });

  it('the record step sits above the 2019 high, as the text says', () => {
    const high2019 = Math.max(
      ...positionsAll.date.map((d, i) => (d.startsWith('2019') ? (positionsAll.levShortBn[i] ?? 0) : 0)),
    );
    expect(fact('tff-all-lev-short-2025-04-29').value).toBeGreaterThan(high2019);
  });
});

describe('chapter 5: what the text says the two lines do', () => {
  it('adds the blue line only after a red-only step', () => {
    expect(stepState(CH5, 'tugwar-red-only').series).toBe('hedge');
    expect(stepState(CH5, 'tugwar-add-blue').series).toBe('both');
  });

  it('the record-week cursor is the highest leveraged-fund short of the whole 10-year history', () => {
    const summary = summaryOf(stepState(CH5, 'tugwar-record-week'));
    const max = Math.max(...positions10y.levShortBn);
    expect(summary.levShortBn).toBe(max);
    expect(summary.amLongBn).not.toBeNull();
  });

  it('in the week before the article (April 2025) the blue line is above the red one', () => {
    const summary = summaryOf(stepState(CH5, 'tugwar-april-2025'));
    expect(String(summary.week) < '2025-04-09').toBe(true);
    expect(Number(summary.amLongBn)).toBeGreaterThan(Number(summary.levShortBn));
  });

  it('both lines are lower at the end of April 2020 than in mid-February, as the zoom step says', () => {
    for (const col of [positions10y.levShortBn, positions10y.amLongBn]) {
      const feb = valueOn(positions10y.date, col, '2020-02-18');
      const apr = valueOn(positions10y.date, col, '2020-04-28');
      expect(feb).not.toBeNull();
      expect(apr as number).toBeLessThan(feb as number);
    }
    expect(stepState(CH5, 'tugwar-zoom-2020').highlight).toBe('unwind');
  });

  it('the two lines move together over the long run (level correlation above 0.8)', () => {
    const a = positions10y.levShortBn;
    const b = positions10y.amLongBn;
    const mean = (x: number[]) => x.reduce((s, v) => s + v, 0) / x.length;
    const ma = mean(a);
    const mb = mean(b);
    let sab = 0;
    let saa = 0;
    let sbb = 0;
    a.forEach((v, i) => {
      sab += (v - ma) * (b[i] - mb);
      saa += (v - ma) ** 2;
      sbb += (b[i] - mb) ** 2;
    });
    expect(sab / Math.sqrt(saa * sbb)).toBeGreaterThan(0.8);
  });

  it('the BIS net short quoted in the face-value aside matches the fact', () => {
    expect(chapterSource(CH5)).toContain(formatUsdLarge(fact('bis-net-short-2023').value * 1e9));
  });
});
