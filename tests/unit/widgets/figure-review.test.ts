/**
 * Layout checks from the visual review of every figure state (phones and
 * desktop): time-axis labels never pile up, the positions cursor values keep
 * apart and inside the plot, repo-rates draws its cut rules under the cut
 * labels, and the 10-year low is labelled beside its dot while the line ends there.
 */
import { describe, expect, it } from 'vitest';
import type { Mark } from '../../../src/components/widgets/core/marks';
import positions from '../../../src/components/widgets/positions/index';
import repoRates from '../../../src/components/widgets/repo-rates/index';
import yields from '../../../src/components/widgets/yields-2020/index';
import { stateOf } from '../../support/figures';

const find = (marks: readonly Mark[], key: string): Mark | undefined => {
  for (const m of marks) {
    if (m.key === key) return m;
    const inner = find(m.children ?? [], key);
    if (inner) return inner;
  }
  return undefined;
};
const num = (m: Mark | undefined, attr: string): number => Number(m?.attrs?.[attr]);

/** Step states of chapters 1 and 5 and of /data/ that draw a long time axis or a cursor. */
const POSITION_STATES = [
  {},
  { dataset: 'all', from: '2015-01-01' },
  { dataset: 'all', from: '2015-01-01', highlight: 'record', cursor: '2025-04-29' },
  { dataset: '10y', from: '2017-01-01', to: '2020-06-30', highlight: 'buildup', cursor: '2019-07-30' },
  { dataset: '10y', from: '2019-10-01', to: '2020-06-30', highlight: 'unwind', cursor: '2020-04-28' },
  { dataset: '10y', series: 'both', from: '2024-06-01', cursor: '2025-04-08' },
  { dataset: '10y', series: 'both', from: '2023-01-01', highlight: 'record', cursor: '2025-11-25' },
];

describe('figure review: layout fixes', () => {
  it('positions: x-axis labels keep at least 30 px apart at 340 and 720 px', () => {
    for (const raw of POSITION_STATES) {
      const state = stateOf(positions, raw);
      const model = positions.compute(state);
      for (const width of [340, 720]) {
        const marks = positions.layout(model, state, { width, height: positions.heightFor(width) });
        const ticks = (find(marks, 'x-axis')?.children ?? []).filter((m) => m.tag === 'text').map((m) => num(m, 'x'));
        expect(ticks.length, JSON.stringify(raw)).toBeGreaterThanOrEqual(2);
        for (let i = 1; i < ticks.length; i++) expect(ticks[i] - ticks[i - 1], `${JSON.stringify(raw)} @${width}`).toBeGreaterThanOrEqual(30);
      }
    }
  });

  it('positions: cursor values stay 14 px apart, inside the plot, and the week date inside the figure', () => {
    for (const raw of POSITION_STATES.filter((r) => 'cursor' in r)) {
      const state = stateOf(positions, raw);
      const model = positions.compute(state);
      for (const width of [340, 720]) {
        const height = positions.heightFor(width);
        const marks = positions.layout(model, state, { width, height });
        const lev = find(marks, 'lev-label');
        const am = find(marks, 'am-label');
        const week = find(marks, 'week-label');
        expect(lev?.text, JSON.stringify(raw)).toMatch(/\d/);
        expect(num(lev, 'y')).toBeLessThan(height - 20);
        expect(num(lev, 'y')).toBeGreaterThan(40);
        if (state.series === 'both') expect(Math.abs(num(lev, 'y') - num(am, 'y')), `${JSON.stringify(raw)} @${width}`).toBeGreaterThanOrEqual(14);
        // An end-anchored date must start far enough left; a start-anchored one must end before the edge (~100 px of text).
        const wx = num(week, 'x');
        if (String(week?.attrs?.class).includes('end')) expect(wx).toBeGreaterThan(100);
        else expect(wx + 100, `${JSON.stringify(raw)} @${width}`).toBeLessThanOrEqual(width);
      }
    }
  });

  it('repo-rates: every cut rule is drawn before every cut label', () => {
    const state = stateOf(repoRates, { window: 'mar2020', highlight: 'cuts' });
    const marks = repoRates.layout(repoRates.compute(state), state, { width: 374, height: repoRates.heightFor(374) });
    const cuts = find(marks, 'cuts')?.children ?? [];
    const kinds = cuts.map((m) => (m.tag === 'text' ? 'label' : 'rule'));
    expect(kinds.filter((k) => k === 'label').length).toBeGreaterThanOrEqual(2);
    expect(kinds.lastIndexOf('rule')).toBeLessThan(kinds.indexOf('label'));
  });

  it('yields-2020: the low is labelled beside its dot while the line ends there, by the axis once the V is drawn', () => {
    for (const width of [340, 720]) {
      const height = yields.heightFor(width);
      const low = stateOf(yields, { to: '2020-03-09', highlight: 'low' });
      const lowMarks = yields.layout(yields.compute(low), low, { width, height });
      const group = find(lowMarks, 'low');
      const dot = group?.children?.find((m) => m.key === 'dot');
      const label = group?.children?.find((m) => m.key === 'label');
      expect(Math.abs(num(label, 'y') - num(dot, 'cy')), `@${width}`).toBeLessThanOrEqual(8);
      expect(num(label, 'x')).toBeGreaterThan(num(dot, 'cx'));
      const snap = stateOf(yields, { to: '2020-03-31', highlight: 'snapback' });
      const snapMarks = yields.layout(yields.compute(snap), snap, { width, height });
      const snapLabel = find(snapMarks, 'low')?.children?.find((m) => m.key === 'label');
      expect(num(snapLabel, 'y')).toBeGreaterThan(height - 40);
    }
  });
});
