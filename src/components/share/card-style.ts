/**
 * The figures' colours for the share cards (PNG, build time). On the site a
 * figure takes its colours from CSS classes (`.chart .line.futures` …) and
 * custom properties; the PNG renderer (resvg) understands plain class rules
 * in an SVG <style> but not custom properties or media queries. So the card
 * stylesheet is derived from the site's own CSS, the one place the colours
 * live: the light theme's tokens (the plain `:root` rules outside any media
 * query) are substituted into every rule whose selectors all address a chart
 * (`.chart …`). Nothing here lists a colour.
 *
 * The site's CSS is read in cascade order: src/styles/global.css with its
 * `@import`s followed, then each figure's widgets/<name>/style.css (the
 * order widgets/styles.ts bundles them in).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface CssRule {
  selectors: string[];
  declarations: [string, string][];
}

/** Top-level rules of a stylesheet; at-rule blocks (@media, @supports, @font-face …) are skipped whole. */
export function topLevelRules(css: string): CssRule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: CssRule[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    const semi = text.indexOf(';', i);
    if (open < 0) break;
    const head = text.slice(i, open).trim();
    // A statement at-rule (@import …;) before the next block.
    if (head.startsWith('@') && semi >= 0 && semi < open) {
      i = semi + 1;
      continue;
    }
    const close = matchingBrace(text, open);
    const body = text.slice(open + 1, close);
    if (!head.startsWith('@')) {
      rules.push({ selectors: head.split(',').map((s) => s.trim().replace(/\s+/g, ' ')).filter(Boolean), declarations: declarationsOf(body) });
    }
    i = close + 1;
  }
  return rules;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let j = open; j < text.length; j++) {
    if (text[j] === '{') depth++;
    else if (text[j] === '}' && --depth === 0) return j;
  }
  return text.length;
}

function declarationsOf(body: string): [string, string][] {
  return body
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d.includes(':'))
    .map((d) => {
      const colon = d.indexOf(':');
      return [d.slice(0, colon).trim(), d.slice(colon + 1).trim().replace(/\s*!important$/, '')] as [string, string];
    });
}

/**
 * The light theme: custom properties of the plain `:root` rules and of a
 * figure's own chart rules (e.g. `.chart-cascade { --c-called: … }`); later rules win.
 */
export function lightTokens(rules: CssRule[]): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const rule of rules) {
    if (!rule.selectors.includes(':root') && !(rule.selectors.length > 0 && rule.selectors.every(isChartSelector))) continue;
    for (const [name, value] of rule.declarations) if (name.startsWith('--')) tokens.set(name, value);
  }
  return tokens;
}

/** Replace var(--x) and var(--x, fallback) with the token's value (tokens may refer to tokens). */
export function resolveVars(value: string, tokens: Map<string, string>, depth = 0): string {
  if (depth > 8) throw new Error(`card-style: custom properties nest too deep in "${value}"`);
  const out = value.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\))?[^()]*))?\)/g, (_whole, name: string, fallback?: string) => {
    const found = tokens.get(name) ?? fallback?.trim();
    if (found === undefined) throw new Error(`card-style: the site's CSS uses ${name}, which the light theme does not define`);
    return found;
  });
  return out.includes('var(') ? resolveVars(out, tokens, depth + 1) : out;
}

/** A selector the card can use: it starts at a chart and uses only classes, elements and attributes (no pseudo-classes). */
function isChartSelector(selector: string): boolean {
  return /^\.chart(?:[-.\s\w[\]='"]|$)/.test(selector) && !selector.includes(':');
}

/**
 * The card stylesheet: every chart rule of the site with the light theme's
 * values in place of var(), and `fontFamily` for every font-family.
 */
export function chartStylesheet(css: string[], fontFamily: string): string {
  const rules = css.flatMap(topLevelRules);
  const tokens = lightTokens(rules);
  const out: string[] = [];
  for (const rule of rules) {
    if (rule.selectors.length === 0 || !rule.selectors.every(isChartSelector)) continue;
    const decls = rule.declarations
      .filter(([name]) => !name.startsWith('--'))
      .map(([name, value]) => `${name}:${name === 'font-family' ? `'${fontFamily}'` : resolveVars(value, tokens)}`);
    if (decls.length) out.push(`${rule.selectors.join(',')}{${decls.join(';')}}`);
  }
  return out.join('\n');
}

/** The light theme's value of one token (for the card's own background, text and accent). */
export function tokenValue(css: string[], name: string): string {
  const value = lightTokens(css.flatMap(topLevelRules)).get(name);
  if (!value) throw new Error(`card-style: the light theme has no ${name}`);
  return value;
}

/** A stylesheet with its @imports inlined, in cascade order. */
function withImports(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const css = readFileSync(file, 'utf8');
  const imported = [...css.matchAll(/@import\s+(?:url\()?\s*['"]([^'"]+)['"]\s*\)?\s*;/g)].flatMap((m) =>
    m[1].startsWith('.') ? withImports(resolve(dirname(file), m[1]), seen) : [],
  );
  return [...imported, css];
}

/** The site's CSS in cascade order: the page stylesheet (with its imports), then each figure's own. */
export function siteCss(root = process.cwd()): string[] {
  const widgets = join(root, 'src/components/widgets');
  const figureCss = readdirSync(widgets)
    .sort()
    .map((name) => join(widgets, name, 'style.css'))
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path, 'utf8'));
  return [...withImports(join(root, 'src/styles/global.css')), ...figureCss];
}
