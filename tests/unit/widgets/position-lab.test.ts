/**
 * position-lab figure (the sandbox's basis position): the presets and the
 * default lay out cleanly at phone and desktop widths, the presets pass the
 * strict check, the summary and the text alternative follow the engine,
 * and garbage input is read leniently with a report of what changed.
 */
import { describe, expect, it } from 'vitest';
import definition, { params } from '../../../src/components/widgets/position-lab/index';
import { presets } from '../../../src/components/widgets/position-lab/presets';
import { checkParams } from '../../../src/components/widgets/core/params-check';
import { duplicateKeys, type Mark } from '../../../src/components/widgets/core/marks';
import { fact } from '../../../src/data/facts';
import { runPositionLab, TOY_OPEN } from '../../../src/engine';
import { formatUsdLarge } from '@strings/format';
import { badValues, drawFigure } from '../../support/figures';
import { textOutside } from '../../support/text-bounds';
import { checkText } from '../content/typography';

const STATES: [string, Record<string, unknown>][] = [
  ['default', {}],
  ...Object.entries(presets).map(([name, s]) => [name, s] as [string, Record<string, unknown>]),
  ['forced-cut', { shockBp: -120, wideningBp: 120, freeCash: 5 }],
  ['bust', { haircut: 0, initialMargin: 0.5, shockBp: -300, shockDays: 1, wideningBp: 200, freeCash: 0 }],
  ['yields-rise', { shockBp: 250, shockDays: 30, days: 10 }],
  ['long-spike', { spike: 10, spikeStart: 179, spikeDays: 30, days: 180, size: 100 }],
];

const find = (marks: readonly Mark[], key: string): Mark | undefined => {
  for (const m of marks) {
    if (m.key === key) return m;
    const inner = find(m.children ?? [], key);
    if (inner) return inner;
  }
  return undefined;
};

describe('position-lab presets', () => {
  it.each(Object.entries(presets))('%s passes the strict check', (_name, state) => {
    expect(checkParams(params, state)).toEqual([]);
    // Every declared key is set: a preset fully reproduces its view.
    expect(Object.keys(state).sort()).toEqual(Object.keys(params).sort());
  });

  it('toy-trade is the article\'s 100 → 100.01 with free financing: it earns exactly the spread', () => {
    const { summary } = drawFigure(definition, presets['toy-trade']);
    const spread = TOY_OPEN.sellFutures - TOY_OPEN.buyCash;
    const face = presets['toy-trade'].size * 1e8;
    expect(summary.pnl).toBe(Math.round((spread / 100) * face));
    expect(summary.marginCalls).toBe(0);
    expect(summary.forcedCuts).toBe(0);
    expect(summary.maxLeverage).toBe(50);
  });

  it('repo-spike-2019 takes SOFR from the dated facts: one night at the spike level, then back', () => {
    const s = presets['repo-spike-2019'];
    expect(s.repo).toBeCloseTo(fact('sofr-2019-09-16').value, 10);
    expect(s.repo + s.spike).toBeCloseTo(fact('sofr-2019-09-17').value, 10);
    expect(s.spikeDays).toBe(1);
    const { model } = drawFigure(definition, s);
    const rates = model.days.map((d) => d.repoRate);
    expect(rates.filter((r) => r !== null && Math.abs(r - (s.repo + s.spike) / 100) < 1e-12)).toHaveLength(1);
    const noSpike = runPositionLab({ ...inputOf(s), repoSpikePct: 0 });
    expect(model.spikeInterest).toBeGreaterThan(0);
    expect(noSpike.pnl - model.pnl).toBeCloseTo(model.spikeInterest, 4);
  });
});

describe('position-lab layout', () => {
  it.each(STATES.flatMap(([name, raw]) => [390, 640].map((w) => [name, w, raw] as const)))('%s at %i px: no NaN, no duplicate key, text inside the view box', (_name, width, raw) => {
    const { marks, size, text } = drawFigure(definition, raw, width);
    expect(badValues(marks)).toEqual([]);
    expect(duplicateKeys(marks)).toEqual([]);
    expect(textOutside(marks, size.width, size.height)).toEqual([]);
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
    // WRITING.md typography in the text alternative and in every label.
    expect(checkText(text)).toEqual([]);
    const labels: string[] = [];
    const collect = (ms: readonly Mark[]) => ms.forEach((m) => (m.text && labels.push(m.text), collect(m.children ?? [])));
    collect(marks);
    expect(labels.flatMap((l) => checkText(l))).toEqual([]);
  });

  it('keeps every path at one point count across horizons (so it tweens)', () => {
    const count = (raw: unknown) => {
      const { marks } = drawFigure(definition, raw, 390);
      return ['cash', 'fut', 'vm', 'repo', 'equity', 'free'].map((k) => (String(find(marks, k)?.attrs?.d).match(/[ML]/g) ?? []).length);
    };
    const short = count({ days: 10 });
    expect(short.every((n) => n === short[0])).toBe(true);
    expect(count({ days: 180 })).toEqual(short);
  });

  it('marks one tick per margin-call day and one drop per forced cut', () => {
    const { marks, model } = drawFigure(definition, { shockBp: -120, wideningBp: 120, freeCash: 5 }, 390);
    expect(model.cutDays.length).toBeGreaterThan(0);
    expect(find(marks, 'calls')?.children).toHaveLength(model.callDays.length);
    expect(find(marks, 'cuts')?.children).toHaveLength(model.cutDays.length);
    expect(Number(find(marks, 'cut-label')?.attrs?.opacity)).toBe(1);
    const calm = drawFigure(definition, presets['toy-trade'], 390);
    expect(find(calm.marks, 'calls')?.children).toHaveLength(0);
    expect(Number(find(calm.marks, 'cut-label')?.attrs?.opacity)).toBe(0);
  });
});

