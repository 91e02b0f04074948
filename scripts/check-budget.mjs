#!/usr/bin/env node
/**
 * Weight budget per page, after a build (issue 11): eager JavaScript, all the
 * JavaScript a page can load, CSS, HTML, first-view transfer (HTML + CSS +
 * eager JS) and data, all gzip; and no font file anywhere in the build.
 *
 *   node scripts/check-budget.mjs [distDir]      (default: $DIST_DIR or ./dist)
 *
 * For every chapter page and the /data/ page: start from the page's module
 * scripts (src="…" and inline `import`s), follow the module graph of the
 * chunks in dist/_astro (static `import … from`, side-effect `import "…"`,
 * and dynamic `import("…")`), and add up the gzip size of every chunk the
 * page can load. Dynamic imports of figures are followed only for the
 * figures the page shows (`data-figure="…"`): the client registry maps each
 * figure folder to its own lazy chunk.
 *
 * Data bytes: the datasets (src/data/*.json) are bundled into chunks as
 * array literals or JSON.parse strings, and Vite keeps only the columns a
 * figure uses. So the script finds every long array of numbers / nulls /
 * ISO dates (20+ items) in the chunks a page loads, names it when it equals
 * a column of a dataset, and counts the gzip size of all of them together
 * (deduplicated) as the page's data. Exit 1 if any page loads
 * more than 60 kB gzip of data. Prints one line per page.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, dirname, resolve, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const DATA_LIMIT = 60 * 1024;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(process.argv[2] ?? process.env.DIST_DIR ?? join(root, 'dist'));
if (!existsSync(dist)) {
  console.error(`check-budget: no build at ${dist} (run astro build first)`);
  process.exit(2);
}

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1);

// Columns of the datasets, to name the arrays found in chunks.
const dataDir = join(root, 'src', 'data');
const columnNames = new Map();
function collectColumns(name, value, path) {
  if (Array.isArray(value)) {
    if (value.length >= 20 && value.every((v) => v === null || typeof v === 'number' || typeof v === 'string')) {
      columnNames.set(JSON.stringify(value), `${name}:${path}`);
    } else value.forEach((v, i) => collectColumns(name, v, `${path}[${i}]`));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) collectColumns(name, v, path ? `${path}.${k}` : k);
  }
}
for (const f of readdirSync(dataDir).filter((f) => f.endsWith('.json'))) {
  collectColumns(f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dataDir, f), 'utf8')), '');
}
const ITEM = String.raw`(?:-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?|null|"\d{4}-\d{2}(?:-\d{2})?")`;
const DATA_ARRAY = new RegExp(String.raw`\[(?:${ITEM},){19,}${ITEM}\]`, 'g');
/** Parse a minified array literal ('.25' → 0.25) back to JSON. */
function parseArray(text) {
  try {
    return JSON.parse(text.replace(/(^|[,[])(-?)\./g, '$10.').replace(/(^|[,[])-0\./g, '$1-0.'));
  } catch {
    return null;
  }
}

// Pages: every chapter and the data page.
function htmlFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? htmlFiles(p) : name.endsWith('.html') ? [p] : [];
  });
}
const pages = htmlFiles(dist).filter((p) => !p.includes(`${join(dist, 'embed')}`));
if (pages.length === 0) {
  console.error(`check-budget: no chapter or data page under ${dist}`);
  process.exit(2);
}

const STATIC_IMPORT = /(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["']([^"']+\.js)["']\s*\)/g;
// The client registry's lazy loaders: "./<figure>/index.ts": () => import("./chunk.js")
const FIGURE_LOADER = /["']\.\/([\w-]+)\/index\.ts["']\s*:\s*\(\)\s*=>\s*(?:[\w$]+\(\s*\(\)\s*=>\s*)?import\(\s*["']([^"']+\.js)["']\s*\)/g;

function resolveChunk(spec, fromFile) {
  if (spec.startsWith('/')) {
    const base = spec.replace(/^\/+/, '');
    // Strip a deploy base path: find the "_astro/" segment.
    const i = base.indexOf('_astro/');
    return join(dist, i >= 0 ? base.slice(i) : base);
  }
  return resolve(dirname(fromFile), spec);
}

/** Limits in bytes (gzip), issue 11: per page. */
const LIMITS = { eager: 30 * 1024, eagerHome: 15 * 1024, allJs: 130 * 1024, css: 20 * 1024, html: 60 * 1024, firstView: 200 * 1024 };

function chunkGraph(entries, figures, followDynamic = true) {
  const seen = new Map();
  const stack = [...entries];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file) || !existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    seen.set(file, text);
    const figureChunks = new Map();
    for (const m of text.matchAll(FIGURE_LOADER)) figureChunks.set(resolveChunk(m[2], file), m[1]);
    for (const m of text.matchAll(STATIC_IMPORT)) stack.push(resolveChunk(m[1], file));
    for (const m of followDynamic ? text.matchAll(DYNAMIC_IMPORT) : []) {
      const target = resolveChunk(m[1], file);
      const figure = figureChunks.get(target);
      if (figure === undefined || figures.has(figure)) stack.push(target);
    }
  }
  return seen;
}

