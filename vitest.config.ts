/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The same alias as tsconfig.json's `paths` (Astro reads it from there): one locale folder.
  resolve: { alias: { '@strings': fileURLToPath(new URL('./src/i18n/zh-CN', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
    environment: 'node',
    // Several tests draw every step of a chapter; on a loaded 2-core machine 5 s is too tight.
    testTimeout: 30_000,
  },
});
