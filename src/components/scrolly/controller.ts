/**
 * The scroll layer. It only decides which step is active and hands that
 * step's declared state to the figure; it knows nothing of the engine or of
 * the figure's drawing. The steps and their states are the list the build
 * read from the MDX (printed as JSON by Scrolly.astro), matched to the
 * step elements by id.
 * GSAP ScrollTrigger is loaded lazily; until it arrives (or if it fails)
 * the page still shows the right state for a deep link.
 * Start-up is cheap on purpose (Lighthouse's total blocking time): at load
 * only a figure on screen (or named by the address) starts; the others show
 * the build's drawing of their first step until the reader scrolls near them,
 * and a start is cut into short tasks (module, first drawing, GSAP, triggers).
 */
import { createWidget, type LiveWidget } from '../widgets/core/widget';
import { loadWidget } from '../widgets/client-registry';
import { motionReduced } from '../motion';
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
}

/** Where on the screen a step becomes active (fraction of the viewport height from the top). */
const TRIGGER_LINE = 0.62;

type Gsap = typeof import('gsap').gsap;
let gsapPromise: Promise<Gsap | null> | null = null;

function loadGsap(): Promise<Gsap | null> {
  gsapPromise ??= Promise.all([import('gsap'), import('gsap/ScrollTrigger')])
    .then(([{ gsap }, { ScrollTrigger }]) => {
      gsap.registerPlugin(ScrollTrigger);
      return gsap;
    })
    .catch((error) => {
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

/** Give the browser a turn (input, paint) between pieces of start-up work, so none is a long task. */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

function activate(rt: ScrollyRuntime, index: number, animate: boolean): void {
  const step = rt.steps[index];
  if (!step || !rt.widget) return;
  const changed = index !== rt.active;
  rt.active = index;
  rt.steps.forEach((s, i) => s.el.classList.toggle('is-active', i === index));
  if (changed) rt.widget.update(step.state, { animate: animate && !motionReduced(), stepId: step.id });
}

async function start(rt: ScrollyRuntime): Promise<void> {
  const definition = await loadWidget(rt.section.dataset.scrolly ?? '');
  if (!definition) {
    console.warn(`[scrolly] unknown figure ${rt.section.dataset.scrolly}`);
    return;
  }
  await yieldToMain();
  const fromHash = hashStepIndex(rt.steps);
  const first = fromHash >= 0 ? fromHash : stepAtLine(rt.steps);
  // The widget's first drawing is this step's: no second drawing of the same state.
  rt.widget = createWidget(rt.figure, definition, rt.steps[first].state, rt.steps[first].id);
  rt.active = first;
  rt.steps.forEach((s, i) => s.el.classList.toggle('is-active', i === first));

  let lastWidth = window.innerWidth;
  new ResizeObserver(() => {
    // Phones fire height-only resizes as the URL bar slides; only a width change needs a new layout.
    if (window.innerWidth === lastWidth) return;
    lastWidth = window.innerWidth;
    rt.widget?.resize();
  }).observe(rt.figure);

  await yieldToMain();
  const gsap = await loadGsap();
  if (!gsap) return;
  rt.widget.setTweener(gsap);
  const { ScrollTrigger } = await import('gsap/ScrollTrigger');
  await yieldToMain();
  rt.steps.forEach((step, index) => {
    ScrollTrigger.create({
      trigger: step.el,
      start: `top ${TRIGGER_LINE * 100}%`,
      end: `bottom ${TRIGGER_LINE * 100}%`,
      onToggle: (self) => {
        if (!self.isActive) return;
        activate(rt, index, true);
        followInAddressBar(step.id);
      },
    });
  });
}

/**
 * While reading, the address bar names the active step, so a copied URL lands
 * on it; replaceState adds no history entry per step (back still leaves the page).
 */
function followInAddressBar(id: string): void {
  if (decodeURIComponent(window.location.hash.slice(1)) === id) return;
  history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}#${encodeURIComponent(id)}`);
}

export function startScrollies(): void {
  const runtimes: ScrollyRuntime[] = [...document.querySelectorAll<HTMLElement>('[data-scrolly]')].map((section) => ({
    section,
    figure: section.querySelector<HTMLElement>('figure[data-figure]')!,
    steps: readSteps(section),
    widget: null,
    active: -1,
    ready: null,
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

  // A link to another step on the same page: draw that step at once, no replay.
  window.addEventListener('hashchange', () => {
    for (const rt of runtimes) {
      const index = hashStepIndex(rt.steps);
      if (index < 0) continue;
      void begin(rt).then(() => activate(rt, index, false));
    }
  });
}
