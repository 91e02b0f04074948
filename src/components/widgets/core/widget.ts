/**
 * The life cycle every figure shares in the browser: init on the SVG the
 * build printed, update(state, {animate}) on every step, destroy().
 * Figures differ only in their WidgetDefinition.
 */
import { joinMarks, type Tweener } from './join';
import type { Size, WidgetDefinition } from './types';

export interface UpdateOptions {
  animate: boolean;
  stepId?: string;
}

export interface LiveWidget {
  update(rawState: unknown, options: UpdateOptions): void;
  /** Re-lay out after the figure's width changed. */
  resize(): void;
  setTweener(gsap: Tweener | null): void;
  destroy(): void;
}

export function createWidget(figure: HTMLElement, definition: WidgetDefinition<any, any>, initialState: unknown): LiveWidget {
  const svg = figure.querySelector('svg[data-figure-svg]') as SVGSVGElement;
  const root = svg.querySelector('g[data-root]') as SVGGElement;
  const desc = figure.querySelector('[data-figure-desc]');
  let gsap: Tweener | null = null;
  let rawCurrent: unknown = initialState;
  let lastWidth = 0;
  const cache = new Map<string, unknown>();

  function sizeNow(): Size {
    const width = Math.round(svg.getBoundingClientRect().width) || definition.staticSize.width;
    return { width, height: definition.heightFor(width) };
  }

  function draw(rawState: unknown, options: UpdateOptions): void {
    const state = definition.normalize(rawState);
    const cacheKey = JSON.stringify(state);
    let model = cache.get(cacheKey);
    if (model === undefined) {
      model = definition.compute(state);
      cache.set(cacheKey, model);
    }
    const size = sizeNow();
    lastWidth = size.width;
    svg.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
    joinMarks(root, definition.layout(model, state, size), { gsap, animate: options.animate });
    figure.dataset.state = JSON.stringify(definition.summarize(model, state));
    if (options.stepId) figure.dataset.activeStep = options.stepId;
    if (desc) desc.textContent = definition.describe(model, state);
  }

  function safeDraw(rawState: unknown, options: UpdateOptions): void {
    try {
      draw(rawState, options);
    } catch (error) {
      // A reader never sees an exception: keep the last good drawing and say so in the console.
      console.warn(`[figure ${definition.name}] could not draw state`, rawState, error);
    }
  }

  safeDraw(initialState, { animate: false });

  return {
    update(rawState, options) {
      rawCurrent = rawState;
      safeDraw(rawState, options);
    },
    resize() {
      const width = Math.round(svg.getBoundingClientRect().width);
      if (width && width !== lastWidth) safeDraw(rawCurrent, { animate: false });
    },
    setTweener(next) {
      gsap = next;
    },
    destroy() {
      cache.clear();
    },
  };
}
