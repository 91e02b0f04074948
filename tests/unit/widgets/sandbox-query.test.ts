/** The sandbox's URL ↔ state functions (src/components/sandbox/query.ts). */
import { describe, expect, it } from 'vitest';
import { parseQuery, toQuery, type Preset } from '../../../src/components/sandbox/query';
import { widgets } from '../../../src/components/widgets/registry';
import { readState } from '../../../src/components/widgets/core/types';

const presets: Preset[] = [{ id: 'spike', figure: 'repo-carry', state: { preset: 'sofr-spike' } }];
const models = ['repo-carry', 'basis-flows'];

describe('sandbox query', () => {
  it('defaults to the first model, with no preset and nothing ignored', () => {
    expect(parseQuery('', models, presets)).toEqual({ model: 'repo-carry', preset: null, raw: {}, ignored: [] });
  });

  it('a preset picks its model and its values; the query’s own values win', () => {
    const q = parseQuery('?example=spike&rate=3', models, presets);
    expect(q.model).toBe('repo-carry');
    expect(q.raw).toEqual({ preset: 'sofr-spike', rate: '3' });
  });

  it('reports an unknown model or preset and falls back, never throwing', () => {
    const q = parseQuery('?model=zzz&example=nope&x=1', models, presets);
    expect(q.model).toBe('repo-carry');
    expect(q.ignored.map((i) => i.key)).toEqual(['example', 'model']);
    expect(q.raw).toEqual({ x: '1' });
  });

  it('round-trips any state of a figure exactly through the query', () => {
    for (const name of models) {
      const w = widgets[name];
      const state = readState(w, { rate: 6.35, preset: 'breakeven', haircut: 0.035, legs: 2, showBalanceSheet: false }).state as Record<string, unknown>;
      const back = parseQuery(toQuery(name, w.params, state), models, presets);
      expect(back.model).toBe(name);
      expect(readState(w, back.raw)).toEqual({ state, adjusted: [] });
    }
  });
});
