/**
 * A figure's parameters, declared once: each key with its type, default,
 * range or choices, unit and label. Everything else about a parameter is
 * derived from this declaration:
 * - `readParams` (here): the lenient reading used for step states, URLs and
 *   sliders. It fills defaults, clamps, rounds whole numbers, never throws,
 *   and reports what it changed (the sandbox shows that as a notice).
 * - `checkParams` (params-check.ts, zod): the strict check of an MDX step at
 *   build time and in tests; loud, specific errors for authors.
 * - the sliders (`controlsOf`) and the parameter reference (params-doc.ts).
 * This file has no dependency, so it costs the browser almost nothing.
 */

interface Base<T> {
  /** What the reader sees next to a control and the author in the reference. */
  label: string;
  /** One line for the parameter reference: what the key does. */
  doc?: string;
  /** Shown as a slider in the figure (numbers only). */
  control?: boolean;
  default: T;
}

export interface NumberParam extends Base<number | ((partial: Record<string, unknown>) => number)> {
  kind: 'number';
  min: number;
  max: number;
  /** The slider's step. An integer step from an integer `min` makes the parameter whole (rounded leniently, checked strictly). */
  step: number;
  /** Unit as shown to authors and after values (e.g. '%', '天', '美元'). */
  unit?: string;
  /** How a value reads next to its slider (defaults to the number and unit). */
  format?: (value: number) => string;
}

export interface ChoiceParam<T extends string = string> extends Base<T> {
  kind: 'choice';
  choices: readonly T[];
  /** What a reader sees for each value in a menu (from the figure's strings; the value itself otherwise). */
  choiceLabels?: Partial<Record<T, string>>;
}

export interface FlagParam extends Base<boolean> {
  kind: 'flag';
}

/** An ISO date (YYYY-MM-DD) within [min, max]; `null` allowed when `optional`. */
export interface DateParam extends Base<string | null> {
  kind: 'date';
  min: string;
  max: string;
  optional?: boolean;
}

export type Param = NumberParam | ChoiceParam | FlagParam | DateParam;
export type Params = Record<string, Param>;

/** The state a declaration describes, key by key. */
export type StateOf<P extends Params> = {
  [K in keyof P]: P[K] extends ChoiceParam<infer T>
    ? T
    : P[K] extends NumberParam
      ? number
      : P[K] extends FlagParam
        ? boolean
        : P[K] extends DateParam
          ? P[K]['optional'] extends true
            ? string | null
            : string
          : never;
};

type Opts<P extends Param> = Omit<P, 'kind'>;

export const number = (o: Opts<NumberParam>): NumberParam => ({ kind: 'number', ...o });
export const choice = <const T extends string>(choices: readonly T[], o: Omit<Opts<ChoiceParam<T>>, 'choices'>): ChoiceParam<T> => ({
  kind: 'choice',
  choices,
  ...o,
});
export const flag = (o: Opts<FlagParam>): FlagParam => ({ kind: 'flag', ...o });
export function date(o: Omit<Opts<DateParam>, 'default' | 'optional'> & { default: string }): DateParam & { optional?: false };
export function date(o: Omit<Opts<DateParam>, 'optional'> & { optional: true }): DateParam & { optional: true };
export function date(o: Opts<DateParam>): DateParam {
  return { kind: 'date', ...o };
}

/** Keeps the literal types of a declaration (`choice` values, `optional` dates). */
export const defineParams = <const P extends Params>(params: P): P => params;

/** Why the lenient reading did not use a given value as it was. */
export type AdjustReason = 'unknown-key' | 'wrong-type' | 'out-of-range' | 'not-a-choice' | 'not-whole';

export interface Adjustment {
  key: string;
  given: unknown;
  /** The value used instead (undefined for an unknown key, which is dropped). */
  used: unknown;
  reason: AdjustReason;
}

