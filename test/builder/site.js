// @ts-check
// A portal site for the builder's end-to-end test: a copy of dist/ (as a webmaster uploads
// it), article pages written by the test, and the demo backend on /api, every answer under
// the strict CSP with Trusted Types enforced.
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDemoHandler } from '../../demo/server/handler.js';
import { createStaticHandler } from '../../demo/server/static.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/**
 * Starts the site on a free port. `dist/` is served at `/dist/`; `page(name, html)` writes a
 * page that is then served at `/<name>`.
 */
export async function startSite() {
  const root = await mkdtemp(path.join(tmpdir(), 'civic-builder-'));
  await cp(path.join(REPO, 'dist'), path.join(root, 'dist'), { recursive: true });
  await mkdir(path.join(root, 'demo'));
  const api = createDemoHandler({});
  const files = createStaticHandler({ root });
  const server = createServer((req, res) => {
    res.setHeader('Content-Security-Policy', STRICT_CSP);
    if ((req.url ?? '/').startsWith('/api/')) api(req, res);
    else files(req, res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    /** @param {string} name a path under the site, e.g. `news/2026/a.html` @param {string} html */
    async page(name, html) {
      const file = path.join(root, 'demo', name);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, html);
    },
    async close() {
      api.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
      await rm(root, { recursive: true, force: true });
    },
  };
}
