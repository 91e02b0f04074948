import { describe, expect, it } from 'vitest';
import yields from '../../../src/components/widgets/yields-2020/index';
import { yields2020 } from '../../../src/data/index';
import { duplicateKeys } from '../../../src/components/widgets/core/marks';
import { badValues as badAttrs, stateOf } from '../../support/figures';


const STATES = [
  { to: '2020-02-28', highlight: 'none' },
  { to: '2020-03-09', highlight: 'low' },
  { to: '2020-03-20', highlight: 'snapback' },
  { to: '2020-04-30', highlight: 'none' },
  { to: '2020-02-01', highlight: 'snapback' },
  {},
];

describe('yields-2020 figure', () => {
  it('normalize fills defaults and clamps bad input without throwing', () => {
    const last = yields2020.date.at(-1);
    expect(stateOf(yields, undefined)).toEqual({ to: last, highlight: 'none' });
    expect(stateOf(yields, { to: '2030-01-01', highlight: 'up' })).toEqual({ to: last, highlight: 'none' });
    expect(stateOf(yields, { to: 'yesterday' }).to).toBe(last);
    expect(stateOf(yields, { to: '2019-01-01' }).to > yields2020.date[0]).toBe(true);
  });

  it('every state lays out at 340 and 720 px without NaN or duplicate keys; the path keeps its point count', () => {
    const counts = new Set<number>();
    for (const raw of STATES) {
      const state = stateOf(yields, raw);
      const model = yields.compute(state);
      for (const width of [340, 720]) {
        const marks = yields.layout(model, state, { width, height: yields.heightFor(width) });
        expect(badAttrs(marks), JSON.stringify(raw)).toEqual([]);
        expect(duplicateKeys(marks), JSON.stringify(raw)).toEqual([]);
        const ten = marks.find((m) => m.key === 'lines')!.children!.find((c) => c.key === 'ten')!;
        counts.add((String(ten.attrs!.d).match(/[ML]/g) ?? []).length);
      }
    }
    expect(counts.size).toBe(1);
  });

  it('summary follows the data: record low close on 9 March, snapback to 18 March', () => {
    const state = stateOf(yields, { to: '2020-03-20', highlight: 'snapback' });
    const s = yields.summarize(yields.compute(state), state);
    const upTo = yields2020.date.map((d, i) => [d, yields2020.dgs10[i]] as const).filter(([d, v]) => d <= '2020-03-20' && v !== null);
    const low = upTo.reduce((a, b) => ((b[1] as number) < (a[1] as number) ? b : a));
    expect(s.lowDate).toBe(low[0]);
    expect(s.low10).toBe(low[1]);
    expect(s.lowDate).toBe('2020-03-09');
    expect(s.snapDate).toBe('2020-03-18');
    expect(s.snap10).toBe(yields2020.dgs10[yields2020.date.indexOf('2020-03-18')]);
    expect(s.snapRiseBp).toBe(Math.round(((s.snap10 as number) - (s.low10 as number)) * 100));
    expect(s.date).toBe('2020-03-20');
    // Before the low, no snapback yet.
    const early = stateOf(yields, { to: '2020-03-09' });
    expect(yields.summarize(yields.compute(early), early).snapDate).toBeNull();
  });

  it('describe names the low and the snapback with their values', () => {
    const state = stateOf(yields, { to: '2020-03-20', highlight: 'snapback' });
    const text = yields.describe(yields.compute(state), state);
    expect(text).toContain('0.54%');
    expect(text).toContain('1.18%');
    expect(text).toContain('2020 年 3 月 9 日');
    expect(text).toContain('64 个基点');
  });

  it('pointer skips market holidays; the table lists every day', () => {
    const state = stateOf(yields, {});
    const model = yields.compute(state);
    const seen = new Set<string>();
    for (let x = 0; x <= 600; x += 2) {
      const r = yields.pointer!(model, state, { width: 600, height: 340 }, { x, y: 100 });
      if (r) seen.add(r.text);
    }
    expect([...seen].some((t) => t.includes('休市'))).toBe(false);
    expect([...seen].find((t) => t.startsWith('2020 年 3 月 9 日'))).toContain('10 年期 0.54%');
    expect(yields.table!(model, state).rows.length).toBe(yields2020.date.length);
  });
});
