/**
 * The scroll layer. It only decides which step is active and hands that
 * step's declared state to the figure; it knows nothing of the engine or of
 * the figure's drawing. The steps and their states are the list the build
 * read from the MDX (printed as JSON by Scrolly.astro), matched to the
 * step elements by id. The active step is always the step under the trigger
 * line, read from the layout (so skipped steps, End/Home and resizes land
 * right); a change of width brings the step being read back under the line.
 * GSAP and ScrollTrigger load once the page is idle after loading (or when
 * a figure starts first); until they arrive (or if they fail) the page
 * still shows the right state for a deep link.
 * Start-up is cheap on purpose (Lighthouse's total blocking time): at load
 * only a figure on screen (or named by the address) starts; the others show
 * the build's drawing of their first step until the reader scrolls near them,
 * and a start is cut into short tasks (module, first drawing, GSAP, triggers).
 */
import { createWidget, firstDrawingSteps, type LiveWidget } from '../widgets/core/widget';
import { loadWidget } from '../widgets/client-registry';
import { motionReduced } from '../motion';
import { nextTask, whenIdleAfterLoad } from '../yield';
import type { DeclaredStep } from './declarations';

interface StepInfo {
  el: HTMLElement;
  id: string;
  state: Record<string, unknown>;
}

interface ScrollyRuntime {
  section: HTMLElement;
  figure: HTMLElement;
  steps: StepInfo[];
  widget: LiveWidget | null;
  active: number;
  ready: Promise<void> | null;
  /** A step change waiting to be drawn (see activate). */
  drawTask: number;
}

/** Where on the screen a step becomes active (fraction of the viewport height from the top). */
const TRIGGER_LINE = 0.62;

type Gsap = typeof import('gsap').gsap;
let gsapPromise: Promise<Gsap | null> | null = null;

function loadGsap(): Promise<Gsap | null> {
  // GSAP, ScrollTrigger and the plugin's registration in three tasks: together they are a long task on a slow phone.
  gsapPromise ??= (async () => {
    const { gsap } = await import('gsap');
    await nextTask();
    const { ScrollTrigger } = await import('gsap/ScrollTrigger');
    await nextTask();
    gsap.registerPlugin(ScrollTrigger);
    return gsap;
  })().catch((error) => {
    console.warn('[scrolly] GSAP failed to load; steps follow the scroll without animation', error);
    return null;
  });
  return gsapPromise;
}

/** The declared steps of a section, in order, each with its element. */
function readSteps(section: HTMLElement): StepInfo[] {
  let declared: DeclaredStep[] = [];
  try {
    declared = JSON.parse(section.querySelector('script[data-scrolly-steps]')?.textContent ?? '[]');
  } catch (error) {
    console.warn('[scrolly] unreadable step list', error);
  }
  return declared.flatMap((d) => {
    const el = document.getElementById(d.id);
    return el ? [{ el, id: d.id, state: d.state }] : [];
  });
}

/** The step crossing the trigger line now (or the nearest one). */
function stepAtLine(steps: StepInfo[]): number {
  const line = window.innerHeight * TRIGGER_LINE;
  let best = 0;
  for (let i = 0; i < steps.length; i++) {
    const rect = steps[i].el.getBoundingClientRect();
    if (rect.top <= line) best = i;
  }
  return best;
}

function hashStepIndex(steps: StepInfo[]): number {
  const id = decodeURIComponent(window.location.hash.slice(1));
  return id ? steps.findIndex((s) => s.id === id) : -1;
}

/**
 * Make a step the active one. The step is marked at once; the figure is redrawn at once too, or — while
 * scrolling (`soon`) — in a task of its own right after the frame, so that a step change's drawing and
 * the scroll's frame never add up to one long task (a fast scroll past several steps draws only the last).
 */
