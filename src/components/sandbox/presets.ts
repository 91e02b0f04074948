/**
 * The sandbox's presets: the article's toy trade, the 2019 repo spike, and
 * March 2020 with and without the Fed. Each is a figure and the parameters
 * it sets; the figures' own folders hold the values so a preset and the
 * chapter state it reproduces cannot drift apart.
 */
import type { Preset } from './query';

const figurePresets = import.meta.glob<{ presets: Record<string, Preset['state']> }>('../widgets/*/presets.ts', { eager: true });

/** Every preset a figure folder declares in presets.ts (`export const presets = { id: state }`). */
export const PRESETS: Preset[] = Object.entries(figurePresets).flatMap(([path, mod]) => {
  const figure = path.split('/')[2];
  return Object.entries(mod.presets ?? {}).map(([id, state]) => ({ id, figure, state }));
});
