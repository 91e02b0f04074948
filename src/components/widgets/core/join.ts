/**
 * Browser side of the marks: D3 joins marks onto the live SVG by key, and
 * GSAP (when loaded and motion is allowed) tweens the geometry from the old
 * state to the new one. Without GSAP, or with reduced motion, attributes
 * are set at once: the same end state, no tweening.
 */
import { select, type Selection } from 'd3-selection';
import { formatAttr, TWEENED_ATTRS, type Mark } from './marks';
import { attrInterpolator } from './interpolate';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The part of GSAP the join uses (so this file does not import GSAP). */
export interface Tweener {
  to(target: object, vars: Record<string, unknown>): { kill(): void };
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
          setAttrs(el, d, null, duration);
          if (tween) {
            el.setAttribute('opacity', '0');
            tweenAttrs(el, { opacity: formatAttr(d.attrs?.opacity) ?? '1' }, tween, duration);
          }
          return el;
        }),
      (update) => update,
      (exit) => {
        exit.each(function () {
          const el = this as Element;
          // Out of the join at once, so a quick next state cannot revive a fading mark.
          el.removeAttribute('data-key');
          stopTween(el);
          if (tween) tweenAttrs(el, { opacity: '0' }, tween, duration / 2, () => el.remove());
          else el.remove();
        });
        return exit;
      },
    );

  selection.order();
  selection.each(function (d) {
    const el = this as Element;
    setAttrs(el, d, tween, duration);
    const hasChildren = Boolean(d.children && d.children.length);
    if (d.text !== undefined && !hasChildren && el.textContent !== d.text) el.textContent = d.text;
    joinMarks(el, d.children ?? [], options);
  });
}

/** The running tween of each element that has one (all its attributes in one tween). */
const running = new WeakMap<Element, { kill(): void }>();

function stopTween(el: Element): void {
  running.get(el)?.kill();
  running.delete(el);
}

/**
 * Tween `attrs` of `el` from their values now: GSAP moves one number from 0 to 1 (with the ease), and
 * each frame sets the attributes mixed at that point (see attrInterpolator). An attribute whose two
 * values cannot be mixed is set at once.
 */
function tweenAttrs(el: Element, attrs: Record<string, string>, tween: Tweener, duration: number, onComplete?: () => void): void {
  stopTween(el);
  const mixes: [string, (t: number) => string][] = [];
  for (const [name, to] of Object.entries(attrs)) {
    const from = el.getAttribute(name) ?? (name === 'opacity' ? '1' : null); // no opacity attribute: fully drawn
    const mix = from === null ? null : attrInterpolator(from, to);
    if (mix) mixes.push([name, mix]);
    else el.setAttribute(name, to);
  }
  if (!mixes.length) return void onComplete?.();
  const progress = { t: 0 };
  const last = mixes.map(() => '');
  running.set(
    el,
    tween.to(progress, {
      t: 1,
      duration,
      ease: 'power2.out',
      onUpdate: () => {
        for (let i = 0; i < mixes.length; i++) {
          const value = mixes[i][1](progress.t);
          if (value === last[i]) continue; // setting an unchanged value still costs a layout
          last[i] = value;
          el.setAttribute(mixes[i][0], value);
        }
      },
      onComplete: () => {
        running.delete(el);
        onComplete?.();
      },
    }),
  );
}

function setAttrs(el: Element, mark: Mark, tween: Tweener | null, duration: number): void {
  const animated: Record<string, string> = {};
  let tweens = false;
  if (!tween) stopTween(el);
  for (const [name, value] of Object.entries(mark.attrs ?? {})) {
    const text = formatAttr(value);
    if (text === null) {
      el.removeAttribute(name);
      continue;
    }
    const current = el.getAttribute(name);
    if (current === text) continue;
    if (tween && current !== null && TWEENED_ATTRS.has(name)) {
      animated[name] = text;
      tweens = true;
    } else el.setAttribute(name, text);
  }
  if (tween && tweens) tweenAttrs(el, animated, tween, duration);
}
