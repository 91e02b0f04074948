// File I/O around the pure derivation in ./derive.mjs.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INPUT_FILES, deriveAll } from './derive.mjs';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Shared data folder: $SHARED_DATA_DIR, else ../shared/data relative to the repo root. */
export function defaultSharedDir(env = process.env) {
  return env.SHARED_DATA_DIR ? resolve(env.SHARED_DATA_DIR) : resolve(REPO_ROOT, '..', 'shared', 'data');
}

export const DEFAULT_OUT_DIR = join(REPO_ROOT, 'src', 'data');

/** True when every input file exists under `sharedDir`. */
export function hasInputs(sharedDir = defaultSharedDir()) {
  return Object.values(INPUT_FILES).every((f) => existsSync(join(sharedDir, f)));
}

/**
 * Read the source files.
 * @param {string} sharedDir
 * @returns {Record<keyof typeof INPUT_FILES, string>}
 */
export function readInputs(sharedDir) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const [k, f] of Object.entries(INPUT_FILES)) out[k] = readFileSync(join(sharedDir, f), 'utf8');
  return /** @type {Record<keyof typeof INPUT_FILES, string>} */ (out);
}

/**
 * Derive every dataset from `sharedDir` and write it into `outDir`.
 * @param {{ sharedDir?: string, outDir?: string }} [opts]
 * @returns {{ file: string, bytes: number }[]}
 */
export function run(opts = {}) {
  const sharedDir = opts.sharedDir ?? defaultSharedDir();
  const outDir = opts.outDir ?? DEFAULT_OUT_DIR;
  const files = deriveAll(readInputs(sharedDir));
  mkdirSync(outDir, { recursive: true });
  return Object.entries(files).map(([name, text]) => {
    const file = join(outDir, name);
    writeFileSync(file, text);
    return { file, bytes: Buffer.byteLength(text) };
  });
}
