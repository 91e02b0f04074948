import { describe, expect, it } from 'vitest';
import positions from '../../../src/components/widgets/positions/index';
import { positions10y, positionsAll } from '../../../src/data/index';
import { duplicateKeys, type Mark } from '../../../src/components/widgets/core/marks';
import { stateOf } from '../../support/figures';

function attrsHaveNaN(marks: readonly Mark[]): string[] {
  const bad: string[] = [];
  for (const m of marks) {
    for (const [k, v] of Object.entries(m.attrs ?? {})) {
      if (typeof v === 'number' && !Number.isFinite(v)) bad.push(`${m.key}.${k}`);
      if (typeof v === 'string' && /NaN|Infinity|undefined/.test(v)) bad.push(`${m.key}.${k}`);
    }
    bad.push(...attrsHaveNaN(m.children ?? []));
  }
  return bad;
}

/** The step states of the /data/ page and of chapters 1 and 5 use these shapes. */
const STATES = [
  {},
  { dataset: '10y', from: '2017-06-01', to: '2020-02-25', highlight: 'buildup' },
  { dataset: '10y', from: '2019-10-01', to: '2020-06-30', highlight: 'unwind', cursor: '2020-03-03' },
  { dataset: 'all', from: '2015-01-01', highlight: 'record' },
  { dataset: 'all', from: '2023-04-01', to: '2023-10-01' },
  { dataset: 'all', series: 'hedge', cursor: '2024-09-01' },
];

