/**
 * The parameter contract (core/params.ts, core/params-check.ts): one
 * declaration gives a lenient reading for readers (URLs, sliders) that
 * never throws and says what it changed, and a strict check for authors
 * that names the key and the allowed values.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { choice, controlsOf, date, defineParams, flag, number, readParams } from '../../../src/components/widgets/core/params';
import { assertStepState, checkParams } from '../../../src/components/widgets/core/params-check';
import { widgets } from '../../../src/components/widgets/registry';
import { readState } from '../../../src/components/widgets/core/types';

const params = defineParams({
  mode: choice(['a', 'b'], { label: 'mode', default: 'a' }),
  day: number({ label: 'day', default: 2, min: 0, max: 10, step: 1, control: true }),
  haircut: number({ label: 'haircut', default: 0.02, min: 0, max: 0.2, step: 0.005 }),
  scaled: number({ label: 'scaled', default: (s) => (s.mode === 'b' ? 5 : 1), min: 0, max: 9, step: 0.5 }),
  show: flag({ label: 'show', default: false }),
  to: date({ label: 'to', default: '2020-03-09', min: '2020-01-01', max: '2020-12-31' }),
  cursor: date({ label: 'cursor', default: null, min: '2020-01-01', max: '2020-12-31', optional: true }),
});

describe('lenient reading (readers: URLs, sliders)', () => {
  it('fills every default for empty or non-object input', () => {
    for (const raw of [undefined, null, {}, 'x', 42, []]) {
      expect(readParams(params, raw)).toEqual({
        state: { mode: 'a', day: 2, haircut: 0.02, scaled: 1, show: false, to: '2020-03-09', cursor: null },
        adjusted: [],
      });
    }
  });

  it('clamps, snaps, parses URL strings and reports each change with its reason', () => {
    const { state, adjusted } = readParams(params, { day: '99', haircut: 'abc', show: 'true', to: '2030-01-01', mode: 'c', extra: 1, scaled: '2.7' });
    expect(state).toMatchObject({ day: 10, haircut: 0.02, show: true, to: '2020-12-31', mode: 'a', scaled: 2.7 });
    expect(Object.fromEntries(adjusted.map((a) => [a.key, a.reason]))).toEqual({
      day: 'out-of-range',
      haircut: 'wrong-type',
      to: 'out-of-range',
      mode: 'not-a-choice',
      extra: 'unknown-key',
    });
    expect(readParams(params, { day: 2.6 }).adjusted).toEqual([{ key: 'day', given: 2.6, used: 3, reason: 'not-whole' }]);
    expect(adjusted.find((a) => a.key === 'day')).toEqual({ key: 'day', given: '99', used: 10, reason: 'out-of-range' });
  });

  it('computes a default from keys declared before it', () => {
    expect(readParams(params, { mode: 'b' }).state.scaled).toBe(5);
    expect(readParams(params, { mode: 'b', scaled: 3 }).state.scaled).toBe(3);
  });

  it('accepts valid values as they are, without a notice', () => {
    const raw = { mode: 'b', day: 7, haircut: 0.035, scaled: 4.5, show: true, to: '2020-06-30', cursor: '2020-03-03' };
    expect(readParams(params, raw)).toEqual({ state: raw, adjusted: [] });
  });

  it('never throws and always yields values inside the declared ranges', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('mode', 'day', 'haircut', 'scaled', 'show', 'to', 'cursor', 'zzz'), fc.anything()), (raw) => {
        const { state } = readParams(params, raw);
        expect(['a', 'b']).toContain(state.mode);
        expect(state.day).toBeGreaterThanOrEqual(0);
        expect(state.day).toBeLessThanOrEqual(10);
        expect(Number.isInteger(state.day)).toBe(true);
        expect(state.haircut).toBeGreaterThanOrEqual(0);
        expect(state.haircut).toBeLessThanOrEqual(0.2);
        expect(typeof state.show).toBe('boolean');
        expect(state.to >= '2020-01-01' && state.to <= '2020-12-31').toBe(true);
      }),
    );
  });

  it('lists the keys marked as controls, in declaration order', () => {
    expect(controlsOf(params).map((c) => c.key)).toEqual(['day']);
  });
});

describe('strict check (authors: MDX steps)', () => {
  it('accepts a partial, valid state', () => {
    expect(checkParams(params, { day: 3, cursor: null })).toEqual([]);
  });

  it('names an unknown key and lists the known ones', () => {
    expect(checkParams(params, { shwo: true })).toEqual(['unknown key "shwo" (this figure\'s keys: mode, day, haircut, scaled, show, to, cursor)']);
  });

  it('names the key, the value and the allowed range or choices', () => {
    expect(checkParams(params, { day: 11 })).toEqual(['key "day" = 11 is not allowed: expected a whole number from 0 to 10']);
    expect(checkParams(params, { day: 2.5 })).toEqual(['key "day" = 2.5 is not allowed: expected a whole number from 0 to 10']);
    expect(checkParams(params, { mode: 'c' })).toEqual(['key "mode" = "c" is not allowed: expected one of "a", "b"']);
    expect(checkParams(params, { show: 'yes' })).toEqual(['key "show" = "yes" is not allowed: expected true or false']);
    expect(checkParams(params, { to: '2021-01-01' })).toEqual(['key "to" = "2021-01-01" is not allowed: expected an ISO date from 2020-01-01 to 2020-12-31']);
    expect(checkParams(params, { haircut: 0.3 })).toEqual(['key "haircut" = 0.3 is not allowed: expected a number from 0 to 0.2']);
  });

  it('throws at build time with the page, the step and every problem', () => {
    expect(() => assertStepState(params, { day: -1, shwo: 1 }, { page: 'src/content/chapters/09-x.mdx', figure: 'demo', step: 'x-first' })).toThrow(
      /src\/content\/chapters\/09-x\.mdx, step "x-first" \(figure demo\):\n {2}- key "day" = -1 .*\n {2}- unknown key "shwo"/s,
    );
  });
});

describe.each(Object.keys(widgets))('figure %s declares its parameters', (name) => {
  const w = widgets[name];

  it('with a Chinese label for every key and defaults that pass its own strict check', () => {
    for (const [key, p] of Object.entries(w.params)) expect(p.label, key).toMatch(/[\u4e00-\u9fff]/);
    expect(checkParams(w.params, readState(w, {}).state)).toEqual([]);
  });

  it('so that its lenient reading always passes its strict check', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...Object.keys(w.params)), fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null))), (raw) => {
        expect(checkParams(w.params, readState(w, raw).state)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
