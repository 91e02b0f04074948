import type { Mark } from './marks';
import { readParams, type Params, type ReadResult } from './params';

export interface Size {
  width: number;
  height: number;
}

/** A value a figure exposes in `data-state` for tests and tools. */
export type Summary = Record<string, string | number | boolean | null>;

/**
 * Everything a figure is, apart from the DOM: the scroll layer and the
 * build only talk to figures through this interface.
 * - `params` declares every key of the figure's state once (params.ts):
 *   type, default, range or choices, unit, label. The lenient reading of a
 *   step, URL or slider, the strict build-time check of MDX steps, the
 *   sliders and the parameter reference all come from it.
 * - `refine` (optional) applies rules between keys after the lenient
 *   reading (e.g. a window's start before its end); it never throws.
 * - `compute` calls the engine (pure, cached by the caller per state).
 * - `layout` turns the engine's output and a size into marks (pure).
 * - `summarize` and `describe` give the data-state JSON and the text
 *   alternative of a state (the words come from the figure's strings module).
 */
export interface WidgetDefinition<State = any, Model = unknown> {
  name: string;
  params: Params;
  refine?(state: State): State;
  /** Size of the static SVG printed at build time. */
  staticSize: Size;
  /** Height for a given width in the browser. */
  heightFor(width: number): number;
  compute(state: State): Model;
  layout(model: Model, state: State, size: Size): Mark[];
  summarize(model: Model, state: State): Summary;
  describe(model: Model, state: State): string;
  /** Accessible name of the figure as a whole. */
  title: string;
  /** Source line printed under the figure (publisher, series, retrieval). */
  source?: string;
  /**
   * Whether the sliders (params with `control: true`) make sense in this
   * state (default: always). Dragging overrides that key in the active
   * step's state; a new step resets it. Browser only.
   */
  showControls?(state: State): boolean;
  /**
   * Hover/tap read-out: given a pointer position in SVG units, the marks of
   * an overlay (crosshair, highlighted point) and the text to show, or null.
   */
  pointer?(model: Model, state: State, size: Size, at: { x: number; y: number }): PointerReadout | null;
  /** A data table behind a toggle, for charts of data (printed at build time). */
  table?(model: Model, state: State): DataTable;
  /**
   * The costly parts of compute (an engine run each), which compute then finds in the figure's own
   * caches. The live figure runs them one task each before compute, so that two engine runs and a
   * drawing never add up to one long task on a slow phone. Browser only; leave out when compute is cheap.
   */
  computeParts?(state: State): (() => void)[];
  /**
   * How many computed models the live figure keeps, by state (default 200). Lower it when a model is
   * large and compute keeps its own cache of the expensive part.
   */
  modelCacheSize?: number;
}

/** A figure's state from any input: declared params read leniently, then the figure's own rules between keys. */
export function readState<S>(definition: WidgetDefinition<S, any>, raw: unknown): ReadResult<S> {
  const read = readParams(definition.params, raw) as unknown as ReadResult<S>;
  return definition.refine ? { state: definition.refine(read.state), adjusted: read.adjusted } : read;
}

export interface PointerReadout {
  marks: Mark[];
  text: string;
}

export interface DataTable {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
}
