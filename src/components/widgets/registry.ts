/**
 * Every figure, found by folder name: `widgets/<name>/index.ts` exports a
 * WidgetDefinition as default. The build imports them all (eagerly); the
 * browser loads only the ones a page uses (client-registry.ts).
 */
import { readState, type WidgetDefinition } from './core/types';
import { renderMarks } from './core/marks';

const modules = import.meta.glob<{ default: WidgetDefinition<any, any> }>('./*/index.ts', { eager: true });

export const widgets: Record<string, WidgetDefinition<any, any>> = Object.fromEntries(
  Object.entries(modules).map(([path, mod]) => [path.split('/')[1], mod.default]),
);

export function getWidget(name: string): WidgetDefinition<any, any> {
  const widget = widgets[name];
  if (!widget) throw new Error(`Unknown figure "${name}". Known: ${Object.keys(widgets).join(', ')}`);
  return widget;
}

export interface StaticRender {
  markup: string;
  summary: string;
  description: string;
  width: number;
  height: number;
  /** The normalized state and the engine's output it was drawn from. */
  state: unknown;
  model: unknown;
}

/** Draw a state at build time with the same layout code the browser runs (at `width`, or the figure's static size). */
export function renderStatic(name: string, rawState: unknown, width?: number): StaticRender {
  const widget = getWidget(name);
  const { state } = readState(widget, rawState);
  const model = widget.compute(state);
  const size = width ? { width, height: widget.heightFor(width) } : widget.staticSize;
  return {
    markup: renderMarks(widget.layout(model, state, size)),
    summary: JSON.stringify(widget.summarize(model, state)),
    description: widget.describe(model, state),
    width: size.width,
    height: size.height,
    state,
    model,
  };
}
