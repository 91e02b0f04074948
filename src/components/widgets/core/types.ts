import type { Mark } from './marks';

export interface Size {
  width: number;
  height: number;
}

/** A value a figure exposes in `data-state` for tests and tools. */
export type Summary = Record<string, string | number | boolean | null>;

/**
 * Everything a figure is, apart from the DOM: the scroll layer and the
 * build only talk to figures through this interface.
 * - `normalize` turns a step's declared state (from MDX or a URL) into a
 *   valid state: it fills defaults and clamps, and never throws.
 * - `compute` calls the engine (pure, cached by the caller per state).
 * - `layout` turns the engine's output and a size into marks (pure).
 * - `summarize` and `describe` give the data-state JSON and the text
 *   alternative of a state (the words come from the UI strings file).
 */
export interface WidgetDefinition<State = unknown, Model = unknown> {
  name: string;
  /** Size of the static SVG printed at build time. */
  staticSize: Size;
  /** Height for a given width in the browser. */
  heightFor(width: number): number;
  normalize(raw: unknown): State;
  compute(state: State): Model;
  layout(model: Model, state: State, size: Size): Mark[];
  summarize(model: Model, state: State): Summary;
  describe(model: Model, state: State): string;
  /** Accessible name of the figure as a whole. */
  title: string;
  /** Source line printed under the figure (publisher, series, retrieval). */
  source?: string;
  /**
   * Sliders the reader may drag (browser only; hidden without JavaScript).
   * Dragging overrides `key` in the active step's state; a new step resets it.
   */
  controls?: readonly ControlSpec[];
  /** Whether the sliders make sense in this state (default: always). */
  showControls?(state: State): boolean;
  /**
   * Hover/tap read-out: given a pointer position in SVG units, the marks of
   * an overlay (crosshair, highlighted point) and the text to show, or null.
   */
  pointer?(model: Model, state: State, size: Size, at: { x: number; y: number }): PointerReadout | null;
  /** A data table behind a toggle, for charts of data (printed at build time). */
  table?(model: Model, state: State): DataTable;
}

export interface ControlSpec {
  key: string;
  label: string;
  min: number;
  max: number;
  step: number;
  /** How the current value reads next to the slider. */
  format(value: number): string;
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

/** Helpers for `normalize`: read a field of unknown input safely. */
export function readNumber(raw: unknown, key: string, fallback: number, min: number, max: number): number {
  const value = raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[key] : undefined;
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  if (!Number.isFinite(n)) return fallback;
  return Math.min(max, Math.max(min, n));
}

export function readChoice<T extends string>(raw: unknown, key: string, allowed: readonly T[], fallback: T): T {
  const value = raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[key] : undefined;
  return allowed.includes(value as T) ? (value as T) : fallback;
}

export function readBoolean(raw: unknown, key: string, fallback: boolean): boolean {
  const value = raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[key] : undefined;
  return typeof value === 'boolean' ? value : fallback;
}