function inputOf(s: Record<string, number>) {
  return {
    spreadBp: s.spreadBp,
    haircutPct: s.haircut,
    initialMarginPct: s.initialMargin,
    repoRatePct: s.repo,
    repoSpikePct: s.spike,
    spikeStartDay: s.spikeStart,
    spikeDays: s.spikeDays,
    yieldShockBp: s.shockBp,
    shockDays: s.shockDays,
    wideningBp: s.wideningBp,
    freeCashPct: s.freeCash,
    daysToDelivery: s.days,
    face: s.size * 1e8,
  };
}

describe('position-lab summary and text follow the engine', () => {
  it.each(STATES)('%s', (_name, raw) => {
    const { state, summary, text, marks } = drawFigure(definition, raw, 390);
    const r = runPositionLab(inputOf(state as unknown as Record<string, number>));
    expect(summary.pnl).toBe(Math.round(r.pnl));
    expect(summary.repoInterest).toBe(Math.round(r.repoInterest));
    expect(summary.lockedSpread).toBe(Math.round(r.lockedSpread));
    expect(summary.marginCalls).toBe(r.callDays.length);
    expect(summary.cutShare).toBeCloseTo(r.cutShare, 4);
    // The text alternative and the figure's summary line state the same amounts.
    for (const amount of [r.pnl, r.lockedSpread, r.repoInterest, r.openingEquity]) {
      expect(text).toContain(formatUsdLarge(Math.abs(amount)));
    }
    expect(find(marks, 'pnl')?.text).toContain(formatUsdLarge(Math.abs(r.pnl)));
    if (r.cutDays.length > 0) expect(text).toContain(`第 ${r.cutDays[0]} 天`);
    if (r.callDays.length > 0) expect(text).toContain(`${r.callDays.length} 次追加保证金`);
    // Where the calls were paid from: the repo lender's cash back as the bond rose.
    if (r.callDays.length > 0 && r.repoMarginFlowsInShock > 0) expect(text).toContain(formatUsdLarge(r.repoMarginFlowsInShock));
  });

  it('the horizon rules between keys: spike and shock start before delivery', () => {
    const { state } = drawFigure(definition, { days: 10, spikeStart: 50, shockDays: 30 });
    expect(state.spikeStart).toBe(9);
    expect(state.shockDays).toBe(9);
  });
});

describe('position-lab lenient reading', () => {
  it('reads garbage without throwing and reports the keys it changed', () => {
    const raw = { haircut: 'abc', spreadBp: 1e9, days: '-5', size: '2.5', repo: 1e9, bogus: 1, shockDays: 3.4 };
    let drawn!: ReturnType<typeof drawFigure<any, any>>;
    expect(() => (drawn = drawFigure(definition, raw, 390))).not.toThrow();
    const changed = Object.fromEntries(drawn.adjusted.map((a) => [a.key, a.reason]));
    expect(changed).toEqual({ haircut: 'wrong-type', spreadBp: 'out-of-range', days: 'out-of-range', repo: 'out-of-range', bogus: 'unknown-key', shockDays: 'not-whole' });
    expect(drawn.state.haircut).toBe(params.haircut.default);
    expect(drawn.state.spreadBp).toBe(params.spreadBp.max);
    expect(drawn.state.days).toBe(params.days.min);
    expect(drawn.state.size).toBe(2.5);
    expect(badValues(drawn.marks)).toEqual([]);
    for (const junk of [undefined, null, 'x', [], { spike: -1, spikeDays: 'NaN', freeCash: Infinity }]) {
      expect(() => drawFigure(definition, junk, 390)).not.toThrow();
    }
  });

  it('every parameter has a Chinese label and a unit', () => {
    for (const [key, p] of Object.entries(params)) {
      expect(p.label, key).toMatch(/[\u4e00-\u9fff]/);
      expect('unit' in p && p.unit, key).toBeTruthy();
    }
  });
});
