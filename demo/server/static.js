// @ts-check
// Static files of the demo: `/` is demo/index.html, `/dist/*` comes from dist/, `/vendor/*`
// names a few third-party files the demo pages use (self-hosted from node_modules, no CDN), and
// pages, styles, scripts and data files (`/*.html`, `.css`, `.js`, `.json`, `.geojson`) from demo/.
// Paths are decoded, resolved and checked against their base folder, so `/..%2fpackage.json`
// and friends are refused.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */

/** @type {Readonly<Record<string, string>>} */
const TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
});

/**
 * Third-party files of the demo pages, by exact URL path: the old portal page's jQuery 1.x.
 * @type {Readonly<Record<string, string>>}
 */
export const VENDOR_FILES = Object.freeze({
  '/vendor/jquery.min.js': 'node_modules/jquery/dist/jquery.min.js',
});

/** Extensions served from demo/ (anything typed above is served from dist/). */
const DEMO_EXTENSIONS = new Set(['.html', '.css', '.js', '.json', '.geojson', '.svg']);

/**
 * Content type of a file: html is utf-8, except pages named `*-gbk.html` or `*-gbk-*.html`
 * (e.g. `portal-gbk-tt.html`), which are GBK.
 * @param {string} file
 */
export function contentTypeOf(file) {
  if (/-gbk(?:-[\w-]*)?\.html?$/i.test(file)) return 'text/html; charset=gbk';
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * How long a file may be kept. The chunks of `dist/parts/` and `dist/chunks/` carry a hash of
 * their content in their name (`announcer-Ch3zJsy2.js`): a new build gives new names, so they
 * are kept a year without asking. Every other file keeps its name from build to build (the
 * loader `civic-widgets.iife.js`, the entries `parts/leaderboard.js` a page or the loader
 * names, pages, data): a browser keeps it but asks again each time (a 304 while unchanged), a
 * shared cache serves it a minute without asking (the loader is 786 KB; a proxy that asked
 * for it on every page view would pass every page view on). A new release thus reaches every
 * visitor within a minute and then pulls only the chunks it changed; keep the previous
 * release's hashed chunks beside the new ones for that minute.
 * @param {string} pathname URL path
 */
export function cacheControlOf(pathname) {
  if (HASHED.test(pathname)) return 'public, max-age=31536000, immutable';
  return 'public, max-age=0, s-maxage=60';
}

/** A hashed chunk: Vite's `[name]-[hash].js` with its 8-character hash, or its source map. */
const HASHED = /^\/dist\/(?:parts|chunks)\/[\w.-]+-[\w-]{8}\.js(?:\.map)?$/;

/**
 * The file a URL path names, or the status refusing it.
 * @param {string} root repository root
 * @param {string} pathname URL path, still percent-encoded
 * @returns {{ file: string, base: string } | { status: number }}
 */
export function resolveStaticPath(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { status: 400 };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { status: 400 };
  if (Object.hasOwn(VENDOR_FILES, decoded)) {
    return {
      file: path.resolve(root, VENDOR_FILES[decoded]),
      base: path.resolve(root, 'node_modules'),
    };
  }
  if (decoded === '/' || decoded === '/index.html') {
    const base = path.resolve(root, 'demo');
    return { file: path.join(base, 'index.html'), base };
  }
  const fromDist = decoded.startsWith('/dist/');
  const base = path.resolve(root, fromDist ? 'dist' : 'demo');
  const rel = fromDist ? decoded.slice('/dist'.length) : decoded;
  const file = path.resolve(base, `.${rel}`);
  if (!file.startsWith(base + path.sep)) return { status: 403 };
  const parts = path.relative(base, file).split(path.sep);
  if (parts.some((part) => part.startsWith('.'))) return { status: 404 }; // dotfiles
  if (!fromDist) {
    if (parts[0] === 'server') return { status: 404 }; // the backend's own source
    if (!DEMO_EXTENSIONS.has(path.extname(file).toLowerCase())) return { status: 404 };
  }
  return { file, base };
}

/**
 * Creates the handler of static files under `root` (the repository root).
 * @param {{ root: string }} options
 * @returns {(req: IncomingMessage, res: ServerResponse) => void}
 */
export function createStaticHandler({ root }) {
  return (req, res) => {
    serveStatic(root, req, res).catch((error) => {
      console.error('[demo static]', error);
      if (!res.headersSent) sendStatus(res, 500);
      else res.destroy();
    });
  };
}

/**
 * @param {string} root
 * @param {IncomingMessage} req
 * @param {ServerResponse} res
 */
async function serveStatic(root, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendStatus(res, 405, { Allow: 'GET, HEAD' });
  }
  const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (pathname === '/favicon.ico') {
    res.writeHead(204);
    return void res.end();
  }
  const target = resolveStaticPath(root, pathname);
  if ('status' in target) return sendStatus(res, target.status);

  let info;
  let real;
  try {
    real = await realpath(target.file);
    info = await stat(real);
  } catch {
    return sendStatus(res, 404);
  }
  // a symbolic link must not lead out of its folder either
  const realBase = await realpath(target.base).catch(() => target.base);
  if (!real.startsWith(realBase + path.sep) || !info.isFile()) return sendStatus(res, 404);

  const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const headers = {
    'Content-Type': contentTypeOf(target.file),
    'Cache-Control': cacheControlOf(pathname),
    'Last-Modified': info.mtime.toUTCString(),
    ETag: etag,
    'X-Content-Type-Options': 'nosniff',
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    return void res.end();
  }
  res.writeHead(200, { ...headers, 'Content-Length': info.size });
  if (req.method === 'HEAD') return void res.end();
  const stream = createReadStream(real);
  stream.on('error', () => res.destroy());
  res.on('close', () => stream.destroy());
  stream.pipe(res);
}

/**
 * @param {ServerResponse} res
 * @param {number} status
 * @param {Record<string, string>} [extra]
 */
function sendStatus(res, status, extra = {}) {
  const text = `${status} ${
    { 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed' }[status] ??
    'Error'
  }\n`;
  res.writeHead(status, {
    ...extra,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}
