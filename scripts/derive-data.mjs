#!/usr/bin/env node
// Derive the site's compact datasets (src/data/*.json) from the verified series in
// ../shared/data (override with SHARED_DATA_DIR). Output is deterministic: running it
// twice gives byte-identical files. See src/data/README.md.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { run, defaultSharedDir, hasInputs, REPO_ROOT } from './lib/io.mjs';

const sharedDir = defaultSharedDir();
if (!hasInputs(sharedDir)) {
  console.error(`derive-data: shared data not found in ${sharedDir} (set SHARED_DATA_DIR). The committed src/data/*.json are unchanged.`);
  process.exit(1);
}
for (const { file, bytes } of run({ sharedDir })) {
  const gz = gzipSync(readFileSync(file), { level: 9 }).length;
  console.log(`${relative(REPO_ROOT, file).padEnd(32)} ${String(bytes).padStart(7)} B  ${String(gz).padStart(6)} B gzip`);
}
