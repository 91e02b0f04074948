/**
 * Keyboard helpers for the keyboard gate: walk a page with Tab, recording every stop and whether it shows
 * a focus ring, and list the controls a keyboard user must be able to reach.
 */
import type { Page } from '@playwright/test';

export interface TabStop {
  /** The element's mark (data-kbd, set on first sight: the page changes as it is walked, so positions would not do). */
  index: number;
  /** A short description: tag, type, class, data-control / data-param, href. */
  label: string;
  /** :focus-visible matched and a ring is drawn: an outline of at least 1 px in a visible colour, or a box shadow. */
  ring: boolean;
  /** The element has a box on screen (not hidden, not zero-sized) once focused. */
  visible: boolean;
}

/** What the page says about its focused element. */
function describeFocus(): TabStop | null {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body || el === document.documentElement) return null;
  const cs = getComputedStyle(el);
  const transparent = (c: string) => c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);
  const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 1 && !transparent(cs.outlineColor);
  const shadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
  const rect = el.getBoundingClientRect();
  const input = el as HTMLInputElement;
  const label = [
    el.tagName.toLowerCase(),
    input.type && el.tagName !== 'BUTTON' ? `[${input.type}]` : '',
    el.classList.length ? `.${[...el.classList].join('.')}` : '',
    el.dataset.control ? ` control=${el.dataset.control}` : '',
    el.dataset.param ? ` param=${el.dataset.param}` : '',
    el.getAttribute('href') ? ` ${el.getAttribute('href')}` : '',
  ].join('');
  const w = window as unknown as { __kbd?: number };
  el.dataset.kbd ??= String((w.__kbd = (w.__kbd ?? 0) + 1));
  return {
    index: Number(el.dataset.kbd),
    label,
    ring: el.matches(':focus-visible') && (outline || shadow),
    visible: rect.width > 0 && rect.height > 0 && el.checkVisibility({ checkVisibilityCSS: true }),
  };
}

/** Press Tab from the top of the page until focus leaves the page or comes back round; every stop in order. */
export async function tabThrough(page: Page, max = 600): Promise<TabStop[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const stops: TabStop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(describeFocus);
    if (!stop || stop.index === stops[0]?.index) break;
    stops.push(stop);
  }
  return stops;
}

/**
 * Every control a keyboard user must reach on the page as it is now: links, buttons, form fields,
 * summaries and anything with a tabindex ≥ 0 that is shown and enabled (one radio per group: Tab reaches
 * the group, the arrow keys move within it).
 */
export function reachableControls(page: Page): Promise<{ index: number; label: string; group?: string }[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __kbd?: number };
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex]';
    const out: { index: number; label: string; group?: string }[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (el.tabIndex < 0 || (el as HTMLInputElement).disabled || el.closest('[inert]')) continue;
      if (!el.checkVisibility({ checkVisibilityCSS: true })) continue;
      // A summary is reachable; what its closed <details> holds is not shown.
      if (el.tagName !== 'SUMMARY' && el.closest('details:not([open])') && !el.closest('summary')) continue;
      const input = el as HTMLInputElement;
      el.dataset.kbd ??= String((w.__kbd = (w.__kbd ?? 0) + 1));
      out.push({
        index: Number(el.dataset.kbd),
        label: `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).trim().split(/\s+/).join('.')}` : ''}${el.getAttribute('href') ? ` ${el.getAttribute('href')}` : ''}`,
        group: input.type === 'radio' ? `radio:${input.name}` : undefined,
      });
    }
    return out;
  });
}

/** Controls of `expected` that no Tab stop reached (a radio group counts as reached when any of its radios was). */
export function unreached(expected: { index: number; label: string; group?: string }[], stops: TabStop[]): string[] {
  const reached = new Set(stops.map((s) => s.index));
  const groups = new Set(expected.filter((e) => e.group && reached.has(e.index)).map((e) => e.group));
  return expected.filter((e) => !reached.has(e.index) && !(e.group && groups.has(e.group))).map((e) => e.label);
}

/** A compact count of the stops by kind, e.g. "15 a.term, 2 input[range]". */
export function stopSummary(stops: TabStop[]): string {
  const counts = new Map<string, number>();
  for (const s of stops) {
    const kind = s.label.replace(/ (\/|#|https?:).*$/, '').replace(/ (control|param)=.*$/, '');
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
}
