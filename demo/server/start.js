// @ts-check
// The standalone demo server (`npm start`): /api/* through the demo handler, everything else
// from the repository (see static.js). Run directly it listens on PORT (default 8080, or the
// next free port up to +20) and prints one line with the address.
import { existsSync, realpathSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createDemoHandler } from './handler.js';
import { createStaticHandler } from './static.js';

/** @typedef {import('node:http').Server} Server */
/** @typedef {import('node:net').Socket} Socket */

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PORT_ATTEMPTS = 20;

/**
 * @typedef {object} DemoServer
 * @property {Server} server
 * @property {string} url base URL, ending with `/`
 * @property {number} port
 * @property {import('./handler.js').DemoHandler} api the /api handler (e.g. `api.openCount()`)
 * @property {() => Promise<void>} close stops listening and cuts every open connection
 */

/**
 * Starts the demo server. With `port: 0` the system picks a free port (for tests); with a
 * fixed port that is busy, the next ones are tried, up to +20.
 * @param {{ port?: number, host?: string, root?: string, tickMs?: number, now?: () => number, sharedMaxAge?: number }} [options]
 *   `root`: the repository root (default: this repository); `tickMs`, `now`, `sharedMaxAge`:
 *   see createDemoHandler.
 * @returns {Promise<DemoServer>}
 */
export async function startDemoServer(options = {}) {
  const {
    port = Number(process.env.PORT) || 8080,
    host = '127.0.0.1',
    root = REPO_ROOT,
    tickMs,
    now,
    sharedMaxAge,
  } = options;
  const api = createDemoHandler({ tickMs, now, sharedMaxAge });
  const files = createStaticHandler({ root });
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/api' || url.startsWith('/api/') || url.startsWith('/api?')) api(req, res);
    else files(req, res);
  });

  /** @type {Set<Socket>} */
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  const bound = await listen(server, port, host, port === 0 ? 0 : PORT_ATTEMPTS);
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${bound}/`;

  /** @type {Promise<void> | undefined} */
  let closing;
  const close = () => {
    closing ??= new Promise((resolve) => {
      api.close();
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
    });
    return closing;
  };
  return { server, url, port: bound, api, close };
}

/**
 * Listens on `port`, or on the next ones when it is busy.
 * @param {Server} server
 * @param {number} port
 * @param {string} host
 * @param {number} attempts how many further ports to try
 * @returns {Promise<number>} the port listened on
 */
function listen(server, port, host, attempts) {
  return new Promise((resolve, reject) => {
    /** @param {number} candidate */
    const attempt = (candidate) => {
      /** @param {NodeJS.ErrnoException} error */
      const onError = (error) => {
        server.off('listening', onListening);
        if (error.code === 'EADDRINUSE' && candidate < port + attempts) attempt(candidate + 1);
        else reject(error);
      };
      const onListening = () => {
        server.off('error', onError);
        const address = server.address();
        resolve(typeof address === 'object' && address ? address.port : candidate);
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(candidate, host);
    };
    attempt(port);
  });
}

/** Whether this module is the program being run (`node demo/server/start.js`). */
function isMain() {
  if (!process.argv[1]) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}

if (isMain()) {
  const demo = await startDemoServer();
  const port = new URL(demo.url).port;
  console.log(`civic-widgets demo: http://localhost:${port}/`);
  if (!existsSync(path.join(REPO_ROOT, 'dist', 'civic-widgets.iife.js'))) {
    console.error('dist/civic-widgets.iife.js is missing: run `npm run build` (npm start does).');
  }
  const stop = () => void demo.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