function activate(rt: ScrollyRuntime, index: number, animate: boolean, soon = false): void {
  const step = rt.steps[index];
  if (!step || !rt.widget) return;
  const changed = index !== rt.active;
  rt.active = index;
  rt.steps.forEach((s, i) => s.el.classList.toggle('is-active', i === index));
  if (!changed) return;
  const draw = () => {
    rt.drawTask = 0;
    const now = rt.steps[rt.active];
    rt.widget?.update(now.state, { animate: animate && !motionReduced(), stepId: now.id });
  };
  window.clearTimeout(rt.drawTask);
  if (soon) rt.drawTask = window.setTimeout(draw, 0);
  else draw();
}

async function start(rt: ScrollyRuntime): Promise<void> {
  const definition = await loadWidget(rt.section.dataset.scrolly ?? '');
  if (!definition) {
    console.warn(`[scrolly] unknown figure ${rt.section.dataset.scrolly}`);
    return;
  }
  // A figure starts in several short tasks rather than one long one (a slow phone scrolling past
  // must not stall): the module above; the first state's costly parts (engine runs), its model and its
  // drawing's plan, one task each; the drawing; the scroll triggers.
  await nextTask();
  const fromHash = hashStepIndex(rt.steps);
  const index = fromHash >= 0 ? fromHash : stepAtLine(rt.steps);
  const planned = firstDrawingSteps(rt.figure, definition, rt.steps[index].state);
  for (const step of planned.steps) {
    try {
      step();
    } catch {
      /* the drawing below reports it */
    }
    await nextTask();
  }
  // The reader may have scrolled meanwhile: createWidget uses the plan only if it is still this state's.
  const first = hashStepIndex(rt.steps) >= 0 ? hashStepIndex(rt.steps) : stepAtLine(rt.steps);
  rt.widget = createWidget(rt.figure, definition, rt.steps[first].state, rt.steps[first].id, planned.plan());
  rt.active = first;
  rt.steps.forEach((s, i) => s.el.classList.toggle('is-active', i === first));
  started.push(rt);
  await nextTask();

  let lastWidth = window.innerWidth;
  new ResizeObserver(() => {
    // Phones fire height-only resizes as the URL bar slides; only a width change needs a new layout.
    if (window.innerWidth === lastWidth) return;
    lastWidth = window.innerWidth;
    rt.widget?.resize();
  }).observe(rt.figure);

  await nextTask();
  const gsap = await loadGsap();
  if (!gsap) return;
  rt.widget.setTweener(gsap);
  const { ScrollTrigger } = await import('gsap/ScrollTrigger');
  // One trigger over the whole run of steps. The active step is always the one under the trigger line,
  // read from the layout, so a fast scroll that skips a step (or the whole section), a jump with End or
  // Home, or a resize all land on the right step. onUpdate fires whenever the progress changes, also
  // when a jump goes from before the steps to after them; onLeave/onLeaveBack close the section.
  const container = rt.steps[0].el.parentElement ?? rt.section;
  ScrollTrigger.create({
    trigger: container,
    start: `top ${TRIGGER_LINE * 100}%`,
    end: `bottom ${TRIGGER_LINE * 100}%`,
    onUpdate: (self) => sync(rt, self.isActive),
    onLeave: () => sync(rt, false),
    onLeaveBack: () => sync(rt, false),
  });
  // A refresh (after a resize) moves the start and end without calling back: read the line again.
  if (!refreshListening) {
    refreshListening = true;
    ScrollTrigger.addEventListener('refresh', () => started.forEach((r) => sync(r, false)));
  }
}

/** Scrollies whose figure is drawn. */
const started: ScrollyRuntime[] = [];
let refreshListening = false;

/**
 * Where the reader is: the step under the trigger line and how far through it the line is. Kept up to
 * date while reading, so that after a change of width (a phone turned, a window resized) the same step
 * is brought back under the line at the same place, whatever the new heights of the steps above it.
 */
let reading: { el: HTMLElement; fraction: number } | null = null;

/** Activate the step under the trigger line (while reading, the address bar follows it). */
function sync(rt: ScrollyRuntime, follow: boolean): void {
  const index = stepAtLine(rt.steps);
  const rect = rt.steps[index].el.getBoundingClientRect();
  const line = window.innerHeight * TRIGGER_LINE;
  if (rect.top <= line && rect.bottom > line) reading = { el: rt.steps[index].el, fraction: (line - rect.top) / Math.max(1, rect.height) };
  else if (reading && rt.steps.some((s) => s.el === reading!.el)) reading = null; // the reader left these steps
  if (index !== rt.active) activate(rt, index, true, true);
  if (follow) followInAddressBar(rt.steps[index].id);
}