let failed = false;
const rows = [];
for (const page of pages.sort()) {
  const html = readFileSync(page, 'utf8');
  const pageFile = join(dist, '__page__.html');
  const entries = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=["']([^"']+\.js)["'][^>]*>/g)) entries.push(resolveChunk(m[1], pageFile));
  for (const m of html.matchAll(/<script\b[^>]*type=["']module["'][^>]*>([\s\S]*?)<\/script>/g)) {
    for (const i of m[1].matchAll(STATIC_IMPORT)) entries.push(resolveChunk(i[1], pageFile));
    for (const i of m[1].matchAll(DYNAMIC_IMPORT)) entries.push(resolveChunk(i[1], pageFile));
  }
  const eagerEntries = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=["']([^"']+\.js)["'][^>]*>/g)) eagerEntries.push(resolveChunk(m[1], pageFile));
  for (const m of html.matchAll(/<script\b[^>]*type=["']module["'][^>]*>([\s\S]*?)<\/script>/g)) {
    for (const i of m[1].matchAll(STATIC_IMPORT)) eagerEntries.push(resolveChunk(i[1], pageFile));
  }
  let eager = 0;
  for (const [, text] of chunkGraph(eagerEntries, new Set(), false)) eager += gz(Buffer.from(text));
  let css = 0;
  for (const m of html.matchAll(/<link\b[^>]*rel=["']stylesheet["'][^>]*href=["']([^"']+)["'][^>]*>/g)) {
    const file = resolveChunk(m[1], pageFile);
    if (existsSync(file)) css += gz(readFileSync(file));
  }
  const htmlGz = gz(Buffer.from(html));
  const figures = new Set([...html.matchAll(/data-figure=["']([\w-]+)["']/g)].map((m) => m[1]));
  const graph = chunkGraph(entries, figures);
  let js = 0;
  const arrays = new Set();
  for (const [, text] of graph) {
    js += gz(Buffer.from(text));
    for (const m of text.matchAll(DATA_ARRAY)) arrays.add(m[0]);
  }
  const found = new Set();
  for (const a of arrays) {
    const parsed = parseArray(a);
    const name = parsed ? columnNames.get(JSON.stringify(parsed)) : undefined;
    found.add(name ? name.split(':')[0] : 'other');
  }
  const data = arrays.size ? gz(Buffer.from([...arrays].join('\n'))) : 0;
  const name = ('/' + relative(dist, dirname(page)).replace(/\\/g, '/') + '/').replace(/^\/\.?\/$/, '/') + (page.endsWith('index.html') ? '' : page.split('/').pop());
  const firstView = htmlGz + css + eager;
  const over = [
    data > DATA_LIMIT && 'data',
    eager > (name === '/' ? LIMITS.eagerHome : LIMITS.eager) && 'eager js',
    js > LIMITS.allJs && 'all js',
    css > LIMITS.css && 'css',
    htmlGz > LIMITS.html && 'html',
    firstView > LIMITS.firstView && 'first view',
  ].filter(Boolean);
  failed ||= over.length > 0;
  rows.push(
    `${over.length ? 'FAIL' : 'ok  '} ${name.padEnd(38)} ${kb(eager).padStart(6)} ${kb(js).padStart(6)} ${kb(css).padStart(5)} ${kb(htmlGz).padStart(5)} ${kb(firstView).padStart(6)} ${kb(data).padStart(5)}` +
      (over.length ? `  over: ${over.join(', ')}` : '') +
      (figures.size ? `  figures: ${[...figures].join(', ')}` : '') +
      (found.size ? ` [data: ${[...found].sort().join(', ')}]` : ''),
  );
}
const fonts = listFonts(dist);
function listFonts(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? listFonts(p) : /\.(woff2?|ttf|otf|eot)$/i.test(n) ? [relative(dist, p)] : [];
  });
}
console.log(`${'     page'.padEnd(43)} ${'eager'.padStart(6)} ${'all js'.padStart(6)} ${'css'.padStart(5)} ${'html'.padStart(5)} ${'first'.padStart(6)} ${'data'.padStart(5)}   (kB gzip)`);
for (const r of rows) console.log(r);
console.log(
  `limits: eager JS ${kb(LIMITS.eager)} (home ${kb(LIMITS.eagerHome)}), all JS ${kb(LIMITS.allJs)}, CSS ${kb(LIMITS.css)}, HTML ${kb(LIMITS.html)}, first view ${kb(LIMITS.firstView)}, data ${kb(DATA_LIMIT)} kB gzip; font files in the build: ${fonts.length ? fonts.join(', ') : 'none'}`,
);
if (fonts.length) failed = true;
console.log(`${failed ? 'over budget' : 'within budget'}: ${pages.length} pages checked`);
process.exit(failed ? 1 : 0);
