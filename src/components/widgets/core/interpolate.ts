/**
 * Between two values of one attribute ("M10,20L30,40" and "M12,18L30,44"; "0.5" and "1"): the
 * in-between strings a tween draws. Both are read once, when the tween starts, into their numbers and
 * the text around them; each frame then only mixes numbers and joins strings. (GSAP's own attribute
 * tweening reads a path of 900 numbers into 900 objects when the tween starts: on a slow phone that
 * start was most of a step change's task.)
 *
 * Pure: no DOM, no GSAP.
 */

const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;

interface Parsed {
  /** The text around the numbers: one more piece than there are numbers. */
  parts: string[];
  values: number[];
  /** Each number as written. */
  texts: string[];
}

function parse(text: string): Parsed {
  const parts: string[] = [];
  const values: number[] = [];
  const texts: string[] = [];
  let last = 0;
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    parts.push(text.slice(last, m.index));
    values.push(Number(m[0]));
    texts.push(m[0]);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return { parts, values, texts };
}

/** Two decimals, as the build prints numbers (see formatAttr). */
const round2 = (v: number) => Math.round(v * 100) / 100;

/**
 * The string at `t` (0 = `from`, 1 = `to`; eased by the caller), or null when the two cannot be mixed
 * number by number (a different shape: other commands, another count of points), which is then drawn at
 * once. At `t` ≥ 1 the result is `to` itself, character for character. Numbers that do not change are
 * written into the fixed text once, so a frame only mixes the ones that move (in a step change most of a
 * path's numbers stay: the x positions, the bars of days not shown).
 */
export function attrInterpolator(from: string, to: string): ((t: number) => string) | null {
  const a = parse(from);
  const b = parse(to);
  if (a.values.length !== b.values.length || a.values.length === 0) return null;
  for (let i = 0; i < a.parts.length; i++) if (a.parts[i] !== b.parts[i]) return null;
  const fixed: string[] = [b.parts[0]];
  const start: number[] = [];
  const delta: number[] = [];
  for (let i = 0; i < b.values.length; i++) {
    const d = b.values[i] - a.values[i];
    if (d === 0) fixed[fixed.length - 1] += b.texts[i] + b.parts[i + 1];
    else {
      start.push(a.values[i]);
      delta.push(d);
      fixed.push(b.parts[i + 1]);
    }
  }
  return (t) => {
    if (t >= 1) return to;
    let out = fixed[0];
    for (let i = 0; i < start.length; i++) out += round2(start[i] + delta[i] * t) + fixed[i + 1];
    return out;
  };
}
