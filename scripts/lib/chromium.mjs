/**
 * Debian's chromium and the flags every browser check starts it with (Playwright, Lighthouse):
 * never a downloaded browser, and no background connections (this machine's network is closed,
 * and the site must make no request to another host).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
