// @ts-check
// The standalone demo server: static files, port selection, closing with open connections.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startDemoServer } from '../../demo/server/start.js';

/** @typedef {Awaited<ReturnType<typeof startDemoServer>>} DemoServer */

/** @type {DemoServer} */
let repo;
/** @type {DemoServer} */
let fixture;
/** @type {string} */
let root;

// "市" in GBK
const GBK_PAGE = Buffer.concat([
  Buffer.from('<!doctype html><meta charset="gbk"><p>'),
  Buffer.from([0xca, 0xd0]),
  Buffer.from('</p>'),
]);

before(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'civic-demo-'));
  await mkdir(path.join(root, 'demo', 'server'), { recursive: true });
  await mkdir(path.join(root, 'dist', 'sub'), { recursive: true });
  await writeFile(path.join(root, 'package.json'), '{"secret":true}');
  await writeFile(path.join(root, 'demo', 'index.html'), '<!doctype html><p>首页</p>');
  await writeFile(path.join(root, 'demo', 'page-gbk.html'), GBK_PAGE);
  await writeFile(path.join(root, 'demo', 'page-gbk-tt.html'), GBK_PAGE);
  await writeFile(path.join(root, 'demo', 'gbk.html'), '<!doctype html><p>utf-8</p>');
  await writeFile(path.join(root, 'demo', 'map.geojson'), '{"type":"FeatureCollection"}');
  await writeFile(path.join(root, 'demo', 'notes.md'), '# not served');
  await writeFile(path.join(root, 'demo', '.env'), 'SECRET=1');
  await writeFile(path.join(root, 'demo', 'server', 'x.js'), 'export {};');
  await writeFile(path.join(root, 'dist', 'civic-widgets.iife.js'), 'var civic = 1;');
  await writeFile(path.join(root, 'dist', 'sub', 'types.d.ts'), 'export {};');
  repo = await startDemoServer({ port: 0 });
  fixture = await startDemoServer({ port: 0, root });
});

after(async () => {
  await Promise.all([repo?.close(), fixture?.close()]);
  await rm(root, { recursive: true, force: true });
});

/**
 * A raw GET, so the path reaches the server exactly as written (fetch would normalise it).
 * @param {DemoServer} server
 * @param {string} rawPath
 * @returns {Promise<{ status: number, body: string }>}
 */
