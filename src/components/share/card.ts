/**
 * Share cards: a 1200×630 PNG per chapter (and one for the site), composed
 * as plain SVG at build time and rasterised by resvg. The figure on a card
 * is the same static SVG the build prints for a step (renderStatic), in the
 * light theme's colours (card-style.ts). The Chinese text is drawn with Noto
 * Sans SC read from node_modules (@expo-google-fonts/noto-sans-sc) by the
 * build only: no font is copied into dist/ and the site never requests one.
 * Shaping text with the whole CJK font costs about a second of CPU per card
 * (about 0.2 s with the subset),
 * so each card's fonts are first cut down to the characters it uses
 * (subset-font, HarfBuzz in WebAssembly), written to a temporary folder for
 * resvg and removed after.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import subsetFont from 'subset-font';
import { renderStatic } from '../widgets/registry';
import { escapeXml } from '../widgets/core/marks';
import { chartStylesheet, siteCss, tokenValue } from './card-style';

/** The size Open Graph and Twitter's large card expect. */
export const CARD = { width: 1200, height: 630 } as const;

/** Width the card's figure is laid out at (then scaled to the panel). */
export const FIGURE_LAYOUT_WIDTH = 440;

export const FONT_FAMILY = 'Noto Sans SC';
const FONT_FILES = ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf'];

/** The font files, resolved from the project's node_modules (build time only). */
export function fontFiles(root = process.cwd()): string[] {
  const require = createRequire(join(root, 'package.json'));
  return FONT_FILES.map((f) => require.resolve(`@expo-google-fonts/noto-sans-sc/${f}`));
}

/** Width of a character in em: CJK and full-width forms are square, Latin about half. */
function charWidth(ch: string): number {
  const code = ch.codePointAt(0)!;
  if (code >= 0x2e80 || (code >= 0x2000 && code <= 0x206f)) return 1;
  if (ch === ' ') return 0.3;
  return 0.6;
}

export function textWidth(text: string): number {
  return [...text].reduce((sum, ch) => sum + charWidth(ch), 0);
}

/** Punctuation that may not start a line (it stays with the line before). */
const NO_LINE_START = new Set([...'，。、：；！？）」』》〉”’·…,.:;!?)']);
/** Punctuation after which a line breaks well. */
const BREAK_AFTER = new Set([...'，。、：；！？」』》）']);

/**
 * Break a title into lines of at most `maxEm` (in em), at most `maxLines`.
 * Chinese breaks between any two characters, but a line breaks after a
 * punctuation mark when one falls in its second half, and a closing mark
 * never starts a line. Returns null when the title needs more lines.
 */
export function wrapTitle(title: string, maxEm: number, maxLines: number): string[] | null {
  const chars = [...title];
  const lines: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = start;
    let width = 0;
    while (end < chars.length && width + charWidth(chars[end]) <= maxEm) width += charWidth(chars[end++]);
    if (end < chars.length) {
      // Keep a closing mark with this line (a little past the measure).
      while (end < chars.length && NO_LINE_START.has(chars[end])) end++;
      let nice = -1;
      for (let j = end - 1; j > start + (end - start) / 2; j--) {
        if (BREAK_AFTER.has(chars[j])) {
          nice = j + 1;
          break;
        }
      }
      if (nice > 0 && nice < end) end = nice;
    }
    lines.push(chars.slice(start, end).join(''));
    start = end;
  }
  return lines.length <= maxLines ? lines : null;
}

/**
 * Lines of a title with no stub at the end: when the last line would hold less
 * than a third of the measure (盈利锁定与平仓风 / 险), the measure shrinks
 * while the number of lines stays the same (盈利锁定与 / 平仓风险).
 */
export function balancedTitle(title: string, maxEm: number, maxLines: number): string[] | null {
  const lines = wrapTitle(title, maxEm, maxLines);
  if (!lines || lines.length < 2 || textWidth(lines[lines.length - 1]) >= maxEm / 3) return lines;
  let best = lines;
  for (let em = maxEm - 0.5; em >= 1; em -= 0.5) {
    const next = wrapTitle(title, em, lines.length);
    if (!next || next.length !== lines.length) break;
    best = next;
  }
  return best;
}

/** The largest title size (from the list) that fits the column in `maxLines` lines. */
function fitTitle(title: string, column: number, sizes: number[], maxLines: number): { size: number; lines: string[] } {
  for (const size of sizes) {
    const lines = balancedTitle(title, column / size, maxLines);
    if (lines) return { size, lines };
  }
  const size = sizes[sizes.length - 1];
  const lines = wrapTitle(title, column / size, Infinity)!;
  return { size, lines: [...lines.slice(0, maxLines - 1), `${lines.slice(maxLines - 1).join('').slice(0, Math.floor(column / size) - 1)}…`] };
}

export interface CardContent {
  /** The line at the top: the site's name (accent) and a line beside it. */
  top?: { name: string; line: string };
  /** Above the title, e.g. 第 3 章. */
  label?: string;
  title: string;
  /** Under the title (smaller). */
  subtitle?: string;
  /** A large title (the site's own card). */
  large?: boolean;
  /** The figure drawn on the right, at a declared state. */
  figure: { name: string; state: unknown };
}

interface Theme {
  bg: string;
  fg: string;
  muted: string;
  accent: string;
  line: string;
  chartCss: string;
}

