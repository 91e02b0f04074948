import { describe, expect, it } from 'vitest';
import repoRates from '../../../src/components/widgets/repo-rates/index';
import { ratesStress, ratesWindow } from '../../../src/data/index';
import { duplicateKeys, type Mark } from '../../../src/components/widgets/core/marks';
import { badValues as badAttrs, stateOf } from '../../support/figures';

function find(marks: readonly Mark[], key: string): Mark | undefined {
  for (const m of marks) {
    if (m.key === key) return m;
    const c = find(m.children ?? [], key);
    if (c) return c;
  }
  return undefined;
}

const STATES = [
  { window: 'sep2019', highlight: 'none' },
  { window: 'sep2019', highlight: 'spike' },
  { window: 'sep2019', highlight: 'spread' },
  { window: 'mar2020', highlight: 'cuts' },
  { window: 'mar2020', highlight: 'spread' },
  { window: 'mar2020', highlight: 'spike' },
];

describe('repo-rates figure', () => {
  it('normalize fills defaults and clamps bad input without throwing', () => {
    expect(stateOf(repoRates, undefined)).toEqual({ window: 'sep2019', highlight: 'none' });
    expect(stateOf(repoRates, { window: 'jan1999', highlight: 42 })).toEqual({ window: 'sep2019', highlight: 'none' });
    expect(stateOf(repoRates, { window: 'mar2020', highlight: 'cuts' })).toEqual({ window: 'mar2020', highlight: 'cuts' });
  });

  it('every state lays out at 340 and 720 px without NaN or duplicate keys', () => {
    for (const raw of STATES) {
      const state = stateOf(repoRates, raw);
      const model = repoRates.compute(state);
      for (const width of [340, 720]) {
        const marks = repoRates.layout(model, state, { width, height: repoRates.heightFor(width) });
        expect(badAttrs(marks), JSON.stringify(raw)).toEqual([]);
        expect(duplicateKeys(marks), JSON.stringify(raw)).toEqual([]);
      }
    }
  });

  it('summary follows the dataset: the spike, the excess over the range, the cuts', () => {
    const sep = stateOf(repoRates, { window: 'sep2019', highlight: 'spike' });
    const s = repoRates.summarize(repoRates.compute(sep), sep);
    const w = ratesWindow('sep2019');
    const top = Math.max(...w.sofr.filter((v): v is number => v !== null));
    expect(s.maxSofr).toBe(top);
    expect(s.maxSofrDate).toBe(w.date[w.sofr.indexOf(top)]);
    expect(s.maxSofrDate).toBe('2019-09-17');
    expect(s.effrOnMaxSofr).toBe(w.effr[w.sofr.indexOf(top)]);
    expect(s.daysAboveTop).toBe(w.sofrMinusTopBp.filter((v) => v !== null && v > 0).length);

    const mar = stateOf(repoRates, { window: 'mar2020', highlight: 'spread' });
    const m = repoRates.summarize(repoRates.compute(mar), mar);
    const wm = ratesWindow('mar2020');
    const maxAbove = Math.max(...wm.sofrMinusTopBp.filter((v): v is number => v !== null));
    expect(m.maxSofrMinusTopBp).toBe(maxAbove);
    // The two March 2020 decisions, with their sizes from the target ranges of the data.
    const ranges = ratesStress.meta.targetRanges;
    const expected = ranges
      .map((r, i) => (i > 0 && r.decided >= wm.from && r.decided <= wm.to ? `${r.decided}:${Math.round((ranges[i - 1].upper - r.upper) * 100)}` : null))
      .filter(Boolean)
      .join(',');
    expect(m.cuts).toBe(expected);
    expect(m.cuts).toContain('2020-03-03');
    expect(m.cuts).toContain('2020-03-15');
  });

  it('highlights change what is drawn: spread shading, spike emphasis', () => {
    const at = (raw: object) => {
      const st = stateOf(repoRates, raw);
      return repoRates.layout(repoRates.compute(st), st, { width: 600, height: 360 });
    };
    expect(find(at({ window: 'mar2020', highlight: 'spread' }), 'excess')!.attrs!.opacity).toBe(1);
    expect(find(at({ window: 'mar2020', highlight: 'cuts' }), 'excess')!.attrs!.opacity).toBe(0);
    expect(find(at({ window: 'sep2019', highlight: 'spike' }), 'ring')!.attrs!.r).toBeGreaterThan(find(at({ window: 'sep2019' }), 'ring')!.attrs!.r as number);
  });

  it('describe gives the numbers of the state', () => {
    const sep = stateOf(repoRates, { window: 'sep2019', highlight: 'spike' });
    const text = repoRates.describe(repoRates.compute(sep), sep);
    expect(text).toContain('5.25%');
    expect(text).toContain('2019 年 9 月 17 日');
    expect(text).toContain('2.00%–2.25%');
    const mar = stateOf(repoRates, { window: 'mar2020', highlight: 'spread' });
    const mt = repoRates.describe(repoRates.compute(mar), mar);
    const wm = ratesWindow('mar2020');
    expect(mt).toContain(`${Math.max(...wm.sofrMinusTopBp.filter((v): v is number => v !== null))} 个基点`);
    expect(mt).toContain('降息 50 个基点');
    expect(mt).toContain('降息 100 个基点');
  });

  it('pointer reads the nearest day; the table has one row per day of the window', () => {
    const st = stateOf(repoRates, { window: 'sep2019' });
    const model = repoRates.compute(st);
    const size = { width: 600, height: 360 };
    let text = '';
    for (let x = 0; x <= 600; x += 1) {
      const r = repoRates.pointer!(model, st, size, { x, y: 100 });
      if (r?.text.startsWith('2019 年 9 月 17 日')) text = r.text;
    }
    expect(text).toContain('SOFR 5.25%');
    expect(text).toContain('EFFR 2.30%');
    const table = repoRates.table!(model, st);
    expect(table.rows.length).toBe(ratesWindow('sep2019').date.length);
  });
});
