// @ts-check
// A portal site as the loader meets it, for the loader's end-to-end tests and the bench: the
// demo backend on /api, the copied dist/ folder under any path (`mount`), the demo pages under
// any folder (an article URL deeper than the site root), and gzip for text files as a portal's
// nginx serves them (level 9, compressed once per file, `Vary: Accept-Encoding`). Every file request is recorded, so a
// test can say which files a page fetched. Nothing is cached (`Cache-Control: no-store`).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createDemoHandler } from '../demo/server/handler.js';
import { VENDOR_FILES, contentTypeOf } from '../demo/server/static.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @typedef {object} PortalServer
 * @property {string} url base URL, ending with `/`
 * @property {string[]} requests paths of the files asked for, in order (not /api)
 * @property {() => Promise<void>} close
 */

/**
 * @param {object} [options]
 * @param {string} [options.mount] URL folder of the copied dist/ (default `/dist/`)
 * @param {[string, string][]} [options.rewrite] ASCII replacements in the pages, e.g. the
 *   script's `src`; GBK leaves ASCII bytes as they are, so the pages stay GBK
 * @param {string[]} [options.missing] files of dist/ answered 404, as after an incomplete copy
 * @param {string} [options.distDir] the folder served as dist/ (default: this repository's)
 * @param {Record<string, number>} [options.slow] files of dist/ answered only after so many ms
 * @param {number} [options.tickMs] see createDemoHandler
 * @returns {Promise<PortalServer>}
 */
export async function startPortalServer(options = {}) {
  const { mount = '/dist/', rewrite = [], missing = [], slow = {}, tickMs } = options;
  const distDir = options.distDir ?? path.join(ROOT, 'dist');
  const api = createDemoHandler({ tickMs });
  /** @type {string[]} */
  const requests = [];
  // Compressed once per file, as nginx's gzip_static serves it: compressing a large file on
  // every request would be measured as the page's loading time.
  /** @type {Map<string, { body: Buffer, gzip: Buffer }>} */
  const compressed = new Map();
  /** @param {string} key @param {Buffer} body */
  const gzipped = (key, body) => {
    const known = compressed.get(key);
    if (known?.body.equals(body)) return known.gzip;
    const gzip = gzipSync(body, { level: 9 });
    compressed.set(key, { body, gzip });
    return gzip;
  };
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/api' || url.startsWith('/api/') || url.startsWith('/api?')) return api(req, res);
    const pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
    if (pathname === '/favicon.ico') return void res.writeHead(204).end();
    requests.push(pathname);
    serve(pathname).then(
      ({ status, type, body }) => {
        const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding']));
        const zip = accepts && status === 200 && /text|json|javascript/.test(type);
        const bytes = zip ? gzipped(pathname, body) : body;
        res.writeHead(status, {
          'Content-Type': type,
          'Content-Length': bytes.length,
          'Cache-Control': 'no-store',
          Vary: 'Accept-Encoding',
          ...(zip && { 'Content-Encoding': 'gzip' }),
        });
        res.end(bytes);
      },
      () => res.writeHead(500).end(),
    );
  });

  /**
   * @param {string} pathname
   * @returns {Promise<{ status: number, type: string, body: Buffer }>}
   */
  async function serve(pathname) {
    /** @type {string | undefined} */
    let file;
    if (pathname.startsWith(mount)) {
      const rel = pathname.slice(mount.length);
      if (slow[rel]) await new Promise((resolve) => setTimeout(resolve, slow[rel]));
      if (!missing.includes(rel)) file = inside(distDir, rel);
    } else if (Object.hasOwn(VENDOR_FILES, pathname))
      file = path.join(ROOT, VENDOR_FILES[pathname]);
    else if (/\.(html|css|js|json|geojson)$/.test(pathname))
      file = inside(path.join(ROOT, 'demo'), path.posix.basename(pathname));
    const body = file ? await readFile(file).catch(() => undefined) : undefined;
    if (!file || !body)
      return { status: 404, type: 'text/plain', body: Buffer.from('not found\n') };
    const type = contentTypeOf(file);
    return { status: 200, type, body: type.startsWith('text/html') ? rewritten(body) : body };
  }

  /** @param {string} base a folder @param {string} rel @returns {string | undefined} */
  function inside(base, rel) {
    const file = path.resolve(base, `./${rel}`);
    return file.startsWith(base + path.sep) && !rel.includes('..') ? file : undefined;
  }

  /** @param {Buffer} page */
  function rewritten(page) {
    let bytes = page;
    for (const [from, to] of rewrite) {
      const parts = [];
      let at = 0;
      for (
        let hit = bytes.indexOf(from, at, 'latin1');
        hit !== -1;
        hit = bytes.indexOf(from, at, 'latin1')
      ) {
        parts.push(bytes.subarray(at, hit), Buffer.from(to, 'latin1'));
        at = hit + from.length;
      }
      bytes = Buffer.concat([...parts, bytes.subarray(at)]);
    }
    return bytes;
  }

  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise((resolve) => {
        api.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * @typedef {object} Transfer
 * @property {string} file the path below the dist folder, e.g. `parts/leaderboard.js`
 * @property {number} body bytes of the body on the wire (gzip)
 * @property {number} decoded bytes after decoding
 */

/**
 * The scripts a page has fetched from the dist folder at `distUrl`, read from the page's
 * resource timing (same origin, so sizes are exposed).
 * @param {import('playwright-core').Page} page
 * @param {string} distUrl absolute URL of the dist folder, ending with `/`
 * @returns {Promise<Transfer[]>}
 */
export function scriptsFetched(page, distUrl) {
  return page.evaluate(
    (base) =>
      performance
        .getEntriesByType('resource')
        .map((entry) => /** @type {PerformanceResourceTiming} */ (entry))
        .filter((entry) => entry.name.startsWith(base) && entry.name.endsWith('.js'))
        .map((entry) => ({
          file: entry.name.slice(base.length),
          body: entry.encodedBodySize,
          decoded: entry.decodedBodySize,
        })),
    distUrl,
  );
}
