/**
 * Browser side of the marks: D3 joins marks onto the live SVG by key, and
 * GSAP (when loaded and motion is allowed) tweens the geometry from the old
 * state to the new one. Without GSAP, or with reduced motion, attributes
 * are set at once: the same end state, no tweening.
 */
import { select, type Selection } from 'd3-selection';
import { formatAttr, TWEENED_ATTRS, type Mark } from './marks';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The part of GSAP the join uses (so this file does not import GSAP). */
export interface Tweener {
  to(target: Element, vars: Record<string, unknown>): unknown;
  killTweensOf(target: Element): void;
}

export interface JoinOptions {
  gsap: Tweener | null;
  animate: boolean;
  duration?: number;
}

export function joinMarks(parent: Element, marks: readonly Mark[], options: JoinOptions): void {
  const tween = options.animate ? options.gsap : null;
  const duration = options.duration ?? 0.6;
  const keyOf = function (this: unknown, d: Mark | undefined): string {
    if (d) return `${d.tag}:${d.key}`;
    const el = this as Element;
    return `${el.tagName}:${el.getAttribute('data-key')}`;
  };

  const selection = (select(parent).selectChildren('[data-key]') as Selection<Element, Mark, Element, unknown>)
    .data(marks as Mark[], keyOf as never)
    .join(
      (enter) =>
        enter.append((d) => {
          const el = document.createElementNS(SVG_NS, d.tag);
          el.setAttribute('data-key', d.key);
          setAttrs(el, d, null, options, duration);
          if (tween) {
            el.setAttribute('opacity', '0');
            tween.to(el, { attr: { opacity: d.attrs?.opacity ?? 1 }, duration, immediateRender: true });
            tweened.add(el);
          }
          return el;
        }),
      (update) => update,
      (exit) => {
        exit.each(function () {
          const el = this as Element;
          // Out of the join at once, so a quick next state cannot revive a fading mark.
          el.removeAttribute('data-key');
          stopTweens(el, options.gsap);
          if (tween) tween.to(el, { attr: { opacity: 0 }, duration: duration / 2, immediateRender: true, onComplete: () => el.remove() });
          else el.remove();
        });
        return exit;
      },
    );

  selection.order();
  selection.each(function (d) {
    const el = this as Element;
    setAttrs(el, d, tween, options, duration);
    const hasChildren = Boolean(d.children && d.children.length);
    if (d.text !== undefined && !hasChildren && el.textContent !== d.text) el.textContent = d.text;
    joinMarks(el, d.children ?? [], options);
  });
}

/**
 * Elements given a tween since their last drawing without one: only these can have tweens to stop (asking
 * GSAP for an element's tweens scans them all, too slow to do for every mark on every slider input).
 */
const tweened = new WeakSet<Element>();

function stopTweens(el: Element, gsap: Tweener | null): void {
  if (gsap && tweened.has(el)) {
    gsap.killTweensOf(el);
    tweened.delete(el);
  }
}

function setAttrs(el: Element, mark: Mark, tween: Tweener | null, options: JoinOptions, duration: number): void {
  const animated: Record<string, string> = {};
  if (!tween) stopTweens(el, options.gsap);
  for (const [name, value] of Object.entries(mark.attrs ?? {})) {
    const text = formatAttr(value);
    if (text === null) {
      el.removeAttribute(name);
      continue;
    }
    const current = el.getAttribute(name);
    if (current === text) continue;
    if (tween && current !== null && TWEENED_ATTRS.has(name)) animated[name] = text;
    else el.setAttribute(name, text);
  }
  if (tween && Object.keys(animated).length) {
    tween.killTweensOf(el);
    // immediateRender: the tween starts (reads its start values) here, in the drawing's task, not in the
    // next animation frame, which then only moves it on (see the widget's update).
    tween.to(el, { attr: animated, duration, ease: 'power2.out', immediateRender: true });
    tweened.add(el);
  }
}
