/**
 * The life cycle every figure shares in the browser: init on the SVG the
 * build printed, update(state, {animate}) on every step, destroy().
 * Figures differ only in their WidgetDefinition; sliders and the hover
 * read-out are wired here once for all of them.
 */
import { joinMarks, type Tweener } from './join';
import { readState, type Size, type WidgetDefinition } from './types';
import type { Mark } from './marks';
import { formatParam } from './params';
import { postTask } from '../../yield';

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

/** Everything a drawing needs that is pure (no DOM): what the live figure applies to its SVG in one go. */
export interface Plan {
  cacheKey: string;
  state: unknown;
  model: unknown;
  size: Size;
  marks: Mark[];
  summary: string;
  text: string;
}

/** A figure's state read from a step's raw state, and the key its model is cached by. */
function stateOf(definition: WidgetDefinition<any, any>, raw: unknown): { state: unknown; cacheKey: string } {
  const { state } = readState(definition, raw);
  return { state, cacheKey: JSON.stringify(state) };
}

function sizeFor(definition: WidgetDefinition<any, any>, width: number): Size {
  const w = width || definition.staticSize.width;
  return { width: w, height: definition.heightFor(w) };
}

function planOf(definition: WidgetDefinition<any, any>, now: { state: unknown; cacheKey: string }, model: unknown, size: Size): Plan {
  return {
    ...now,
    model,
    size,
    marks: definition.layout(model, now.state, size),
    summary: JSON.stringify(definition.summarize(model, now.state)),
    text: definition.describe(model, now.state),
  };
}

/**
 * The first drawing of a figure, planned ahead in steps the caller can put in tasks of their own (a slow
 * phone starting a figure while scrolling must not stall): the costly parts of compute one by one, the
 * model, then the plan. createWidget then only applies it to the SVG.
 */
export function firstDrawingSteps(figure: HTMLElement, definition: WidgetDefinition<any, any>, raw: unknown): { steps: (() => void)[]; plan(): Plan | undefined } {
  const now = stateOf(definition, raw);
  let model: unknown;
  let plan: Plan | undefined;
  let parts: (() => void)[] = [];
  try {
    parts = definition.computeParts?.(now.state) ?? [];
  } catch {
    /* compute, below, meets the same error and createWidget reports it */
  }
  const steps = [
    ...parts,
    () => void (model = definition.compute(now.state)),
    () => {
      const svg = figure.querySelector('svg[data-figure-svg]');
      const size = sizeFor(definition, Math.round(svg?.getBoundingClientRect().width ?? 0));
      if (model !== undefined) plan = planOf(definition, now, model, size);
    },
  ];
  return { steps, plan: () => plan };
}

/**
 * Draws `initialState` at once (as the step `stepId`, when given) over the SVG the build printed; from
 * `planned` when given (see firstDrawingSteps) and still right for this state and width.
 */
export function createWidget(figure: HTMLElement, definition: WidgetDefinition<any, any>, initialState: unknown, stepId?: string, planned?: Plan): LiveWidget {
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
  let width = planned?.size.width ?? 0;
  function sizeNow(): Size {
    if (!width) width = Math.round(svg.getBoundingClientRect().width); // 0 while hidden: measured again next time
    return sizeFor(definition, width);
  }

  /** The state for the active step with the reader's slider values, and whether its model is computed yet. */
  function current() {
    const now = stateOf(definition, { ...(stepState as object), ...overrides });
    return { ...now, ready: cache.has(now.cacheKey) };
  }

  function modelOf(state: unknown, cacheKey: string): unknown {
    let model = cache.get(cacheKey);
    if (model === undefined) {
      model = definition.compute(state);
      remember(cacheKey, model);
    }
    return model;
  }

  function remember(cacheKey: string, model: unknown): void {
    if (cache.size >= (definition.modelCacheSize ?? 200)) cache.clear();
    cache.set(cacheKey, model);
  }

  function planNow(now: { state: unknown; cacheKey: string } = current()): Plan {
    return planOf(definition, now, modelOf(now.state, now.cacheKey), sizeNow());
  }

  function draw(animate: boolean, stepId?: string, now?: { state: unknown; cacheKey: string }): void {
    apply(planNow(now), animate, stepId);
  }

  function apply(plan: Plan, animate: boolean, stepId?: string): void {
    const { state, model, size } = plan;
    lastWidth = size.width;
    // Only when it changes: setting it, even to the same value, makes the browser lay out the whole figure again.
    const viewBox = `0 0 ${size.width} ${size.height}`;
    if (svg.getAttribute('viewBox') !== viewBox) svg.setAttribute('viewBox', viewBox);
    joinMarks(root, plan.marks, { gsap, animate });
    figure.dataset.state = plan.summary;
    if (stepId) figure.dataset.activeStep = stepId;
    if (desc && desc.textContent !== plan.text) desc.textContent = plan.text;
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

  safely(() => {
    const now = current();
    if (planned && planned.cacheKey === now.cacheKey && planned.size.width === sizeNow().width) {
      remember(planned.cacheKey, planned.model);
      apply(planned, false, stepId);
    } else draw(false, stepId, now);
  });

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
  // A slider's input. The costly parts of compute (an engine run each, see computeParts), the model and
  // the drawing each run in a task of their own, never inside the input event: a pointer's input events
  // are dispatched in the frame's own task, and the browser's layout and paint of that frame would add up
  // with them to one long task on a slow phone. The new drawing is painted at the next frame. Inputs that
  // arrive meanwhile are picked up when that drawing is done.
  let pending: (() => void) | null = null;
  function cancelPending(): void {
    pending?.();
    pending = null;
  }
  /**
   * Each step of `work` in a task of its own (all cancelled by the next step change); then, if a slider
   * moved meanwhile (its input waited for this work), that slider's drawing. With `lastFirst`, the last
   * step's task is posted at the highest priority, which Chromium runs ahead of a frame that is due.
   */
  function inTasks(work: (() => void)[], lastFirst = false): void {
    const from = overrides; // replaced, never changed, by each input
    const next = (): void => {
      pending = postTask(() => {
        pending = null;
        safely(work.shift()!);
        if (work.length) next();
        else if (overrides !== from) onInput();
      }, lastFirst && work.length === 1 ? 'user-blocking' : 'user-visible');
    };
    next();
  }
  function onInput(): void {
    if (pending) return;
    const now = current();
    let parts: (() => void)[] = [];
    if (!now.ready) safely(() => void (parts = definition.computeParts?.(now.state) ?? []));
    inTasks([...parts, () => void modelOf(now.state, now.cacheKey), () => draw(false, undefined, now)]);
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
      if (!options.animate) return safely(() => draw(false, options.stepId));
      // An animated step change (the reader scrolled) in three tasks: the plan (model, marks, text) now;
      // the drawing and its tweens' start; the new drawing's layout. On a slow phone each is then short
      // (in one task, with the tweens started in the next frame, a step change made 50–80 ms at a 4× CPU
      // slowdown). The layout has a task of its own, run before the next frame: otherwise the reader's
      // scroll in that frame forces it (ScrollTrigger reads the scroll position) and the tweens' first
      // move then makes the frame lay the figure out a second time (a 45–70 ms frame at 4×).
      let plan: Plan | undefined;
      safely(() => void (plan = planNow()));
      if (!plan) return;
      const planned = plan;
      inTasks([() => apply(planned, true, options.stepId), () => void svg.getBoundingClientRect()], true);
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
