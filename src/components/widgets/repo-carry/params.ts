/** The repo-carry figure's parameters, declared once (see core/params.ts). */
import { repoCarry as t, repoCarryParams as l } from '@strings/repo-carry';
import { choice, defineParams, number, type StateOf } from '../core/params';
import { presetRate, PRESETS } from './presets';

export const params = defineParams({
  /** Where the step puts the rate when it does not give one; also which reference is highlighted. */
  preset: choice(PRESETS, { ...l.preset, default: 'sofr-before' }),
  /** Repo rate in percent per year (the slider). Declared after `preset`: its default is the preset's rate. */
  rate: number({
    ...l.rate,
    label: t.sliderLabel,
    default: (s) => presetRate(s.preset as (typeof PRESETS)[number]),
    min: 0,
    max: 8,
    step: 0.05,
    control: true,
    format: t.rateValue,
  }),
});

export type RepoCarryState = StateOf<typeof params>;
export type Preset = RepoCarryState['preset'];
