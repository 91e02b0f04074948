/**
 * The second risk of a basis position (chapter 4): the repo rate. The
 * reader drags the rate; the profit at delivery (minus the net basis) falls
 * linearly and turns into a loss at the implied repo rate. Numbers: the
 * engine's net basis and implied repo rate (scenarios-risk.ts) and SOFR of
 * 16–17 September 2019 (rates-stress dataset).
 */
import { REPO_CARRY, repoCarryAt, type RepoCarryModel } from '../../../engine';
import { ratesWindow, valueOn } from '../../../data/index';
import { repoCarry as t } from '@strings/repo-carry';
import { readChoice, readNumber, type WidgetDefinition } from '../core/types';
import { layoutRepoCarry, type RepoCarryView } from './layout';

export const PRESETS = ['sofr-before', 'sofr-spike', 'breakeven'] as const;
export type Preset = (typeof PRESETS)[number];

export interface RepoCarryState {
  /** Repo rate in percent per year, 0–8 (the slider's key). */
  rate: number;
  /** Where the step puts the rate when it does not give one; also which reference is highlighted. */
  preset: Preset;
}

export const RATE_MIN = 0;
export const RATE_MAX = 8;
export const RATE_STEP = 0.05;

/** SOFR (percent) before and on the 17 September 2019 spike, from the dataset. */
export const SOFR_DATES = { before: '2019-09-16', spike: '2019-09-17' } as const;
function sofrOn(date: string): number {
  const w = ratesWindow('sep2019');
  const v = valueOn(w.date, w.sofr, date);
  if (v === null) throw new RangeError(`rates-stress: no SOFR on ${date}`);
  return v;
}
export const SOFR_BEFORE = sofrOn(SOFR_DATES.before);
export const SOFR_SPIKE = sofrOn(SOFR_DATES.spike);

/** Breakeven (implied repo) rate of the scenario, percent. */
export const BREAKEVEN_PCT = repoCarryAt(0).breakeven * 100;

export function presetRate(preset: Preset): number {
  if (preset === 'sofr-spike') return SOFR_SPIKE;
  if (preset === 'breakeven') return BREAKEVEN_PCT;
  return SOFR_BEFORE;
}

function compute(state: RepoCarryState): RepoCarryView {
  const model: RepoCarryModel = repoCarryAt(state.rate / 100);
  const curve = [RATE_MIN, RATE_MAX].map((pct) => repoCarryAt(pct / 100).at);
  return {
    model,
    ratePct: state.rate,
    breakevenPct: model.breakeven * 100,
    curve,
    sofrBefore: SOFR_BEFORE,
    sofrSpike: SOFR_SPIKE,
    preset: state.preset,
    rateMin: RATE_MIN,
    rateMax: RATE_MAX,
  };
}

const definition: WidgetDefinition<RepoCarryState, RepoCarryView> = {
  name: 'repo-carry',
  title: t.title,
  source: t.source,
  staticSize: { width: 560, height: 330 },
  heightFor: (width) => (width < 500 ? 300 : 330),
  normalize(raw) {
    const preset = readChoice(raw, 'preset', PRESETS, 'sofr-before');
    return { rate: readNumber(raw, 'rate', presetRate(preset), RATE_MIN, RATE_MAX), preset };
  },
  compute,
  layout: (view, _state, size) => layoutRepoCarry(view, size),
  controls: [{ key: 'rate', label: t.sliderLabel, min: RATE_MIN, max: RATE_MAX, step: RATE_STEP, format: t.rateValue }],
  summarize(view, state) {
    return {
      rate: Math.round(state.rate * 1e4) / 1e4,
      preset: state.preset,
      profit: Math.round(view.model.at.profit),
      profitPer100: Math.round(view.model.at.profitPer100 * 1e6) / 1e6,
      breakeven: Math.round(view.breakevenPct * 1e4) / 1e4,
      sign: Math.abs(view.model.at.profit) < 1 ? 0 : Math.sign(view.model.at.profit),
      days: view.model.days,
    };
  },
  describe(view, state) {
    return t.describe({
      ratePct: state.rate,
      profit: view.model.at.profit,
      profitPer100: view.model.at.profitPer100,
      breakevenPct: view.breakevenPct,
      days: view.model.days,
      sofrBeforePct: view.sofrBefore,
      sofrSpikePct: view.sofrSpike,
      preset: state.preset,
      face: REPO_CARRY.face,
    });
  },
};

export default definition;
