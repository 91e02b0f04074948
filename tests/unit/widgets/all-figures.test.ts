/**
 * Every figure, and every step state written in every chapter, checked the
 * same way: bad input never throws, layouts at phone and desktop widths have
 * no NaN and no duplicate keys, and each step changes what the figure shows.
 */
import { describe, expect, it } from 'vitest';
import { widgets } from '../../../src/components/widgets/registry';
import { duplicateKeys, renderMarks, type Mark } from '../../../src/components/widgets/core/marks';
import { chapterScrollies } from '../../support/pages';
import { stateOf } from '../../support/figures';

const WIDTHS = [340, 560, 720];

function attrsOf(marks: Mark[]): string[] {
  return marks.flatMap((m) => [
    ...Object.values(m.attrs ?? {}).map((v) => String(v)),
    ...(m.text !== undefined ? [m.text] : []),
    ...attrsOf(m.children ?? []),
  ]);
}

function drawAt(name: string, raw: unknown, width: number) {
  const w = widgets[name];
  const state = stateOf(w, raw);
  const model = w.compute(state);
  const size = { width, height: w.heightFor(width) };
  return { marks: w.layout(model, state, size), summary: w.summarize(model, state), text: w.describe(model, state), size };
}

describe.each(Object.keys(widgets))('figure %s', (name) => {
  const w = widgets[name];

  it('normalizes missing or nonsense input without throwing', () => {
    for (const raw of [undefined, null, {}, 'x', { day: Number.NaN, to: 'nonsense', rate: -1e9 }]) {
      expect(() => drawAt(name, raw, 400)).not.toThrow();
    }
  });

  it.each(WIDTHS)('lays out its default state at %i px with finite numbers and unique keys', (width) => {
    const { marks, size } = drawAt(name, {}, width);
    expect(size.height).toBeGreaterThan(150);
    expect(duplicateKeys(marks)).toEqual([]);
    expect(attrsOf(marks).filter((v) => /NaN|Infinity|undefined/.test(v))).toEqual([]);
    expect(renderMarks(marks).length).toBeGreaterThan(100);
  });

  it('has a title and a Chinese text alternative', () => {
    expect(w.title).toMatch(/[\u4e00-\u9fff]/);
    expect(drawAt(name, {}, 400).text).toMatch(/[\u4e00-\u9fff]/);
  });
});

const scrollies = chapterScrollies();

describe('step states written in the chapters', () => {
  it('are found', () => {
    expect(scrollies.length).toBeGreaterThan(0);
  });

  it.each(scrollies.map((s) => [`${s.file} · ${s.figure}`, s] as const))('%s', (_label, scrolly) => {
    expect(Object.keys(widgets)).toContain(scrolly.figure);
    const summaries: string[] = [];
    for (const step of scrolly.steps) {
      for (const width of [340, 720]) {
        const { marks } = drawAt(scrolly.figure, step.state, width);
        expect(duplicateKeys(marks), `${step.id} at ${width}px`).toEqual([]);
        expect(attrsOf(marks).filter((v) => /NaN|Infinity|undefined/.test(v)), `${step.id} at ${width}px`).toEqual([]);
      }
      summaries.push(JSON.stringify(drawAt(scrolly.figure, step.state, 560).summary));
    }
    // Every step changes what the figure shows (its data-state differs from the step before).
    for (let i = 1; i < summaries.length; i++) {
      expect(summaries[i], `${scrolly.steps[i].id} repeats ${scrolly.steps[i - 1].id}`).not.toBe(summaries[i - 1]);
    }
  });
});
