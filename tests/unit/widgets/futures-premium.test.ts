import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import definition from '../../../src/components/widgets/futures-premium/index';
import { duplicateKeys, type Mark } from '../../../src/components/widgets/core/marks';
import { FUTURES_PREMIUM, futuresPremiumPath } from '../../../src/engine';
import { TOY_OPEN } from '../../../src/engine/scenarios/toy';
import { formatNumber } from '@strings/format';
import { stateOf } from '../../support/figures';

const CHAPTER = new URL('../../../src/content/chapters/02-where-the-spread-comes-from.mdx', import.meta.url);

/** The states the chapter declares for this figure, read from the MDX itself. */
function chapterStates(): { id: string; state: Record<string, unknown> }[] {
  const mdx = readFileSync(CHAPTER, 'utf8');
  const block = mdx.slice(mdx.indexOf('<Scrolly figure="futures-premium">'));
  const end = block.indexOf('</Scrolly>');
  expect(end).toBeGreaterThan(0);
  const steps = [...block.slice(0, end).matchAll(/<Step id="([^"]+)" state=\{(\{.*?\})\}>/g)];
  return steps.map((m) => ({
    id: m[1],
    // MDX object literal → JSON: quote the bare keys.
    state: JSON.parse(m[2].replace(/([{,]\s*)([A-Za-z]+)\s*:/g, '$1"$2":')),
  }));
}

function allAttrs(marks: readonly Mark[]): [string, string | number][] {
  return marks.flatMap((m) => [
    ...Object.entries(m.attrs ?? {}).filter((e): e is [string, string | number] => e[1] !== undefined),
    ...allAttrs(m.children ?? []),
  ]);
}

function find(marks: readonly Mark[], path: string[]): Mark | undefined {
  const [head, ...rest] = path;
  const m = marks.find((x) => x.key === head);
  return m && rest.length ? find(m.children ?? [], rest) : m;
}

const lay = (raw: unknown, width: number) => {
  const state = stateOf(definition, raw);
  const model = definition.compute(state);
  return definition.layout(model, state, { width, height: definition.heightFor(width) });
};
const summary = (raw: unknown) => {
  const state = stateOf(definition, raw);
  return definition.summarize(definition.compute(state), state);
};
const text = (raw: unknown) => {
  const state = stateOf(definition, raw);
  return definition.describe(definition.compute(state), state);
};

describe('futures-premium normalize', () => {
  it('fills defaults for empty or junk input without throwing', () => {
    for (const raw of [undefined, null, 42, 'x', {}, { round: 'abc', highlight: 7, showArbitrageur: 'yes' }]) {
      expect(stateOf(definition, raw)).toEqual({ round: 0, showArbitrageur: false, highlight: 'none' });
    }
  });
  it('clamps and rounds the round to the scenario', () => {
    expect(stateOf(definition, { round: -3 }).round).toBe(0);
    expect(stateOf(definition, { round: 1e9 }).round).toBe(FUTURES_PREMIUM.input.rounds);
    expect(stateOf(definition, { round: 2.6 }).round).toBe(3);
    expect(stateOf(definition, { round: '4' }).round).toBe(4);
    expect(stateOf(definition, { round: Number.NaN }).round).toBe(0);
    expect(stateOf(definition, { highlight: 'spread' }).highlight).toBe('spread');
  });
});

describe('futures-premium chapter states', () => {
  const states = chapterStates();

  it('the chapter declares 3–6 steps for this figure, each changing the data-state', () => {
    expect(states.length).toBeGreaterThanOrEqual(3);
    expect(states.length).toBeLessThanOrEqual(6);
    const seen = states.map((s) => JSON.stringify(summary(s.state)));
    for (let i = 1; i < seen.length; i++) expect(seen[i]).not.toBe(seen[i - 1]);
  });

  for (const width of [340, 358, 720]) {
    it(`every step lays out at ${width} px without NaN and without duplicate keys`, () => {
      for (const { id, state } of states) {
        const marks = lay(state, width);
        expect(duplicateKeys(marks), id).toEqual([]);
        for (const [name, value] of allAttrs(marks)) {
          expect(String(value), `${id} ${name}`).not.toMatch(/NaN|Infinity|undefined/);
        }
      }
    });
  }

  it('keeps the path point count constant across states so lines tween', () => {
    const count = (raw: unknown) => (String(find(lay(raw, 560), ['price-panel', 'futures-line'])!.attrs!.d).match(/[ML]/g) ?? []).length;
    expect(count({ round: 0 })).toBe(count({ round: 9, showArbitrageur: true }));
  });

  it('every step text alternative names the prices and the spread it shows', () => {
    for (const { id, state } of states) {
      const s = summary(state);
      const d = text(state);
      expect(d, id).toContain(formatNumber(s.futures as number, 3));
      expect(d, id).toContain(formatNumber(s.cash as number, 3));
      if ((s.round as number) > 0) expect(d, id).toContain(formatNumber(s.spread as number, 3));
    }
  });
});

describe('futures-premium follows the engine', () => {
  const withArb = futuresPremiumPath(FUTURES_PREMIUM.input);
  const without = futuresPremiumPath({ ...FUTURES_PREMIUM.input, arbitrageFrom: null });
  const last = FUTURES_PREMIUM.input.rounds;
  const k = FUTURES_PREMIUM.demandRounds;

  it('summary prices are the engine prices of the round shown', () => {
    for (let r = 0; r <= last; r++) {
      const a = summary({ round: r, showArbitrageur: true });
      expect(a.futures).toBeCloseTo(withArb[r].futuresPrice, 6);
      expect(a.cash).toBeCloseTo(withArb[r].cashPrice, 6);
      const b = summary({ round: r });
      expect(b.spread).toBeCloseTo(without[r].spread, 6);
    }
  });

  it('after the demand rounds the figure shows the article picture, cash 100 vs futures 100.01', () => {
    const s = summary({ round: k, highlight: 'spread' });
    expect(s.cash).toBe(TOY_OPEN.buyCash);
    expect(s.futures).toBe(TOY_OPEN.sellFutures);
    const d = text({ round: k });
    expect(d).toContain('100.01');
    expect(d).toContain('0.01');
  });

  it('without the arbitrageur the spread never falls as demand rounds go on', () => {
    let prev = -Infinity;
    for (let r = 0; r <= last; r++) {
      const s = summary({ round: r, showArbitrageur: false }).spread as number;
      expect(s).toBeGreaterThanOrEqual(prev);
      prev = s;
    }
    expect(prev).toBeGreaterThan(summary({ round: k }).spread as number);
  });

  it('the spread narrows once the arbitrageur trades, and stays below the demand-only spread', () => {
    const peak = summary({ round: k, showArbitrageur: true }).spread as number;
    let prev = peak;
    for (let r = k + 1; r <= last; r++) {
      const s = summary({ round: r, showArbitrageur: true });
      expect(s.spread as number).toBeLessThan(prev);
      expect(s.spread as number).toBeLessThan(s.spreadWithoutArbitrage as number);
      expect(s.arbitrageRounds).toBe(r - k);
      prev = s.spread as number;
    }
    const d = text({ round: last, showArbitrageur: true });
    expect(d).toContain(formatNumber(peak, 3));
    expect(d).toContain(formatNumber(prev, 3));
  });

  it('draws the arbitrageur and the demand-only ghost line only when the arbitrageur has traded', () => {
    const ghost = (raw: unknown) => find(lay(raw, 560), ['price-panel', 'ghost'])!.attrs!.opacity;
    expect(ghost({ round: last })).toBe(0);
    expect(ghost({ round: k, showArbitrageur: true })).toBe(0);
    expect(ghost({ round: last, showArbitrageur: true })).toBeGreaterThan(0);
    const sellHeight = (raw: unknown, r: number) => Number(find(lay(raw, 560), ['flow-panel', `round-${r}`, 'sell'])!.attrs!.height);
    expect(sellHeight({ round: last }, last)).toBe(0);
    expect(sellHeight({ round: last, showArbitrageur: true }, last)).toBeGreaterThan(0);
    expect(sellHeight({ round: last, showArbitrageur: true }, k)).toBe(0);
  });

  it('the futures dot sits above the cash dot by the spread, on the figure scale', () => {
    const marks = lay({ round: k }, 560);
    const fy = Number(find(marks, ['price-panel', 'futures-dot'])!.attrs!.cy);
    const cy = Number(find(marks, ['price-panel', 'cash-dot'])!.attrs!.cy);
    expect(cy - fy).toBeGreaterThan(20);
    const flat = lay({ round: 0 }, 560);
    expect(Number(find(flat, ['price-panel', 'futures-dot'])!.attrs!.cy)).toBeCloseTo(Number(find(flat, ['price-panel', 'cash-dot'])!.attrs!.cy), 6);
  });
});

describe('futures-premium hover read-out', () => {
  const size = { width: 560, height: definition.heightFor(560) };
  const readout = (raw: unknown, at: { x: number; y: number }) => {
    const state = stateOf(definition, raw);
    return definition.pointer!(definition.compute(state), state, size, at);
  };

  it('is empty off the plot', () => {
    expect(readout({ round: 5 }, { x: 2, y: 100 })).toBeNull();
    expect(readout({ round: 5 }, { x: 200, y: size.height - 1 })).toBeNull();
  });

  it('reads only rounds already shown, with the engine numbers', () => {
    const rows = futuresPremiumPath({ ...FUTURES_PREMIUM.input, arbitrageFrom: null });
    // Far right of the plot asks for round 9, but the state shows round 2.
    const r = readout({ round: 2 }, { x: 460, y: 100 });
    expect(r).not.toBeNull();
    expect(r!.text).toContain('第 2 轮');
    expect(r!.text).toContain(formatNumber(rows[2].futuresPrice, 3));
    expect(duplicateKeys(r!.marks)).toEqual([]);
  });
});
