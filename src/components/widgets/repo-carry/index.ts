/**
 * The second risk of a basis position (chapter 4): the repo rate. The
 * reader drags the rate; the profit at delivery (minus the net basis) falls
 * linearly and turns into a loss at the implied repo rate. Numbers: the
 * engine's net basis and implied repo rate (scenarios-risk.ts) and SOFR of
 * 16–17 September 2019 (rates-stress dataset).
 */
import { REPO_CARRY, repoCarryAt, type RepoCarryModel } from '../../../engine';
import { repoCarry as t } from '@strings/repo-carry';
import type { WidgetDefinition } from '../core/types';
import { params, type RepoCarryState } from './params';
import { SOFR_BEFORE, SOFR_SPIKE } from './presets';

export { PRESETS, SOFR_BEFORE, SOFR_SPIKE, SOFR_DATES, BREAKEVEN_PCT, presetRate } from './presets';
export type { RepoCarryState, Preset } from './params';
export const RATE_MIN = params.rate.min;
export const RATE_MAX = params.rate.max;
export const RATE_STEP = params.rate.step;
import { layoutRepoCarry, type RepoCarryView } from './layout';

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
  params,
  compute,
  layout: (view, _state, size) => layoutRepoCarry(view, size),
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
