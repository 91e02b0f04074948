#!/usr/bin/env node
/**
 * `npm run bench`: median time per call of each engine benchmark (tests/bench/cases.ts)
 * against its budget, and of the same call on the pre-optimisation reference code
 * (tests/support/reference) for a before/after view under the same machine load
 * (`npm run bench -- --no-reference` skips those; other arguments filter by name). The TypeScript is bundled with esbuild (already installed with
 * Astro/Vite) into a temporary module, then timed with performance.now():
 * warm-up first (so the JIT has optimised the code), then at least MIN_SAMPLES calls and
 * MIN_TIME ms. Never fails: the budgets are a target, not a test (exit code 0 unless the
 * engine throws). Other processes on the machine inflate the numbers; the load average is
 * printed so a reader can judge.
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const WARMUP_TIME = 300; // ms per benchmark
const MIN_SAMPLES = 30;
const MIN_TIME = 2000; // ms per benchmark

const here = dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'engine-bench-'));
let CASES;
try {
  const outfile = join(dir, 'cases.mjs');
  await build({ entryPoints: [join(here, 'cases.ts')], bundle: true, format: 'esm', platform: 'node', target: 'node20', outfile, logLevel: 'error' });
  ({ CASES } = await import(pathToFileURL(outfile).href));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const args = process.argv.slice(2);
const withReference = !args.includes('--no-reference');
const only = args.filter((a) => !a.startsWith('--'));
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const fmt = (ms) => (ms >= 10 ? ms.toFixed(1) : ms >= 0.1 ? ms.toFixed(3) : ms.toFixed(4));

/** Median (and quartiles) of one function's time per call, after a warm-up. */
function time(fn) {
  let t0 = performance.now();
  while (performance.now() - t0 < WARMUP_TIME) fn();
  const samples = [];
  const cpu0 = process.cpuUsage();
  t0 = performance.now();
  while (samples.length < MIN_SAMPLES || performance.now() - t0 < MIN_TIME) {
    const s = performance.now();
    fn();
    samples.push(performance.now() - s);
  }
  const cpu = process.cpuUsage(cpu0);
  samples.sort((a, b) => a - b);
  return {
    median: quantile(samples, 0.5),
    p25: quantile(samples, 0.25),
    p75: quantile(samples, 0.75),
    samples: samples.length,
    // Process CPU time (all threads, GC included) per call: less sensitive to other processes than wall time.
    cpu: (cpu.user + cpu.system) / 1000 / samples.length,
  };
}

/** A plain Float64Array loop (1.5 million adds, about 3 ms on this machine when it is quiet): how busy it is now. */
function machineCheck() {
  const a = new Float64Array(500);
  return time(() => {
    for (let r = 0; r < 3000; r++) for (let i = 0; i < 500; i++) a[i] += 1e-7;
  }).median;
}

const rows = [];
const before = machineCheck();
for (const c of CASES) {
  if (only.length && !only.some((s) => c.name.toLowerCase().includes(s.toLowerCase()))) continue;
  const t = time(c.fn);
  const ref = withReference && c.reference ? time(c.reference) : null;
  rows.push({
    name: c.name,
    ...t,
    budget: c.budgetMs,
    verdict: c.budgetMs === null ? '—' : t.median <= c.budgetMs ? 'PASS' : 'OVER',
    reference: ref ? ref.median : null,
  });
}
const after = machineCheck();

const cores = typeof availableParallelism === 'function' ? availableParallelism() : cpus().length;
console.log(`Engine benchmarks — Node ${process.version}, ${cores} cores (${cpus()[0]?.model ?? 'unknown CPU'}), load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`machine check (1.5 million Float64Array adds, ≈ 3 ms when quiet): ${fmt(before)} ms before, ${fmt(after)} ms after the benchmarks`);
console.log(`median of ≥ ${MIN_SAMPLES} calls and ≥ ${MIN_TIME / 1000} s after ${WARMUP_TIME} ms warm-up; times in ms per call; cpu = process CPU time per call (GC threads included); "before" = median of the pre-optimisation reference code on the same input\n`);
const head = ['benchmark', 'median', 'budget', 'result', 'p25', 'p75', 'cpu', 'samples', 'before', 'speed-up'];
const table = rows.map((r) => [
  r.name, fmt(r.median), r.budget === null ? '—' : String(r.budget), r.verdict, fmt(r.p25), fmt(r.p75), fmt(r.cpu), String(r.samples),
  r.reference === null ? '—' : fmt(r.reference), r.reference === null ? '—' : `${(r.reference / r.median).toFixed(1)}×`,
]);
const widths = head.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
const line = (cells) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
console.log(line(head));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const t of table) console.log(line(t));
const over = rows.filter((r) => r.verdict === 'OVER').length;
const budgeted = rows.filter((r) => r.budget !== null).length;
console.log(`\n${budgeted - over}/${budgeted} within budget${over ? ` (${over} over: rerun on an idle machine before concluding)` : ''}`);
