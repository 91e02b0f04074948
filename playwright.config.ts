import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './scripts/lib/chromium.mjs';

// Debian's chromium, never a downloaded browser (see README and STACK.md).
const port = Number(process.env.PREVIEW_PORT ?? 4321);
// DIST_DIR lets several builds be served side by side (e.g. while developing in parallel).
const distDir = process.env.DIST_DIR ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_FLAGS,
    },
  },
  projects: [
    { name: 'chromium', testIgnore: /smoothness\//, use: { ...devices['Desktop Chrome'], channel: undefined } },
    // Measurements of smoothness run last and alone, so other tests do not compete for the CPU.
    { name: 'smoothness', testMatch: /smoothness\/cascade-drag\.spec\.ts/, dependencies: ['chromium'], use: { ...devices['Desktop Chrome'], channel: undefined } },
    // The same with the CPU slowed down 4× (a mid-range phone), after the one above, also alone (run it
    // without the others with `npm run gate:smoothness-4x`).
    { name: 'smoothness-4x', testMatch: /smoothness\/throttled\.spec\.ts/, dependencies: ['smoothness'], use: { ...devices['Desktop Chrome'], channel: undefined } },
  ],
  // The same gzip static server as the Lighthouse gate (scripts/serve-dist.mjs), so every browser
  // gate measures one built site served as a real host would serve it.
  webServer: {
    command: `node scripts/serve-dist.mjs --dir ${JSON.stringify(distDir)} --port ${port} --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    // Never test against a stale server left running on the port: start the one for this build.
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