describe('positions figure', () => {
  it('normalize fills defaults and clamps bad input without throwing', () => {
    const d = stateOf(positions, undefined);
    expect(d).toEqual({ dataset: '10y', from: '2010-01-01', to: positions10y.date.at(-1), highlight: 'none', series: 'both', cursor: null });
    const bad = stateOf(positions, { dataset: 'x', from: '1990-02-31', to: '2999-01-01', highlight: 7, series: null, cursor: 'soon' });
    expect(bad.dataset).toBe('10y');
    expect(bad.from).toBe('2010-01-01');
    expect(bad.to).toBe(positions10y.date.at(-1));
    expect(bad.highlight).toBe('none');
    expect(bad.cursor).toBeNull();
    const swapped = stateOf(positions, { from: '2020-05-01', to: '2020-01-01' });
    expect(swapped.from < swapped.to).toBe(true);
    const tiny = stateOf(positions, { from: '2020-03-03', to: '2020-03-03' });
    expect(tiny.to > tiny.from).toBe(true);
    expect(stateOf(positions, { cursor: '1999-01-01' }).cursor).toBe('2010-01-01');
    // The six-contract file starts in 2015: its window does not start earlier.
    expect(stateOf(positions, { dataset: 'all' }).from).toBe(positionsAll.date[0]);
    expect(stateOf(positions, { dataset: 'all', from: '2012-01-01' }).from).toBe(positionsAll.date[0]);
    expect(stateOf(positions, { dataset: 'all', from: '2019-01-01' }).from).toBe('2019-01-01');
  });

  it('every state lays out at 340 and 720 px without NaN or duplicate keys', () => {
    for (const raw of STATES) {
      const state = stateOf(positions, raw);
      const model = positions.compute(state);
      for (const width of [340, 720]) {
        const marks = positions.layout(model, state, { width, height: positions.heightFor(width) });
        expect(attrsHaveNaN(marks), JSON.stringify(raw)).toEqual([]);
        expect(duplicateKeys(marks), JSON.stringify(raw)).toEqual([]);
      }
    }
  });

  it('paths keep a constant number of points across windows (so they tween) and break at gaps', () => {
    const path = (raw: object) => {
      const state = stateOf(positions, raw);
      const marks = positions.layout(positions.compute(state), state, { width: 600, height: 360 });
      const lines = marks.find((m) => m.key.startsWith('lines-'))!;
      return String(lines.children!.find((c) => c.key === 'lev')!.attrs!.d);
    };
    const count = (d: string) => (d.match(/[ML]/g) ?? []).length;
    expect(count(path({ from: '2010-01-01' }))).toBe(count(path({ from: '2019-10-01', to: '2020-06-30' })));
    // 'all' has four gaps: the line is drawn in five pieces.
    const all = path({ dataset: 'all', from: '2010-01-01' });
    expect((all.match(/M/g) ?? []).length).toBe(positionsAll.meta.gaps.length + 1);
    expect((path({}).match(/M/g) ?? []).length).toBe(1);
  });

  it('summary follows the dataset: cursor week, values and peak in the window', () => {
    const state = stateOf(positions, { from: '2019-10-01', to: '2020-06-30', cursor: '2020-03-04' });
    const s = positions.summarize(positions.compute(state), state);
    const i = positions10y.date.indexOf('2020-03-03');
    expect(s.week).toBe('2020-03-03');
    expect(s.levShortBn).toBe(positions10y.levShortBn[i]);
    expect(s.amLongBn).toBe(positions10y.amLongBn[i]);
    let peak = 0;
    positions10y.date.forEach((d, j) => {
      if (d >= '2019-10-01' && d <= '2020-06-30') peak = Math.max(peak, positions10y.levShortBn[j]);
    });
    expect(s.peakLevShortBn).toBe(peak);
    expect(s).toMatchObject({ dataset: '10y', from: '2019-10-01', to: '2020-06-30', highlight: 'none', series: 'both' });

    // No cursor: the last reported week of the window ('all' skips the null weeks of a gap).
    const all = stateOf(positions, { dataset: 'all', from: '2024-01-01', to: '2024-12-31' });
    const sa = positions.summarize(positions.compute(all), all);
    const reported = positionsAll.date.filter((d, i) => d >= '2024-01-01' && d <= '2024-12-31' && positionsAll.levShortBn[i] !== null);
    expect(sa.week).toBe(reported.at(-1));
    expect(positionsAll.levShortBn[positionsAll.date.indexOf('2024-12-31')]).toBeNull();
    expect(sa.levShortBn).toBe(positionsAll.levShortBn[positionsAll.date.indexOf(String(sa.week))]);
  });

  it('describe names the week and its amounts in 亿美元', () => {
    const state = stateOf(positions, { cursor: '2020-03-03', highlight: 'unwind' });
    const model = positions.compute(state);
    const text = positions.describe(model, state);
    const lev = positions10y.levShortBn[positions10y.date.indexOf('2020-03-03')];
    expect(text).toContain('2020 年 3 月 3 日');
    expect(text).toContain(`约 ${Number((lev * 10).toPrecision(3)).toLocaleString('en-US')} 亿美元`);
    expect(text).toContain('拆仓');
    const gappy = stateOf(positions, { dataset: 'all', from: '2023-01-01', to: '2023-12-31' });
    expect(positions.describe(positions.compute(gappy), gappy)).toContain(`${positionsAll.meta.gaps[1].weeks} 周`);
  });

  it('pointer reads the nearest week; the table lists every week of the window', () => {
    const state = stateOf(positions, { from: '2020-01-01', to: '2020-06-30' });
    const model = positions.compute(state);
    const size = { width: 600, height: 360 };
    const marks = positions.layout(model, state, size);
    expect(marks.length).toBeGreaterThan(0);
    // Sweep the plot and find the read-out of 2020-03-03.
    let found: string | null = null;
    for (let x = 0; x <= size.width; x += 2) {
      const r = positions.pointer!(model, state, size, { x, y: 100 });
      if (r && r.text.includes('2020 年 3 月 3 日')) found = r.text;
    }
    const lev = positions10y.levShortBn[positions10y.date.indexOf('2020-03-03')];
    expect(found).toContain(`${Math.round(lev * 10).toLocaleString('en-US')} 亿美元`);
    const table = positions.table!(model, state);
    const weeks = positions10y.date.filter((d) => d >= '2020-01-01' && d <= '2020-06-30');
    expect(table.rows.length).toBe(weeks.length);
    expect(table.rows[0][0]).toBe(weeks[0]);
  });
});
