/**
 * A figure is drawn as a tree of "marks": plain objects that say which SVG
 * element to draw, with which attributes and text. Layout code (pure) makes
 * marks; the same marks are printed as static SVG at build time
 * (renderMarks) and joined onto the live SVG in the browser (join.ts), so
 * the page without JavaScript and the animated page draw the same picture.
 */

export type MarkTag = 'g' | 'rect' | 'line' | 'path' | 'text' | 'circle' | 'polygon' | 'polyline';

export type AttrValue = string | number | undefined;

export interface Mark {
  /** Unique among its siblings; stable across states so a mark can move instead of being redrawn. */
  key: string;
  tag: MarkTag;
  attrs?: Record<string, AttrValue>;
  text?: string;
  children?: Mark[];
}

/** Attributes whose values are tweened between states (numbers or number-bearing strings). */
export const TWEENED_ATTRS = new Set([
  'x', 'y', 'width', 'height', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'd', 'points', 'transform', 'opacity',
]);

/** Round to 2 decimals so the build's SVG and the browser's agree to the character. */
export function formatAttr(value: AttrValue): string | null {
  if (value === undefined) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '0';
    return String(Math.round(value * 100) / 100);
  }
  return value;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c]);
}

/** Print marks as SVG markup (build time). */
export function renderMarks(marks: readonly Mark[]): string {
  return marks.map(renderMark).join('');
}

function renderMark(mark: Mark): string {
  let attrs = ` data-key="${escapeXml(mark.key)}"`;
  for (const [name, value] of Object.entries(mark.attrs ?? {})) {
    const text = formatAttr(value);
    if (text !== null) attrs += ` ${name}="${escapeXml(text)}"`;
  }
  const inner = (mark.text !== undefined ? escapeXml(mark.text) : '') + renderMarks(mark.children ?? []);
  return `<${mark.tag}${attrs}>${inner}</${mark.tag}>`;
}

/** Check a mark tree for duplicate sibling keys (a layout bug that would break joins). */
export function duplicateKeys(marks: readonly Mark[], path = ''): string[] {
  const seen = new Set<string>();
  const dupes: string[] = [];
  for (const m of marks) {
    if (seen.has(m.key)) dupes.push(`${path}/${m.key}`);
    seen.add(m.key);
    dupes.push(...duplicateKeys(m.children ?? [], `${path}/${m.key}`));
  }
  return dupes;
}
