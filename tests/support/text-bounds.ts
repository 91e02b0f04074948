/**
 * A conservative estimate of where a chart's text lands, to catch labels
 * drawn outside the SVG's view box. Sizes follow the chart classes in the
 * stylesheets (11 px ticks and notes, 13 px values, 12 px otherwise);
 * widths count a CJK character as 1 em and others as 0.55 em; the anchor
 * comes from the `end` / `middle` classes or the text-anchor attribute.
 */
import type { Mark } from '../../src/components/widgets/core/marks';

const TOLERANCE = 2;

function fontSize(cls: string): number {
  if (/\bvalue\b/.test(cls)) return 13;
  if (/\b(tick|note)\b/.test(cls)) return 11;
  return 12;
}

function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.55;
  return em * size;
}

function translateOf(transform: unknown): [number, number] | null {
  if (transform === undefined) return [0, 0];
  const t = String(transform);
  if (/rotate|scale|matrix/.test(t)) return null;
  const m = /translate\(\s*(-?[\d.]+)[ ,]+(-?[\d.]+)?\s*\)/.exec(t);
  return m ? [Number(m[1]), Number(m[2] ?? 0)] : [0, 0];
}

/** Texts whose estimated box leaves [0, width] × [0, height], as "key: text". */
export function textOutside(marks: readonly Mark[], width: number, height: number, dx = 0, dy = 0, path = ''): string[] {
  const out: string[] = [];
  for (const m of marks) {
    const shift = translateOf(m.attrs?.transform);
    if (!shift) continue; // rotated or scaled: not estimated
    const x0 = dx + shift[0];
    const y0 = dy + shift[1];
    if (m.tag === 'text' && m.text && Number(m.attrs?.opacity ?? 1) > 0) {
      const cls = String(m.attrs?.class ?? '');
      const size = fontSize(cls);
      const w = textWidth(m.text, size);
      const x = x0 + Number(m.attrs?.x ?? 0);
      const y = y0 + Number(m.attrs?.y ?? 0);
      const anchor = String(m.attrs?.['text-anchor'] ?? (/\bend\b/.test(cls) ? 'end' : /\bmiddle\b/.test(cls) ? 'middle' : 'start'));
      const left = anchor === 'end' ? x - w : anchor === 'middle' ? x - w / 2 : x;
      const top = y - size * 0.8;
      // Digits sit on the baseline; CJK glyphs reach about 0.1 em below it.
      const bottom = y + size * 0.1;
      if (left < -TOLERANCE || left + w > width + TOLERANCE || top < -TOLERANCE || bottom > height + TOLERANCE) {
        out.push(`${path}/${m.key}: "${m.text}" at x ${left.toFixed(0)}–${(left + w).toFixed(0)}, y ${top.toFixed(0)}–${bottom.toFixed(0)}`);
      }
    }
    out.push(...textOutside(m.children ?? [], width, height, x0, y0, `${path}/${m.key}`));
  }
  return out;
}