let themeCache: Theme | null = null;
/** The light theme's page colours and chart stylesheet, read once per build from the site's CSS. */
export function cardTheme(): Theme {
  if (themeCache) return themeCache;
  const css = siteCss();
  themeCache = {
    bg: tokenValue(css, '--bg'),
    fg: tokenValue(css, '--fg'),
    muted: tokenValue(css, '--muted'),
    accent: tokenValue(css, '--accent'),
    line: tokenValue(css, '--line'),
    chartCss: chartStylesheet(css, FONT_FAMILY),
  };
  return themeCache;
}

function text(x: number, y: number, size: number, fill: string, content: string, weight = 400): string {
  return `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(content)}</text>`;
}

/** The card as SVG markup (1200×630): text on the left, the figure in a panel on the right. */
export function cardSvg(content: CardContent, theme: Theme = cardTheme()): string {
  const { width: W, height: H } = CARD;
  const left = 64;
  const column = 452;
  // The figure is laid out at a phone-like width and scaled up, so its labels stay legible on a small preview.
  const drawn = renderStatic(content.figure.name, content.figure.state, FIGURE_LAYOUT_WIDTH);
  const inset = 18;
  const room = { x: 560, y: 44, width: 596, height: H - 88 };
  const scale = Math.min((room.width - 2 * inset) / drawn.width, (room.height - 2 * inset) / drawn.height);
  const area = { width: drawn.width * scale, height: drawn.height * scale, x: 0, y: 0 };
  const panel = { x: room.x, width: room.width, height: area.height + 2 * inset, y: 0 };
  panel.y = Math.round(room.y + (room.height - panel.height) / 2);
  area.x = room.x + (room.width - area.width) / 2;
  area.y = panel.y + inset;

  const parts: string[] = [];
  parts.push(`<rect width="${W}" height="${H}" fill="${theme.bg}"/>`);
  parts.push(`<rect width="14" height="${H}" fill="${theme.accent}"/>`);
  if (content.top) {
    parts.push(text(left, 104, 34, theme.accent, content.top.name, 700));
    parts.push(text(left + textWidth(content.top.name) * 34 + 16, 102, 22, theme.muted, content.top.line));
  }

  let y = content.top ? 196 : content.large ? 210 : 150;
  if (content.label) {
    parts.push(text(left, y, 30, theme.muted, content.label, 700));
    y += 40;
  }
  const big = content.large ? [104, 88, 72] : [56, 50, 44];
  const title = fitTitle(content.title, column, big, 4);
  const lineHeight = Math.round(title.size * 1.3);
  y += title.size;
  title.lines.forEach((line, i) => parts.push(text(left, y + i * lineHeight, title.size, theme.fg, line, 700)));
  y += (title.lines.length - 1) * lineHeight;
  if (content.subtitle) {
    const sub = fitTitle(content.subtitle, column, [34, 30, 26], 3);
    y += Math.round(sub.size * 0.9);
    for (const line of sub.lines) {
      y += Math.round(sub.size * 1.45);
      parts.push(text(left, y, sub.size, theme.fg, line));
    }
  }

  parts.push(
    `<rect x="${panel.x}" y="${panel.y}" width="${panel.width}" height="${panel.height}" rx="18" fill="${theme.bg}" stroke="${theme.line}" stroke-width="2"/>`,
  );
  parts.push(
    `<svg x="${area.x}" y="${area.y}" width="${area.width}" height="${area.height}" viewBox="0 0 ${drawn.width} ${drawn.height}" preserveAspectRatio="xMidYMid meet">` +
      `<g class="chart chart-${escapeXml(content.figure.name)}">${drawn.markup}</g></svg>`,
  );

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${FONT_FAMILY}">` +
    `<style>${theme.chartCss}</style>${parts.join('')}</svg>`
  );
}

const fontSources = new Map<string, Uint8Array>();
function fontSource(file: string): Uint8Array {
  let buf = fontSources.get(file);
  if (!buf) fontSources.set(file, (buf = readFileSync(file)));
  return buf;
}

/** The characters a card's SVG draws (its text nodes, outside the stylesheet). */
export function drawnCharacters(svg: string): string {
  const body = svg.replace(/<style>[\s\S]*?<\/style>/g, '');
  const texts = [...body.matchAll(/>([^<]+)</g)].map((m) => m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
  return [...new Set([...texts.join(''), '…'])].join('');
}

export interface Raster {
  png: Uint8Array;
  /** RGBA, row by row. */
  pixels: Uint8Array;
  width: number;
  height: number;
}

/** Rasterise an SVG with the build-time font (cut down to the characters it draws). */
export async function rasterise(svg: string): Promise<Raster> {
  const chars = drawnCharacters(svg);
  const dir = mkdtempSync(join(tmpdir(), 'basis-card-font-'));
  try {
    const files = await Promise.all(
      fontFiles().map(async (file, i) => {
        const path = join(dir, `${i}.ttf`);
        writeFileSync(path, await subsetFont(fontSource(file), chars, { targetFormat: 'truetype' }));
        return path;
      }),
    );
    const resvg = new Resvg(svg, {
      fitTo: { mode: 'original' },
      font: { fontFiles: files, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
    });
    const image = resvg.render();
    return { png: image.asPng(), pixels: image.pixels, width: image.width, height: image.height };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A card's SVG as PNG. */
export async function renderPng(svg: string): Promise<Uint8Array> {
  return (await rasterise(svg)).png;
}