let readingWidth = 0;
function keepReadingPlace(): void {
  if (window.innerWidth === readingWidth) return;
  readingWidth = window.innerWidth;
  if (!reading || !reading.el.isConnected) return;
  const rect = reading.el.getBoundingClientRect();
  const shift = rect.top + reading.fraction * rect.height - window.innerHeight * TRIGGER_LINE;
  if (Math.abs(shift) >= 1) window.scrollBy({ top: shift, behavior: 'instant' });
  for (const rt of started) sync(rt, false);
}

/**
 * While reading, the address bar names the active step, so a copied URL lands
 * on it; replaceState adds no history entry per step (back still leaves the page).
 * Once the scrolling pauses (a fast scroll past many steps changes it once, and the
 * browser's work for a new address stays out of the scroll's frames).
 */
let followTimer = 0;
function followInAddressBar(id: string): void {
  window.clearTimeout(followTimer);
  if (decodeURIComponent(window.location.hash.slice(1)) === id) return;
  followTimer = window.setTimeout(() => {
    history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}#${encodeURIComponent(id)}`);
  }, 200);
}

export function startScrollies(): void {
  const runtimes: ScrollyRuntime[] = [...document.querySelectorAll<HTMLElement>('[data-scrolly]')].map((section) => ({
    section,
    figure: section.querySelector<HTMLElement>('figure[data-figure]')!,
    steps: readSteps(section),
    widget: null,
    active: -1,
    ready: null,
    drawTask: 0,
  }));
  const begin = (rt: ScrollyRuntime) => {
    rt.ready ??= start(rt).catch((error) => console.warn('[scrolly] figure failed to start', error));
    return rt.ready;
  };

  // Until the reader first scrolls, only a figure on screen starts; one merely near the screen waits
  // (its build drawing is already the first step's), so loading the page runs no off-screen figure.
  let scrolled = false;
  const waiting = new Set<ScrollyRuntime>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const rt = runtimes.find((r) => r.section === entry.target);
        if (!rt) continue;
        if (!entry.isIntersecting) {
          waiting.delete(rt);
          continue;
        }
        const onScreen = entry.boundingClientRect.top < window.innerHeight && entry.boundingClientRect.bottom > 0;
        if (!scrolled && !onScreen) {
          waiting.add(rt);
          continue;
        }
        observer.unobserve(rt.section);
        void begin(rt);
      }
    },
    { rootMargin: '100% 0px' },
  );
  // The first scroll (or a resize, which can bring a waiting figure on screen) starts the waiting ones.
  const wake = () => {
    if (scrolled) return;
    scrolled = true;
    for (const rt of waiting) {
      observer.unobserve(rt.section);
      void begin(rt);
    }
    waiting.clear();
  };
  window.addEventListener('scroll', wake, { once: true, passive: true });
  window.addEventListener('resize', wake, { once: true, passive: true });
  for (const rt of runtimes) {
    if (hashStepIndex(rt.steps) >= 0) void begin(rt);
    else observer.observe(rt.section);
  }

  // GSAP and ScrollTrigger are needed as soon as the reader reaches a figure, and evaluating GSAP is one
  // long task on a slow phone (55–84 ms at a 4× CPU slowdown) that must not fall in the reader's first
  // scroll: they load once the page has loaded and is idle (no figure starts then).
  if (runtimes.length) whenIdleAfterLoad(() => void loadGsap());

  readingWidth = window.innerWidth;
  window.addEventListener('resize', keepReadingPlace);

  // A link to another step on the same page: draw that step at once, no replay.
  window.addEventListener('hashchange', () => {
    for (const rt of runtimes) {
      const index = hashStepIndex(rt.steps);
      if (index < 0) continue;
      void begin(rt).then(() => activate(rt, index, false));
    }
  });
}
