// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
// The one reader of <Scrolly>/<Step> declarations (loaded through Vite, like the rest of the config).
import { remarkSteps } from './src/components/scrolly/remark-steps.ts';

// SITE and BASE_PATH let the same build be deployed under a sub-path,
// e.g. BASE_PATH=/basis-trade/ for https://example.org/basis-trade/.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  base,
  trailingSlash: 'always',
  output: 'static',
  integrations: [mdx({ remarkPlugins: [remarkSteps] })],
  build: { inlineStylesheets: 'auto' },
  // No remote images, fonts or scripts: the site must work offline and in mainland China.
  image: { domains: [] },
  devToolbar: { enabled: false },
  // The content cache lives in the work tree (.astro/), not in node_modules, so work trees that share
  // node_modules never see each other's chapters.
  cacheDir: './.astro/cache',
});
