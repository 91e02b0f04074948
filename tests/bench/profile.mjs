#!/usr/bin/env node
/**
 * Profiling driver: `node tests/bench/profile.mjs "<part of a case name>" [calls]` bundles
 * tests/bench/cases.ts as run.mjs does, warms the case up, then runs it `calls` times (default
 * 100) and prints min / median wall time and CPU time per call. Add node flags for a profile, e.g.
 * `node --cpu-prof --cpu-prof-dir=/tmp/prof tests/bench/profile.mjs "5,000 funds" 100`
 * (the bundle is kept in a temporary directory until the process ends, so the profile's line
 * numbers can be read against it: its path is printed).
 */
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outfile = join(mkdtempSync(join(tmpdir(), 'engine-profile-')), 'cases.mjs');
await build({ entryPoints: [join(here, 'cases.ts')], bundle: true, format: 'esm', platform: 'node', target: 'node20', outfile, logLevel: 'error' });
const { CASES } = await import(pathToFileURL(outfile).href);
const want = (process.argv[2] ?? '5,000 funds').toLowerCase();
const n = Number(process.argv[3] ?? 100);
const c = CASES.find((x) => x.name.toLowerCase().includes(want));
if (!c) throw new Error(`no case matches "${want}": ${CASES.map((x) => x.name).join('; ')}`);
for (let i = 0; i < Math.min(20, n); i++) c.fn();
const samples = [];
const cpu0 = process.cpuUsage();
for (let i = 0; i < n; i++) {
  const s = performance.now();
  c.fn();
  samples.push(performance.now() - s);
}
const cpu = process.cpuUsage(cpu0);
samples.sort((a, b) => a - b);
console.log(`${c.name}: ${n} calls, wall min ${samples[0].toFixed(3)} ms, median ${samples[n >> 1].toFixed(3)} ms, cpu ${((cpu.user + cpu.system) / 1000 / n).toFixed(3)} ms per call (bundle: ${outfile})`);
