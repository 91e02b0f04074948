/**
 * Reference repo rates of the repo-carry figure: SOFR on 16 and 17 September
 * 2019 (rates-stress dataset) and the scenario's break-even (implied repo) rate.
 */
import { repoCarryAt } from '../../../engine';
import { ratesWindow, valueOn } from '../../../data/index';

export const PRESETS = ['sofr-before', 'sofr-spike', 'breakeven'] as const;
type Preset = (typeof PRESETS)[number];



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


/** Sandbox presets (figure parameters): chapter 4's spike step, as the chapter declares it. */
export const presets = {
  'sofr-spike-2019': { preset: 'sofr-spike' },
};
