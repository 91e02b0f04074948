/** Helpers shared by the figure tests: draw a state the way the browser does, and find bad attribute values. */
import type { Mark } from '../../src/components/widgets/core/marks';
import { readState, type WidgetDefinition } from '../../src/components/widgets/core/types';

/** Attributes that would print NaN, Infinity or undefined, as "key.attr=value". */
export function badValues(marks: Mark[]): string[] {
  return marks.flatMap((m) => [
    ...Object.entries(m.attrs ?? {})
      .filter(([, v]) => (typeof v === 'number' ? !Number.isFinite(v) : /NaN|Infinity|undefined/.test(String(v))))
      .map(([k, v]) => `${m.key}.${k}=${v}`),
    ...(m.text !== undefined && /NaN|Infinity|undefined/.test(m.text) ? [`${m.key}.text=${m.text}`] : []),
    ...badValues(m.children ?? []),
  ]);
}

/** Lenient reading → compute → layout/summarize/describe at a width, as the live widget does. */
export function drawFigure<S, M>(definition: WidgetDefinition<S, M>, raw: unknown, width = 390) {
  const { state, adjusted } = readState(definition, raw);
  const model = definition.compute(state);
  return {
    state,
    adjusted,
    model,
    size: { width, height: definition.heightFor(width) },
    marks: definition.layout(model, state, { width, height: definition.heightFor(width) }),
    summary: definition.summarize(model, state),
    text: definition.describe(model, state),
  };
}

/** The state a figure draws for any input (the lenient reading of its declared params). */
export function stateOf<S>(definition: WidgetDefinition<S, any>, raw: unknown): S {
  return readState(definition, raw).state;
}
