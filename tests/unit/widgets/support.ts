/** Helpers shared by the figure tests: draw a state the way the browser does, and find bad attribute values. */
import type { Mark } from '../../../src/components/widgets/core/marks';
import type { WidgetDefinition } from '../../../src/components/widgets/core/types';

/** Attributes that would print NaN, Infinity or undefined, as "key.attr=value". */
export function badValues(marks: Mark[]): string[] {
  return marks.flatMap((m) => [
    ...Object.entries(m.attrs ?? {})
      .filter(([, v]) => (typeof v === 'number' ? !Number.isFinite(v) : /NaN|Infinity|undefined/.test(String(v))))
      .map(([k, v]) => `${m.key}.${k}=${v}`),
    ...badValues(m.children ?? []),
  ]);
}

/** normalize → compute → layout/summarize/describe at a width, as the live widget does. */
export function drawFigure<S, M>(definition: WidgetDefinition<S, M>, raw: unknown, width = 390) {
  const state = definition.normalize(raw);
  const model = definition.compute(state);
  return {
    state,
    model,
    marks: definition.layout(model, state, { width, height: definition.heightFor(width) }),
    summary: definition.summarize(model, state),
    text: definition.describe(model, state),
  };
}