export interface ReadResult<S> {
  state: S;
  adjusted: Adjustment[];
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const isoMs = (iso: string) => (ISO.test(iso) ? Date.parse(`${iso}T00:00:00Z`) : NaN);

/** Whole-number parameters (days, rounds, counts): an integer step from an integer minimum. */
export function isWhole(p: NumberParam): boolean {
  return Number.isInteger(p.step) && Number.isInteger(p.min);
}

function defaultOf(p: Param, partial: Record<string, unknown>): unknown {
  return typeof p.default === 'function' ? p.default(partial) : p.default;
}

/** Read one value leniently: [value used, reason it differs from what was given (or null)]. */
function readOne(p: Param, given: unknown, fallback: unknown): [unknown, AdjustReason | null] {
  switch (p.kind) {
    case 'number': {
      const n = typeof given === 'number' ? given : typeof given === 'string' && given.trim() !== '' ? Number(given) : NaN;
      if (!Number.isFinite(n)) return [fallback, 'wrong-type'];
      const used = Math.min(p.max, Math.max(p.min, isWhole(p) ? Math.round(n) : n));
      if (n < p.min || n > p.max) return [used, 'out-of-range'];
      return [used, used !== n ? 'not-whole' : null];
    }
    case 'choice':
      return (p.choices as readonly unknown[]).includes(given) ? [given, null] : [fallback, 'not-a-choice'];
    case 'flag':
      if (typeof given === 'boolean') return [given, null];
      if (given === 'true' || given === '1') return [true, null];
      if (given === 'false' || given === '0') return [false, null];
      return [fallback, 'wrong-type'];
    case 'date': {
      if (given === null && p.optional) return [null, null];
      const ms = typeof given === 'string' ? isoMs(given) : NaN;
      if (!Number.isFinite(ms)) return [fallback, 'wrong-type'];
      if (given! < p.min) return [p.min, 'out-of-range'];
      if (given! > p.max) return [p.max, 'out-of-range'];
      return [given, null];
    }
  }
}

/**
 * Lenient reading: any input (MDX state, URL query as strings, slider
 * overrides, garbage) becomes a valid state. Keys are read in declaration
 * order, so a default may depend on keys declared before it.
 */
export function readParams<P extends Params>(params: P, raw: unknown): ReadResult<StateOf<P>> {
  const input = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const state: Record<string, unknown> = {};
  const adjusted: Adjustment[] = [];
  for (const [key, p] of Object.entries(params)) {
    const fallback = defaultOf(p, state);
    if (!(key in input) || input[key] === undefined) {
      state[key] = fallback;
      continue;
    }
    const [used, reason] = readOne(p, input[key], fallback);
    state[key] = used;
    if (reason) adjusted.push({ key, given: input[key], used, reason });
  }
  for (const key of Object.keys(input)) {
    if (!(key in params)) adjusted.push({ key, given: input[key], used: undefined, reason: 'unknown-key' });
  }
  return { state: state as StateOf<P>, adjusted };
}

/** The keys shown as sliders, in declaration order. */
export function controlsOf(params: Params): { key: string; param: NumberParam }[] {
  return Object.entries(params)
    .filter((e): e is [string, NumberParam] => e[1].kind === 'number' && e[1].control === true)
    .map(([key, param]) => ({ key, param }));
}

/** How a number reads next to its slider. */
export function formatParam(p: NumberParam, value: number): string {
  return p.format ? p.format(value) : `${value}${p.unit ? ` ${p.unit}` : ''}`;
}

/** The allowed values of a parameter in words (for errors and the reference). */
export function describeRange(p: Param): string {
  switch (p.kind) {
    case 'number': {
      const unit = p.unit ? ` ${p.unit}` : '';
      return `${isWhole(p) ? 'a whole number' : 'a number'} from ${p.min} to ${p.max}${unit}`;
    }
    case 'choice':
      return `one of ${p.choices.map((c) => JSON.stringify(c)).join(', ')}`;
    case 'flag':
      return 'true or false';
    case 'date':
      return `an ISO date from ${p.min} to ${p.max}${p.optional ? ', or null' : ''}`;
  }
}
