#!/usr/bin/env node
/**
 * A tiny dependency-free static server for a built `dist/`, behaving like a real
 * host so the browser gates (Playwright, Lighthouse) measure what readers get:
 * gzip for text when the request accepts it, long immutable caching for Astro's
 * hashed `/_astro/` files, `no-cache` (never `no-store`, which blocks the
 * back/forward cache) for HTML, the build's 404.html with status 404, folders
 * served as their index.html, and no way out of the served folder.
 *
 *   node scripts/serve-dist.mjs [--dir dist] [--port 4321] [--host 127.0.0.1] [--base /]
 *   (or env DIST_DIR, PREVIEW_PORT, SERVE_HOST, BASE_PATH)
 *
 * Also importable: `startServer({ dir, port, host, base })` resolves to the http.Server.
 */
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};
// Already-compressed formats gain nothing from gzip.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.xml', '.txt', '.webmanifest', '.csv', '.map', '.ico']);

/** Cache-Control a static host would send for this URL path. */
export function cacheControl(urlPath, ext) {
  if (urlPath.includes('/_astro/')) return 'public, max-age=31536000, immutable'; // content-hashed names
  if (ext === '.html') return 'no-cache'; // revalidate, but stay eligible for the back/forward cache
  return 'public, max-age=3600';
}

/** The file under `root` a URL path names (folder → its index.html), or null. Never outside `root`. */
export function resolveFile(root, relPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(relPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const path = resolve(root, '.' + (decoded.startsWith('/') ? decoded : '/' + decoded));
  if (path !== root && !path.startsWith(root + sep)) return null;
  try {
    const st = statSync(path);
    if (st.isFile()) return { path, st };
    if (st.isDirectory()) {
      const index = join(path, 'index.html');
      const ist = statSync(index);
      if (ist.isFile()) return { path: index, st: ist, dir: true };
    }
  } catch {
    /* not found */
  }
  return null;
}

export function createHandler({ dir, base = '/' }) {
  const root = resolve(dir);
  const prefix = base.endsWith('/') ? base : base + '/';
  const gzipCache = new Map(); // path → { mtimeMs, body }: compress each file once per version

  function body(file, ext, wantsGzip) {
    const raw = readFileSync(file.path);
    if (!wantsGzip || !COMPRESSIBLE.has(ext) || raw.length < 256) return { data: raw, gzip: false };
    const hit = gzipCache.get(file.path);
    if (hit && hit.mtimeMs === file.st.mtimeMs) return { data: hit.body, gzip: true };
    const gz = gzipSync(raw, { level: 6 });
    gzipCache.set(file.path, { mtimeMs: file.st.mtimeMs, body: gz });
    return { data: gz, gzip: true };
  }

  function send(req, res, status, file, urlPath) {
    const ext = extname(file.path).toLowerCase();
    const wantsGzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const etag = `"${file.st.size.toString(16)}-${Math.floor(file.st.mtimeMs).toString(16)}"`;
    const headers = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': status === 200 ? cacheControl(urlPath, ext) : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    };
    if (COMPRESSIBLE.has(ext)) headers.Vary = 'Accept-Encoding';
    if (status === 200) {
      headers.ETag = etag;
      headers['Last-Modified'] = file.st.mtime.toUTCString();
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers);
        return res.end();
      }
    }
    const { data, gzip } = body(file, ext, wantsGzip);
    if (gzip) headers['Content-Encoding'] = 'gzip';
    headers['Content-Length'] = data.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : data);
  }

  function redirect(res, location) {
    res.writeHead(301, { Location: location, 'Cache-Control': 'no-cache' });
    res.end();
  }

  function notFound(req, res) {
    const page = resolveFile(root, '/404.html');
    if (page) return send(req, res, 404, page, '/404.html');
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  }

  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' });
      return res.end();
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const urlPath = url.pathname;
    // Served under a base path: the bare base without its slash redirects, anything outside is 404.
    if (prefix !== '/' && urlPath === prefix.slice(0, -1)) return redirect(res, prefix + url.search);
    if (!urlPath.startsWith(prefix)) return notFound(req, res);
    const file = resolveFile(root, urlPath.slice(prefix.length - 1));
    if (!file) return notFound(req, res);
    // A folder asked for without its trailing slash: redirect, as hosts do, so relative links resolve.
    if (file.dir && !urlPath.endsWith('/')) return redirect(res, urlPath + '/' + url.search);
    send(req, res, 200, file, urlPath);
  };
}

export function startServer({ dir = 'dist', port = 4321, host = '127.0.0.1', base = '/' } = {}) {
  const server = createServer(createHandler({ dir, base }));
  // Connections must not outlive a test run: close idle keep-alive sockets promptly.
  server.keepAliveTimeout = 2000;
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

function arg(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = arg('dir') ?? process.env.DIST_DIR ?? 'dist';
  const port = Number(arg('port') ?? process.env.PREVIEW_PORT ?? 4321);
  const host = arg('host') ?? process.env.SERVE_HOST ?? '127.0.0.1';
  const base = arg('base') ?? process.env.BASE_PATH ?? '/';
  try {
    statSync(join(dir, 'index.html'));
  } catch {
    console.error(`serve-dist: no ${join(dir, 'index.html')}; build first (npm run build)`);
    process.exit(1);
  }
  const server = await startServer({ dir, port, host, base });
  console.log(`serve-dist: ${resolve(dir)} at http://${host}:${port}${base} (gzip)`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
}
