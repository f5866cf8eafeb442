// @ts-check
// The demo backend as the proxy tests see it from behind nginx: the real handler and static
// files, the pages of test/proxy/pages/ at /proxy/, and counters of what reached it.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDemoHandler } from '../../demo/server/handler.js';
import { createStaticHandler } from '../../demo/server/static.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');

/**
 * @param {{ tickMs: number, sharedMaxAge: number }} options
 */
export async function startBackend({ tickMs, sharedMaxAge }) {
  const api = createDemoHandler({ tickMs, sharedMaxAge });
  const files = createStaticHandler({ root: ROOT });
  /** @type {Array<{ path: string, status: number }>} */
  let answered = [];
  let openStreams = 0;
  let streamsOpened = 0;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/proxy/')) return void page(url.pathname, res);
    if (!url.pathname.startsWith('/api/')) return files(req, res);
    const stream = url.pathname.endsWith('/live');
    if (stream) {
      openStreams++;
      streamsOpened++;
      res.once('close', () => openStreams--);
    }
    res.once('finish', () => answered.push({ path: url.pathname, status: res.statusCode }));
    api(req, res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    /** Answers the backend gave since the last reset (a live stream counts when it ends). */
    answered: () => answered,
    reset: () => void (answered = []),
    openStreams: () => openStreams,
    /** Live streams opened since the start. */
    streamsOpened: () => streamsOpened,
    async close() {
      api.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}

/**
 * @param {string} pathname
 * @param {import('node:http').ServerResponse} res
 */
async function page(pathname, res) {
  const name = path.basename(pathname);
  try {
    const text = await readFile(path.join(HERE, 'pages', name));
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
    res.end(text);
  } catch {
    res.writeHead(404);
    res.end();
  }
}
