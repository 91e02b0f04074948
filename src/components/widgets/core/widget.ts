/**
 * The life cycle every figure shares in the browser: init on the SVG the
 * build printed, update(state, {animate}) on every step, destroy().
 * Figures differ only in their WidgetDefinition; sliders and the hover
 * read-out are wired here once for all of them.
 */
import { joinMarks, type Tweener } from './join';
import { readState, type Size, type WidgetDefinition } from './types';
import { formatParam } from './params';

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

interface Drawn {
  state: unknown;
  model: unknown;
  size: Size;
}

/** Draws `initialState` at once (as the step `stepId`, when given) over the SVG the build printed. */
export function createWidget(figure: HTMLElement, definition: WidgetDefinition<any, any>, initialState: unknown, stepId?: string): LiveWidget {
  const svg = figure.querySelector('svg[data-figure-svg]') as SVGSVGElement;
  const root = svg.querySelector('g[data-root]') as SVGGElement;
  const overlay = svg.querySelector('g[data-overlay]') as SVGGElement | null;
  const desc = figure.querySelector('[data-figure-desc]');
  const tip = figure.querySelector<HTMLElement>('[data-figure-tip]');
  const inputs = [...figure.querySelectorAll<HTMLInputElement>('input[data-control]')];
  const controlsBox = figure.querySelector<HTMLElement>('[data-figure-controls]');
  let gsap: Tweener | null = null;
  let stepState: unknown = initialState;
  let overrides: Record<string, number> = {};
  let lastWidth = 0;
  let drawn: Drawn | null = null;
  const cache = new Map<string, unknown>();
  const abort = new AbortController();

  /** The drawn width, read from the layout at the start, by the ResizeObserver below and by resize(): a redraw never forces a layout. */
  let width = 0;
  function sizeNow(): Size {
    if (!width) width = Math.round(svg.getBoundingClientRect().width); // 0 while hidden: measured again next time
    const w = width || definition.staticSize.width;
    return { width: w, height: definition.heightFor(w) };
  }

  /** The state for the active step with the reader's slider values, and whether its model is computed yet. */
  function current(raw: unknown = { ...(stepState as object), ...overrides }) {
    const { state } = readState(definition, raw);
    const cacheKey = JSON.stringify(state);
    return { state, cacheKey, ready: cache.has(cacheKey) };
  }

  function modelOf(state: unknown, cacheKey: string): unknown {
    let model = cache.get(cacheKey);
    if (model === undefined) {
      model = definition.compute(state);
      if (cache.size >= (definition.modelCacheSize ?? 200)) cache.clear();
      cache.set(cacheKey, model);
    }
    return model;
  }

  function draw(animate: boolean, stepId?: string, now: { state: unknown; cacheKey: string } = current()): void {
    const { state, cacheKey } = now;
    const model = modelOf(state, cacheKey);
    const size = sizeNow();
    lastWidth = size.width;
    // Only when it changes: setting it, even to the same value, makes the browser lay out the whole figure again.
    const viewBox = `0 0 ${size.width} ${size.height}`;
    if (svg.getAttribute('viewBox') !== viewBox) svg.setAttribute('viewBox', viewBox);
    joinMarks(root, definition.layout(model, state, size), { gsap, animate });
    figure.dataset.state = JSON.stringify(definition.summarize(model, state));
    if (stepId) figure.dataset.activeStep = stepId;
    if (desc) {
      const text = definition.describe(model, state);
      if (desc.textContent !== text) desc.textContent = text;
    }
    drawn = { state, model, size };
    if (controlsBox) controlsBox.hidden = definition.showControls ? !definition.showControls(state) : false;
    for (const input of inputs) {
      const key = input.dataset.control!;
      const value = (state as Record<string, number>)[key];
      if (typeof value === 'number' && document.activeElement !== input) input.value = String(value);
      const param = definition.params[key];
      const output = figure.querySelector(`[data-control-output="${key}"]`);
      if (param?.kind === 'number' && output && typeof value === 'number') output.textContent = formatParam(param, value);
    }
  }

  function safely(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      // A reader never sees an exception: keep the last good drawing and say so in the console.
      console.warn(`[figure ${definition.name}] could not draw`, error);
    }
  }

  function hideTip(): void {
    if (overlay) joinMarks(overlay, [], { gsap: null, animate: false });
    if (tip) tip.hidden = true;
  }

  function showTip(event: PointerEvent): void {
    if (!definition.pointer || !drawn || !overlay) return;
    const rect = svg.getBoundingClientRect();
    const at = {
      x: ((event.clientX - rect.left) / rect.width) * drawn.size.width,
      y: ((event.clientY - rect.top) / rect.height) * drawn.size.height,
    };
    const readout = definition.pointer(drawn.model, drawn.state, drawn.size, at);
    if (!readout) return hideTip();
    joinMarks(overlay, readout.marks, { gsap: null, animate: false });
    if (tip) {
      tip.textContent = readout.text;
      tip.hidden = false;
      const left = Math.min(Math.max(0, event.clientX - rect.left + 12), rect.width - tip.offsetWidth);
      tip.style.left = `${left}px`;
      tip.style.top = `${Math.max(0, event.clientY - rect.top - tip.offsetHeight - 12)}px`;
    }
  }

  safely(() => draw(false, stepId));

  // The width is read here, once the layout is done, instead of in every redraw (a slider would otherwise
  // force a layout on each input event). Height-only changes (a phone's URL bar) need no new drawing.
  const sizes = new ResizeObserver(() => {
    const now = Math.round(svg.getBoundingClientRect().width);
    if (now && now !== width) {
      width = now;
      if (now !== lastWidth) safely(() => draw(false));
    }
  });
  sizes.observe(svg);

  if (definition.pointer) {
    const opts = { signal: abort.signal };
    svg.addEventListener('pointermove', (e) => safely(() => showTip(e)), opts);
    svg.addEventListener('pointerdown', (e) => safely(() => showTip(e)), opts);
    // A touch fires pointerleave right after pointerup: on phones the tapped read-out stays until the
    // next tap elsewhere, a scroll gesture (pointercancel) or the next step.
    svg.addEventListener('pointerleave', (e) => e.pointerType !== 'touch' && hideTip(), opts);
    svg.addEventListener('pointercancel', hideTip, opts);
    document.addEventListener('pointerdown', (e) => e.target instanceof Node && !svg.contains(e.target) && hideTip(), opts);
  }
  // A slider's input. When the new state's model is already computed, it is drawn at once; otherwise the
  // model is computed in a task of its own and drawn at the next frame, so an engine run and a redraw
  // never add up to one long task. Inputs that arrive meanwhile are picked up when that draw is done.
  let computeTask = 0;
  let drawFrame = 0;
  function cancelPending(): void {
    window.clearTimeout(computeTask);
    cancelAnimationFrame(drawFrame);
    computeTask = 0;
    drawFrame = 0;
  }
  function onInput(deferred = false): void {
    if (computeTask || drawFrame) return;
    const now = current();
    if (!deferred && now.ready) return safely(() => draw(false, undefined, now));
    computeTask = window.setTimeout(() => {
      computeTask = 0;
      const from = overrides; // replaced, never changed, by each input
      const next = current();
      safely(() => void modelOf(next.state, next.cacheKey));
      drawFrame = requestAnimationFrame(() => {
        drawFrame = 0;
        safely(() => draw(false, undefined, next));
        if (overrides !== from) onInput(true);
      });
    }, 0);
  }
  for (const input of inputs) {
    input.addEventListener(
      'input',
      () => {
        const value = Number(input.value);
        if (Number.isFinite(value)) overrides = { ...overrides, [input.dataset.control!]: value };
        onInput();
      },
      { signal: abort.signal },
    );
  }

  return {
    update(rawState, options) {
      cancelPending();
      stepState = rawState;
      overrides = {};
      hideTip();
      safely(() => draw(options.animate, options.stepId));
    },
    resize() {
      const now = Math.round(svg.getBoundingClientRect().width);
      if (now && now !== lastWidth) {
        width = now;
        safely(() => draw(false));
      }
    },
    setTweener(next) {
      gsap = next;
    },
    destroy() {
      cancelPending();
      abort.abort();
      sizes.disconnect();
      cache.clear();
    },
  };
}
