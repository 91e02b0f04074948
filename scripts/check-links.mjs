#!/usr/bin/env node
/**
 * Links gate: every internal link and anchor in a build resolves, and every
 * external link is a well-formed https URL.
 *
 *   node scripts/check-links.mjs [distDir] [basePath]   (default: ./dist and /)
 *
 * Internal: root-relative or relative href/src in every HTML page must name a
 * file of the build (a folder means its index.html), inside the base path; a
 * #fragment must be an id on the target page. External: http(s) links must
 * parse as URLs and use https. Prints the counts; exit 1 on any broken link.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(process.argv[2] ?? process.env.DIST_DIR ?? join(root, 'dist'));
const base = process.argv[3] ?? '/';

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

const decode = (s) => s.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');
const pages = [...files(dist)].filter((f) => f.endsWith('.html'));
const idsCache = new Map();
function idsOf(file) {
  if (!idsCache.has(file)) idsCache.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]))));
  return idsCache.get(file);
}

/** The build file a URL path names, or null. */
function target(urlPath) {
  if (!urlPath.startsWith(base)) return null;
  const rel = decodeURIComponent(urlPath.slice(base.length));
  const path = join(dist, rel);
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  return existsSync(index) ? index : null;
}

const broken = [];
let internal = 0;
let anchors = 0;
let external = 0;
for (const page of pages) {
  const html = readFileSync(page, 'utf8');
  const pagePath = base + posix.normalize(page.slice(dist.length + 1).replace(/\\/g, '/')).replace(/index\.html$/, '');
  for (const m of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
    const raw = decode(m[2]);
    const where = `${pagePath}: ${m[1]}="${raw}"`;
    if (/^(mailto:|tel:|data:|javascript:)/.test(raw)) continue;
    if (/^[a-z]+:/i.test(raw) || raw.startsWith('//')) {
      external += 1;
      try {
        const url = new URL(raw.startsWith('//') ? `https:${raw}` : raw);
        // The site's own canonical/og URLs point at its configured host; anything else must be https.
        if (url.protocol !== 'https:' && !['127.0.0.1', 'localhost'].includes(url.hostname)) broken.push(`${where} (not https)`);
      } catch {
        broken.push(`${where} (malformed URL)`);
      }
      continue;
    }
    const url = new URL(raw, `http://site${pagePath}`);
    const file = raw.startsWith('#') ? page : target(url.pathname);
    if (!raw.startsWith('#')) internal += 1;
    if (!file) {
      broken.push(`${where} (no such file)`);
      continue;
    }
    if (url.hash && url.hash !== '#') {
      anchors += 1;
      const id = decodeURIComponent(url.hash.slice(1));
      if (file.endsWith('.html') && !idsOf(file).has(id)) broken.push(`${where} (no id "${id}")`);
    }
  }
}
console.log(`links: ${pages.length} pages, ${internal} internal links, ${anchors} anchors, ${external} external links checked under ${base}; ${broken.length} broken`);
for (const b of broken.slice(0, 50)) console.log(`  broken: ${b}`);
process.exit(broken.length ? 1 : 0);
