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

/** Draws `initialState` at once (as step `initialStepId`, when a scroll step asked for it). */
export function createWidget(
  figure: HTMLElement,
  definition: WidgetDefinition<any, any>,
  initialState: unknown,
  initialStepId?: string,
): LiveWidget {
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

  function sizeNow(): Size {
    const width = Math.round(svg.getBoundingClientRect().width) || definition.staticSize.width;
    return { width, height: definition.heightFor(width) };
  }

  function draw(animate: boolean, stepId?: string): void {
    const raw = { ...(stepState as object), ...overrides };
    const { state } = readState(definition, raw);
    const cacheKey = JSON.stringify(state);
    let model = cache.get(cacheKey);
    if (model === undefined) {
      model = definition.compute(state);
      if (cache.size > 200) cache.clear();
      cache.set(cacheKey, model);
    }
    const size = sizeNow();
    lastWidth = size.width;
    svg.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
    joinMarks(root, definition.layout(model, state, size), { gsap, animate });
    figure.dataset.state = JSON.stringify(definition.summarize(model, state));
    if (stepId) figure.dataset.activeStep = stepId;
    if (desc) desc.textContent = definition.describe(model, state);
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

  safely(() => draw(false, initialStepId));

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
  for (const input of inputs) {
    input.addEventListener(
      'input',
      () => {
        const value = Number(input.value);
        if (Number.isFinite(value)) overrides = { ...overrides, [input.dataset.control!]: value };
        safely(() => draw(false));
      },
      { signal: abort.signal },
    );
  }

  return {
    update(rawState, options) {
      stepState = rawState;
      overrides = {};
      hideTip();
      safely(() => draw(options.animate, options.stepId));
    },
    resize() {
      const width = Math.round(svg.getBoundingClientRect().width);
      if (width && width !== lastWidth) safely(() => draw(false));
    },
    setTweener(next) {
      gsap = next;
    },
    destroy() {
      abort.abort();
      cache.clear();
    },
  };
}
