#!/usr/bin/env node
/**
 * `npm test`: every check the project has, in one run, ending with the one
 * plain line CI reads: "N passed, N failed" (totals of all suites).
 *   1. type-check (astro check)          counted as 1 check
 *   2. static build (astro build)        counted as 1 check
 *   3. unit tests (Vitest)                each test counted
 *   4. browser tests (Playwright, Debian chromium, against scripts/serve-dist.mjs, the gzip static server)
 *      then the Lighthouse gate (scripts/check-lighthouse.mjs: same build, same kind of server), 1 check
 *   5. budgets (scripts/check-budget.mjs), a sub-path build (scripts/check-subpath.mjs) and the
 *      copied-text check (seed_overlap.py), 1 check each
 * Every step runs even when an earlier one failed, so the totals are complete. Without
 * Chromium, steps 1–3 still run and the browser part fails with the install hint.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH } from './lib/chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
const chromium = CHROMIUM_PATH;
let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, args, options = {}) {
  console.log(`\n━━ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit', ...options });
  // Each step's time in the log, so the whole run's budget (20 minutes in CI) can be watched.
  console.log(`━━ ${label}: ${result.status === 0 ? 'ok' : 'failed'} in ${Math.round((Date.now() - started) / 1000)} s`);
  return result.status === 0;
}

function check(label, ok) {
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

// Without Chromium the type check, build and unit tests still run; the browser part then fails with the install hint.
const haveChromium = existsSync(chromium);

check('astro check', run('type-check', 'npx', ['astro', 'check']));
const built = run('build', 'npx', ['astro', 'build']);
check('astro build', built);

rmSync(join(root, 'test-results'), { recursive: true, force: true });
run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json']);
const unit = readJson(join(root, 'test-results/unit.json'));
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  if (unit.numFailedTests) failures.push(`${unit.numFailedTests} unit test(s)`);
  if (unit.numTotalTests === 0 || unit.testResults.some((f) => f.status === 'failed' && f.assertionResults.length === 0)) {
    check('unit test files load', false);
  }
} else check('unit tests ran', false);

if (!haveChromium) {
  console.error(
    `\n━━ browser tests: no Chromium at ${chromium}. The browser tests use Debian's chromium, never a downloaded browser.\n` +
      'Install it (and a CJK font) with:  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk\n' +
      'or point CHROMIUM_PATH at an existing Chromium binary.',
  );
  check('browser tests (Chromium missing)', false);
} else if (built) {
  run('browser tests', 'npx', ['playwright', 'test', '--project=chromium', '--project=smoothness', '--project=smoothness-4x']);
  const e2e = readJson(join(root, 'test-results/e2e.json'));
  if (e2e) {
    const { expected = 0, unexpected = 0, flaky = 0 } = e2e.stats ?? {};
    passed += expected + flaky;
    failed += unexpected;
    if (unexpected) failures.push(`${unexpected} browser test(s)`);
    if ((e2e.errors ?? []).length) check('browser test files load', false);
  } else check('browser tests ran', false);
  // After the browser tests, alone on the machine: simulated-throttling scores suffer from a busy CPU.
  check('lighthouse', run('lighthouse', 'node', ['scripts/check-lighthouse.mjs']));
}
if (built) {
  check('budgets', run('budgets', 'node', ['scripts/check-budget.mjs']));
  check('links', run('links', 'node', ['scripts/check-links.mjs']));
  check('sub-path deploy', run('sub-path deploy', 'node', ['scripts/check-subpath.mjs']));
} else {
  check('browser tests (not run: build failed)', false);
}

const overlap = resolve(root, '../shared/tools/seed_overlap.py');
if (existsSync(overlap)) check('no text copied from the article', run('copied text', 'python3', [overlap, 'src']));
else console.log('\n(../shared/tools/seed_overlap.py not found: copied-text check skipped)');

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
