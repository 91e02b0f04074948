/**
 * The sandbox's whole state lives in the URL query: which model, an
 * optional preset (`example`, so it never collides with a figure's own
 * parameter names), and every parameter of the model's figure. Pure
 * functions (no DOM), shared by the page script and the tests.
 */
import type { Adjustment, Params } from '../widgets/core/params';

/** Query keys that belong to the sandbox itself, not to a figure's parameters. */
export const SANDBOX_KEYS = ['model', 'example'] as const;

export interface Preset {
  id: string;
  /** The figure (model) the preset drives. */
  figure: string;
  /** Parameters it sets; the rest take their defaults. */
  state: Record<string, string | number | boolean | null>;
}

export interface ParsedQuery {
  model: string;
  preset: Preset | null;
  /** Parameters as read from the query (strings), preset values first, then the query's own. */
  raw: Record<string, unknown>;
  /** Sandbox keys that could not be used (an unknown model or preset). */
  ignored: Adjustment[];
}

/** Read a query string: unknown models and presets fall back (and are reported); never throws. */
export function parseQuery(search: string, models: readonly string[], presets: readonly Preset[]): ParsedQuery {
  const q = new URLSearchParams(search);
  const ignored: Adjustment[] = [];
  const presetId = q.get('example');
  const preset = presetId === null ? null : (presets.find((p) => p.id === presetId) ?? null);
  if (presetId !== null && !preset) ignored.push({ key: 'example', given: presetId, used: null, reason: 'not-a-choice' });
  const asked = q.get('model');
  let model = preset?.figure ?? models[0];
  if (asked !== null) {
    if (models.includes(asked) && (!preset || preset.figure === asked)) model = asked;
    else ignored.push({ key: 'model', given: asked, used: model, reason: 'not-a-choice' });
  }
  const raw: Record<string, unknown> = { ...(preset?.state ?? {}) };
  for (const [key, value] of q) if (!(SANDBOX_KEYS as readonly string[]).includes(key)) raw[key] = value;
  return { model, preset, raw, ignored };
}

/** The query that reproduces a state exactly: the model and every parameter, in declaration order. */
export function toQuery(model: string, params: Params, state: Record<string, unknown>): string {
  const q = new URLSearchParams({ model });
  for (const key of Object.keys(params)) {
    const v = state[key];
    q.set(key, v === null ? 'null' : String(v));
  }
  return `?${q.toString()}`;
}
