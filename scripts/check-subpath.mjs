#!/usr/bin/env node
/**
 * Builds the site under a sub-path (BASE_PATH=/sub-path-check/) into a
 * temporary folder and checks that every root-relative href/src in every
 * page stays inside that sub-path, so the README's deploy recipe works,
 * and that every link and anchor of that build resolves (check-links.mjs).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const base = '/sub-path-check/';
const out = mkdtempSync(join(tmpdir(), 'basis-subpath-'));
const build = spawnSync('npx', ['astro', 'build', '--outDir', out], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, BASE_PATH: base, SITE_URL: 'https://example.org', ASTRO_TELEMETRY_DISABLED: '1' },
});
if (build.status !== 0) {
  console.error('sub-path build failed');
  process.exit(1);
}

function* htmlFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* htmlFiles(path);
    else if (name.endsWith('.html')) yield path;
  }
}

let pages = 0;
let links = 0;
const outside = [];
for (const file of htmlFiles(out)) {
  pages += 1;
  const html = readFileSync(file, 'utf8');
  for (const m of html.matchAll(/\b(?:href|src)="(\/[^"]*)"/g)) {
    links += 1;
    if (!m[1].startsWith(base)) outside.push(`${file.slice(out.length)}: ${m[1]}`);
  }
}
// Every link and anchor of the sub-path build resolves too.
const linkCheck = spawnSync('node', [join(import.meta.dirname, 'check-links.mjs'), out, base], { stdio: 'inherit' });
rmSync(out, { recursive: true, force: true });
console.log(`sub-path build: ${pages} pages, ${links} root-relative links, ${outside.length} outside ${base}`);
for (const line of outside.slice(0, 20)) console.log(`  ${line}`);
process.exit(outside.length || pages === 0 || linkCheck.status !== 0 ? 1 : 0);