function rawGet(server, rawPath) {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path: rawPath, agent: false },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('static files', () => {
  test('/ is the demo portal page', async () => {
    const res = await fetch(repo.url);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    const html = await res.text();
    assert.match(html, /<html lang="zh-CN">/);
    assert.match(html, /Content-Security-Policy/);
    assert.match(html, /<civic-unit-leaderboard\s[^>]*src="\/api\/rank"/);
    assert.match(html, /live="\/api\/rank\/live"/);
    assert.match(html, /<script src="\/dist\/civic-widgets\.iife\.js"><\/script>/);
    assert.doesNotMatch(html, /<script>|<style|\sstyle=|\son[a-z]+=/i, 'nothing inline (CSP)');
    const css = await fetch(new URL('/portal.css', repo.url));
    assert.equal(css.status, 200);
    assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8');
    await css.arrayBuffer();
  });

  test('serves dist/ and demo/ with the right types', async () => {
    const cases = [
      ['/dist/civic-widgets.iife.js', 'text/javascript; charset=utf-8', 'var civic = 1;'],
      ['/dist/sub/types.d.ts', 'text/plain; charset=utf-8', 'export {};'],
      ['/map.geojson', 'application/geo+json; charset=utf-8', '{"type":"FeatureCollection"}'],
      ['/index.html', 'text/html; charset=utf-8', '<!doctype html><p>首页</p>'],
    ];
    for (const [url, type, body] of cases) {
      const res = await fetch(new URL(url, fixture.url));
      assert.equal(res.status, 200, url);
      assert.equal(res.headers.get('content-type'), type, url);
      assert.equal(await res.text(), body, url);
    }
  });

  test('a *-gbk.html or *-gbk-*.html page is served as GBK, bytes untouched', async () => {
    for (const page of ['/page-gbk.html', '/page-gbk-tt.html']) {
      const res = await fetch(new URL(page, fixture.url));
      assert.equal(res.headers.get('content-type'), 'text/html; charset=gbk', page);
      assert.deepEqual(Buffer.from(await res.arrayBuffer()), GBK_PAGE, page);
    }
    const other = await fetch(new URL('/gbk.html', fixture.url));
    assert.equal(other.headers.get('content-type'), 'text/html; charset=utf-8');
    await other.arrayBuffer();
  });

  test('/vendor/jquery.min.js is jQuery 1.x from node_modules, and nothing else is', async () => {
    const res = await fetch(new URL('/vendor/jquery.min.js', repo.url));
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.match(await res.text(), /^\/\*! jQuery v1\.12\.4 /);
    for (const url of [
      '/vendor/jquery.js',
      '/vendor/',
      '/vendor/..%2fpackage.json',
      '/node_modules/jquery/dist/jquery.min.js',
    ]) {
      const other = await fetch(new URL(url, repo.url));
      assert.equal(other.status, 404, url);
      await other.arrayBuffer();
    }
    // a root without the package answers 404, not an error
    const missing = await fetch(new URL('/vendor/jquery.min.js', fixture.url));
    assert.equal(missing.status, 404);
    await missing.arrayBuffer();
  });

  test('ETag and 304', async () => {
    const url = new URL('/dist/civic-widgets.iife.js', fixture.url);
    const first = await fetch(url);
    const etag = first.headers.get('etag') ?? '';
    await first.arrayBuffer();
    const again = await fetch(url, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
  });

  test('refuses traversal, dotfiles, server sources and other files', async () => {
    for (const url of [
      '/..%2fpackage.json',
      '/%2e%2e/package.json',
      '/%2e%2e%2fpackage.json',
      '/dist/..%2f..%2fpackage.json',
      '/dist/%2e%2e/package.json',
      '/..%5cpackage.json',
      '/%00index.html',
      '/.env',
      '/server/x.js',
      '/notes.md',
      '/missing.html',
      '/dist/',
      '/%E0%A4%A',
    ]) {
      const res = await fetch(new URL(url, fixture.url));
      assert.ok([400, 403, 404].includes(res.status), `${url}: ${res.status}`);
      const text = await res.text();
      assert.doesNotMatch(text, /secret|SECRET/, url);
    }
    for (const raw of ['/../package.json', '/dist/../../package.json', '/../../../etc/passwd']) {
      const { status, body } = await rawGet(fixture, raw);
      assert.notEqual(status, 200, raw);
      assert.doesNotMatch(body, /secret|root:/, raw);
    }
  });

  test('only GET and HEAD', async () => {
    const res = await fetch(fixture.url, { method: 'POST' });
    assert.equal(res.status, 405);
    await res.arrayBuffer();
    const head = await fetch(fixture.url, { method: 'HEAD' });
    assert.equal(head.status, 200);
  });

  test('/api/* goes to the demo handler', async () => {
    const res = await fetch(new URL('/api/rank', fixture.url));
    assert.equal((await res.json()).code, 0);
  });
});

describe('startDemoServer', () => {
  test('a busy port makes it try the next ones', async () => {
    const blocker = createServer();
    await new Promise((resolve) => blocker.listen(0, '127.0.0.1', () => resolve(undefined)));
    const address = blocker.address();
    assert.ok(address && typeof address === 'object');
    /** @type {DemoServer | undefined} */
    let next;
    try {
      next = await startDemoServer({ port: address.port });
      assert.ok(next.port > address.port && next.port <= address.port + 20, String(next.port));
      assert.equal(next.url, `http://127.0.0.1:${next.port}/`);
    } finally {
      await next?.close();
      await new Promise((resolve) => blocker.close(() => resolve(undefined)));
    }
  });

  test('close() does not wait for hanging answers', async () => {
    const server = await startDemoServer({ port: 0 });
    const hanging = [
      fetch(new URL('/api/rank?fault=timeout', server.url)),
      fetch(new URL('/api/rank?fault=slow&delay=60000', server.url)),
      fetch(new URL('/api/rank/live', server.url)).then((res) => res.text()),
      fetch(new URL('/api/rank?fault=drip&delay=1000', server.url)).then((res) => res.text()),
    ].map((pending) => pending.catch((/** @type {unknown} */ error) => error));
    while (server.api.openCount() < 4) await new Promise((resolve) => setTimeout(resolve, 10));
    const started = Date.now();
    await server.close();
    assert.ok(Date.now() - started < 1000, 'closed at once');
    assert.equal(server.api.openCount(), 0);
    const outcomes = await Promise.all(hanging);
    for (const outcome of outcomes) assert.ok(outcome instanceof Error, String(outcome));
  });
});
