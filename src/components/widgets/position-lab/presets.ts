/**
 * Named parameter sets of the position-lab figure (plain data; the words
 * that introduce them live with the page that offers them). Every value is
 * taken from the engine's scenarios or the dated facts, rounded to the
 * parameter's precision.
 */
import { daysBetween, REPO_CARRY, TOY_HAIRCUT, TOY_OPEN, TOY_FACE, TOY_INITIAL_MARGIN } from '../../../engine';
import { fact } from '../../../data/facts';
import type { PositionLabState } from './params';

const round2 = (v: number) => Math.round(v * 100) / 100;

const sofrBefore = fact('sofr-2019-09-16').value;
const sofrSpike = fact('sofr-2019-09-17').value;

export const presets = {
  /**
   * The article's toy trade (chapter 3): buy at 100, sell futures at 100.01,
   * 2% haircut, initial margin 1% of the contract, a calm path to
   * convergence; financing left out as the article does (repo 0).
   */
  'toy-trade': {
    spreadBp: round2((TOY_OPEN.sellFutures - TOY_OPEN.buyCash) * 100),
    haircut: round2(TOY_HAIRCUT * 100),
    initialMargin: round2((TOY_INITIAL_MARGIN / TOY_FACE) * 100),
    repo: 0,
    spike: 0,
    spikeStart: 1,
    spikeDays: 0,
    shockBp: 0,
    shockDays: 1,
    wideningBp: 0,
    freeCash: 20,
    days: 90,
    size: 10,
  },
  /**
   * 17 September 2019: opened on the 16th with SOFR at 2.43%, the next
   * fixing 5.25% for one night, then back; held to the end of December
   * (chapter 4's repo-carry dates). Calm prices; the spread leaves a thin
   * carry profit at the base rate.
   */
  'repo-spike-2019': {
    spreadBp: 75,
    haircut: round2(TOY_HAIRCUT * 100),
    initialMargin: 1.5,
    repo: round2(sofrBefore),
    spike: round2(sofrSpike - sofrBefore),
    spikeStart: 1,
    spikeDays: 1,
    shockBp: 0,
    shockDays: 1,
    wideningBp: 0,
    freeCash: 20,
    days: daysBetween(REPO_CARRY.settle, REPO_CARRY.delivery),
    size: 10,
  },
} satisfies Record<string, PositionLabState>;

export type PresetName = keyof typeof presets;
