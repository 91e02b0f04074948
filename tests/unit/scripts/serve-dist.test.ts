/** scripts/serve-dist.mjs: the static server the browser gates share behaves like a real host. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { get as httpGet, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer } from '../../../scripts/serve-dist.mjs';

let dir: string;
let server: Server;
let origin: string;
const page = '<!doctype html><title>x</title>' + 'padding '.repeat(100);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'serve-dist-'));
  mkdirSync(join(dir, '_astro'));
  mkdirSync(join(dir, 'chapters/risks'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), page);
  writeFileSync(join(dir, '404.html'), '<!doctype html><title>404</title>');
  writeFileSync(join(dir, 'chapters/risks/index.html'), page);
  writeFileSync(join(dir, '_astro/app.abc123.js'), 'console.log(1);'.repeat(50));
  writeFileSync(join(dir, 'site.webmanifest'), '{}');
  writeFileSync(join(tmpdir(), 'serve-dist-secret.txt'), 'secret');
  server = await startServer({ dir, port: 0 });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, gzip = true) =>
  fetch(origin + path, { redirect: 'manual', headers: gzip ? { 'Accept-Encoding': 'gzip' } : { 'Accept-Encoding': 'identity' } });

describe('serve-dist', () => {
  test('HTML: gzip when accepted, no-cache (never no-store, which blocks the back/forward cache)', async () => {
    const res = await get('/chapters/risks/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toBe(page); // fetch decodes the gzip body
    const plain = await get('/', false);
    expect(plain.headers.get('content-encoding')).toBeNull();
  });

  test('hashed /_astro/ assets are immutable; types are right', async () => {
    const res = await get('/_astro/app.abc123.js');
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await get('/site.webmanifest')).headers.get('content-type')).toMatch(/^application\/manifest\+json/);
  });

  test('unknown paths get 404.html with status 404; folders without slash redirect', async () => {
    const res = await get('/nope/');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('<title>404</title>');
    const redirect = await get('/chapters/risks');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/chapters/risks/');
  });

  test('no path traversal out of the served folder', async () => {
    // Sent raw (node:http does not normalise the path as fetch would).
    for (const path of ['/../serve-dist-secret.txt', '/%2e%2e/serve-dist-secret.txt', '/..%2fserve-dist-secret.txt', '/a/../../serve-dist-secret.txt']) {
      const { status, body } = await raw(path);
      expect(status, path).toBe(404);
      expect(body.toString(), path).not.toContain('secret');
    }
  });

  test('the gzip body is valid gzip of the file', async () => {
    const { headers, body } = await raw('/');
    expect(headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(body).toString()).toBe(page);
  });
});

function raw(path: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((ok, fail) => {
    httpGet(origin + '/', { path, headers: { 'Accept-Encoding': 'gzip' } }, (r) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => ok({ status: r.statusCode ?? 0, headers: r.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail);
  });
}
