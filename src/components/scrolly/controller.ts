/**
 * The scroll layer. It only decides which step is active (and how far a
 * scrubbed step has progressed) and hands that step's declared state to
 * the figure; it knows nothing of the engine or of the figure's drawing.
 * GSAP ScrollTrigger is loaded lazily; until it arrives (or if it fails)
 * the page still shows the right state for a deep link.
 */
import { createWidget, type LiveWidget } from '../widgets/core/widget';
import { loadWidget } from '../widgets/client-registry';
import { motionReduced } from '../motion';

interface StepInfo {
  el: HTMLElement;
  id: string;
  state: Record<string, unknown>;
  scrub: { key: string; from: number } | null;
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

function readStep(el: HTMLElement): StepInfo {
  const parse = (text: string | undefined) => {
    try {
      return text ? JSON.parse(text) : null;
    } catch {
      return null;
    }
  };
  return { el, id: el.id, state: parse(el.dataset.stepState) ?? {}, scrub: parse(el.dataset.stepScrub) };
}

function stateAt(step: StepInfo, progress: number | null): Record<string, unknown> {
  if (!step.scrub || progress === null) return step.state;
  const to = Number(step.state[step.scrub.key]);
  if (!Number.isFinite(to)) return step.state;
  const value = step.scrub.from + (to - step.scrub.from) * Math.min(1, Math.max(0, progress));
  return { ...step.state, [step.scrub.key]: Number.isInteger(to) && Number.isInteger(step.scrub.from) ? Math.round(value) : value };
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

function activate(rt: ScrollyRuntime, index: number, progress: number | null, animate: boolean): void {
  const step = rt.steps[index];
  if (!step || !rt.widget) return;
  const changed = index !== rt.active;
  rt.active = index;
  rt.steps.forEach((s, i) => s.el.classList.toggle('is-active', i === index));
  if (changed || step.scrub) rt.widget.update(stateAt(step, progress), { animate: animate && changed && !motionReduced(), stepId: step.id });
}

async function start(rt: ScrollyRuntime): Promise<void> {
  const definition = await loadWidget(rt.section.dataset.scrolly ?? '');
  if (!definition) {
    console.warn(`[scrolly] unknown figure ${rt.section.dataset.scrolly}`);
    return;
  }
  const fromHash = hashStepIndex(rt.steps);
  const first = fromHash >= 0 ? fromHash : stepAtLine(rt.steps);
  rt.widget = createWidget(rt.figure, definition, rt.steps[first].state);
  rt.active = -1;
  activate(rt, first, null, false);

  let lastWidth = window.innerWidth;
  new ResizeObserver(() => {
    // Phones fire height-only resizes as the URL bar slides; only a width change needs a new layout.
    if (window.innerWidth === lastWidth) return;
    lastWidth = window.innerWidth;
    rt.widget?.resize();
  }).observe(rt.figure);

  const gsap = await loadGsap();
  if (!gsap) return;
  rt.widget.setTweener(gsap);
  const { ScrollTrigger } = await import('gsap/ScrollTrigger');
  rt.steps.forEach((step, index) => {
    ScrollTrigger.create({
      trigger: step.el,
      start: `top ${TRIGGER_LINE * 100}%`,
      end: `bottom ${TRIGGER_LINE * 100}%`,
      onToggle: (self) => {
        if (self.isActive) activate(rt, index, step.scrub ? self.progress : null, true);
      },
      onUpdate: step.scrub
        ? (self) => {
            if (rt.active === index) rt.widget?.update(stateAt(step, self.progress), { animate: false, stepId: step.id });
          }
        : undefined,
    });
  });
}

export function startScrollies(): void {
  const runtimes: ScrollyRuntime[] = [...document.querySelectorAll<HTMLElement>('[data-scrolly]')].map((section) => ({
    section,
    figure: section.querySelector<HTMLElement>('figure[data-figure]')!,
    steps: [...section.querySelectorAll<HTMLElement>('[data-step]')].map(readStep),
    widget: null,
    active: -1,
    ready: null,
  }));
  const begin = (rt: ScrollyRuntime) => {
    rt.ready ??= start(rt).catch((error) => console.warn('[scrolly] figure failed to start', error));
    return rt.ready;
  };

  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const rt = runtimes.find((r) => r.section === entry.target);
        if (rt) {
          observer.unobserve(rt.section);
          void begin(rt);
        }
      }
    },
    { rootMargin: '100% 0px' },
  );
  for (const rt of runtimes) {
    if (hashStepIndex(rt.steps) >= 0) void begin(rt);
    else observer.observe(rt.section);
  }

  // A link to another step on the same page: draw that step at once, no replay.
  window.addEventListener('hashchange', () => {
    for (const rt of runtimes) {
      const index = hashStepIndex(rt.steps);
      if (index < 0) continue;
      void begin(rt).then(() => activate(rt, index, null, false));
    }
  });
}
