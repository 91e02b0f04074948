// Development aid: screenshot a page of the running preview with Debian chromium.
// Usage: node scripts/screenshot.mjs <url> <out.png> [width] [height] [nojs|full|dark|scroll:<px>]
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/chromium.mjs';
const [url, out, w, h, extra] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
const page = await browser.newPage({ viewport: { width: +w || 1280, height: +h || 800 }, javaScriptEnabled: extra !== 'nojs', colorScheme: extra === 'dark' ? 'dark' : 'light' });
const errors = [];
page.on('console', m => { if (m.type() === 'error' || m.type()==='warning') errors.push(m.type()+': '+m.text()); });
page.on('pageerror', e => errors.push('pageerror: ' + e.message));
await page.goto(url);
await page.waitForTimeout(1500);
if (extra && extra.startsWith('scroll:')) { await page.evaluate(y => window.scrollTo(0, +y), extra.slice(7)); await page.waitForTimeout(1500); }
await page.screenshot({ path: out, fullPage: extra === 'full' || extra === 'nojs' });
const fig = await page.$('figure[data-figure]');
if (fig) console.log('state', await fig.getAttribute('data-active-step'), await fig.getAttribute('data-state'));
console.log(errors.join('\n'));
await browser.close();
