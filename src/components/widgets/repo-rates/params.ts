/** The repo-rates figure's parameters, declared once (see core/params.ts). */
import { repoRatesParams as l } from '@strings/repo-rates';
import { choice, defineParams, type StateOf } from '../core/params';

export const params = defineParams({
  window: choice(['sep2019', 'mar2020'], { ...l.window, default: 'sep2019' }),
  highlight: choice(['none', 'spike', 'cuts', 'spread'], { ...l.highlight, default: 'none' }),
});

export type RepoRatesState = StateOf<typeof params>;
