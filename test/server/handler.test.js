// @ts-check
// The demo backend over real HTTP: `node --test test/server/`.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { createDemoHandler } from '../../demo/server/handler.js';
import { startDemoServer } from '../../demo/server/start.js';

/** @typedef {Awaited<ReturnType<typeof startDemoServer>>} DemoServer */

/** @type {DemoServer} */
let demo;
/** @type {DemoServer} */
let fast;

before(async () => {
  // a frozen clock: every request of this server sees tick 0, so answers can be compared
  demo = await startDemoServer({ port: 0, now: () => 0 });
  fast = await startDemoServer({ port: 0, tickMs: 50 });
});

after(async () => {
  await Promise.all([demo?.close(), fast?.close()]);
});

/**
 * @param {string} path
 * @param {RequestInit} [init]
 */
const api = (path, init) => fetch(new URL(path, demo.url), init);

/**
 * Waits until `check()` is true (polling), or fails after `ms`.
 * @param {() => boolean} check
 * @param {string} what
 */
async function waitFor(check, what, ms = 2000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/**
 * Reads server-sent events from a fetch response until `count` arrived or the stream ended.
 * @param {Response} res
 * @param {number} count
 * @returns {Promise<{ events: Array<Record<string, string>>, done: boolean }>}
 */
async function readEvents(res, count) {
  assert.ok(res.body);
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  /** @type {Array<Record<string, string>>} */
  const events = [];
  let buffer = '';
  let done = false;
  while (events.length < count) {
    const chunk = await reader.read();
    if (chunk.done) {
      done = true;
      break;
    }
    buffer += decoder.decode(chunk.value, { stream: true });
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      /** @type {Record<string, string>} */
      const event = {};
      for (const line of block.split('\n')) {
        const colon = line.indexOf(':');
        if (colon <= 0) continue;
        event[line.slice(0, colon)] = line.slice(colon + 1).replace(/^ /, '');
      }
      events.push(event);
    }
  }
  reader.releaseLock();
  return { events, done };
}

/** Rows of the default envelope at the frozen tick. */
async function rankRows() {
  const body = await (await api('/api/rank')).json();
  return body.data.list;
}

describe('GET /api/rank', () => {
  test('answers the envelope with plausible rows', async () => {
    const res = await api('/api/rank');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(res.headers.get('cache-control'), 'public, max-age=0, s-maxage=5');
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.match(res.headers.get('access-control-expose-headers') ?? '', /ETag/i);
    const body = await res.json();
    assert.equal(body.code, 0);
    assert.equal(body.msg, 'ok');
    const { list, total, updatedAt } = body.data;
    assert.equal(total, list.length);
    assert.ok(list.length >= 20 && list.length <= 30, `${list.length} units`);
    assert.match(updatedAt, /^\d{4}-\d\d-\d\d \d\d:\d\d$/);
    const systems = new Set(list.map((/** @type {any} */ row) => row.system));
    assert.deepEqual([...systems].sort(), ['省直机关', '谢家集区']);
    const names = list.map((/** @type {any} */ row) => row.deptName);
    for (const name of ['省委办公厅', '省委组织部', '省贸促会', '唐山镇', '杨公镇', '区直机关']) {
      assert.ok(names.includes(name), name);
    }
    const approx = list.filter((/** @type {any} */ row) => typeof row.joinCount === 'string');
    assert.equal(approx.length, 1);
    assert.match(approx[0].joinCount, /^\d+余$/);
    const scores = list.map((/** @type {any} */ row) => parseInt(String(row.joinCount), 10));
    for (const score of scores) assert.ok(score >= 50 && score <= 1000, String(score));
    for (let i = 1; i < scores.length; i++) assert.ok(scores[i - 1] >= scores[i], 'sorted');
    /** @type {number[]} */
    const lastRanks = list.map((/** @type {any} */ row) => row.lastRank);
    assert.deepEqual(
      lastRanks.sort((a, b) => a - b),
      lastRanks.map((_, i) => i + 1),
    );
  });

  test('shape variants carry the same rows', async () => {
    const rows = await rankRows();
    /** @type {Record<string, (body: any) => unknown>} */
    const pick = {
      'status-result': (body) => (assert.equal(body.status, 'ok'), body.result.rows),
      'success-data': (body) => (assert.equal(body.success, true), body.data),
      errcode: (body) => (
        assert.equal(body.errcode, 0),
        assert.equal(body.errmsg, 'ok'),
        body.data.items
      ),
      plain: (body) => body,
    };
    for (const [shape, rowsOf] of Object.entries(pick)) {
      const res = await api(`/api/rank?shape=${shape}`);
      assert.equal(res.status, 200, shape);
      assert.deepEqual(rowsOf(await res.json()), rows, shape);
    }
    const bad = await api('/api/rank?shape=nope');
    assert.equal(bad.status, 400);
    assert.equal((await bad.json()).code, 400);
  });

  test('ETag and If-None-Match give 304 without a body', async () => {
    const first = await api('/api/rank');
    const etag = first.headers.get('etag');
    assert.ok(etag);
    assert.match(etag, /^"[^"]+"$/, 'strong, quoted');
    await first.arrayBuffer();
    const again = await api('/api/rank', { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('etag'), etag);
    assert.equal(await again.text(), '');
    const weak = await api('/api/rank', { headers: { 'If-None-Match': `"x", W/${etag}` } });
    assert.equal(weak.status, 304);
    const other = await api('/api/rank', { headers: { 'If-None-Match': '"other"' } });
    assert.equal(other.status, 200);
    await other.arrayBuffer();
    const shaped = await api('/api/rank?shape=plain', { headers: { 'If-None-Match': etag } });
    assert.equal(shaped.status, 200, 'another body, another ETag');
    assert.notEqual(shaped.headers.get('etag'), etag);
    await shaped.arrayBuffer();
  });

  test('OPTIONS preflight allows If-None-Match', async () => {
    const res = await api('/api/rank', {
      method: 'OPTIONS',
      headers: { 'Access-Control-Request-Headers': 'if-none-match' },
    });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.match(res.headers.get('access-control-allow-headers') ?? '', /If-None-Match/i);
    assert.match(res.headers.get('access-control-allow-methods') ?? '', /GET/);
  });

  test('unknown /api paths and methods', async () => {
    for (const path of ['/api/nope', '/api/', '/api/rank/nope']) {
      const res = await api(path);
      assert.equal(res.status, 404, path);
      assert.deepEqual(await res.json(), { code: 404, msg: 'not found' });
    }
    const post = await api('/api/rank', { method: 'POST' });
    assert.equal(post.status, 405);
    await post.arrayBuffer();
  });
});

describe('?fault=', () => {
  test('error statuses answer JSON', async () => {
    for (const [fault, msg] of [
      ['500', '服务器内部错误'],
      ['404', 'not found'],
      ['401', undefined],
      ['403', undefined],
    ]) {
      const res = await api(`/api/rank?fault=${fault}`);
      assert.equal(res.status, Number(fault));
      assert.match(res.headers.get('content-type') ?? '', /application\/json/);
      const body = await res.json();
      assert.equal(body.code, Number(fault));
      if (msg) assert.equal(body.msg, msg);
      else assert.equal(typeof body.msg, 'string');
    }
  });

  test('timeout never answers, and the request is released when the client leaves', async () => {
    const started = Date.now();
    await assert.rejects(
      api('/api/rank?fault=timeout', { signal: AbortSignal.timeout(300) }),
      (/** @type {any} */ error) => error.name === 'TimeoutError',
    );
    assert.ok(Date.now() - started >= 250);
    await waitFor(() => demo.api.openCount() === 0, 'the timed-out request to be released');
  });

  test('slow answers after the delay (3 s by default)', async () => {
    const started = Date.now();
    const res = await api('/api/rank?fault=slow&delay=200');
    assert.equal(res.status, 200);
    assert.equal((await res.json()).code, 0);
    assert.ok(Date.now() - started >= 190, 'waited');
    await assert.rejects(
      api('/api/rank?fault=slow', { signal: AbortSignal.timeout(500) }),
      (/** @type {any} */ error) => error.name === 'TimeoutError',
    );
    await waitFor(() => demo.api.openCount() === 0, 'the slow timer to be cleared');
  });

  test('malformed is cut-off JSON', async () => {
    const res = await api('/api/rank?fault=malformed');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /json/);
    const text = await res.text();
    assert.equal(text, '{"code":0,"data":{"list":[{"deptName":');
    assert.throws(() => JSON.parse(text), SyntaxError);
  });

  test('html is an HTML error page with status 200', async () => {
    const res = await api('/api/rank?fault=html');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(await res.text(), /<html[\s>]/);
  });

  test('wrong-shape and backend-error', async () => {
    const wrong = await api('/api/rank?fault=wrong-shape');
    assert.equal(wrong.status, 200);
    assert.deepEqual(await wrong.json(), { code: 0, msg: 'ok', data: { message: 'no list here' } });
    const backend = await api('/api/rank?fault=backend-error');
    assert.equal(backend.status, 200);
    assert.deepEqual(await backend.json(), { code: 5001, msg: '数据库连接失败,请稍后再试' });
  });

  test('huge is a valid JSON body of about 8 MB (or ?size=)', async () => {
    const res = await api('/api/rank?fault=huge');
    assert.equal(res.status, 200);
    const length = Number(res.headers.get('content-length'));
    assert.ok(length > 8 * 1024 * 1024 - 400 && length <= 8 * 1024 * 1024, String(length));
    const text = await res.text();
    assert.equal(Buffer.byteLength(text), length);
    const body = JSON.parse(text);
    assert.equal(body.data.list.length, body.data.total);
    assert.ok(body.data.list.length > 50_000);

    for (const size of [200_000, 1000, 0]) {
      const small = await api(`/api/rank?fault=huge&size=${size}`);
      const smallText = await small.text();
      const bytes = Buffer.byteLength(smallText);
      if (size) assert.ok(bytes > size - 400 && bytes <= size, `${bytes} for ${size}`);
      const smallBody = JSON.parse(smallText);
      assert.equal(smallBody.data.list.length, smallBody.data.total);
    }
  });

  test('huge stops streaming when the client goes away', async () => {
    const controller = new AbortController();
    const res = await api('/api/rank?fault=huge&size=60000000', { signal: controller.signal });
    assert.ok(res.body);
    const reader = res.body.getReader();
    await reader.read();
    controller.abort();
    await assert.rejects(reader.read());
    await waitFor(() => demo.api.openCount() === 0, 'the huge answer to stop');
  });

  test('reset cuts the connection in the middle of the body', async () => {
    const res = await api('/api/rank?fault=reset');
    assert.equal(res.status, 200);
    await assert.rejects(res.text());
  });

  test('drip sends one byte at a time and stops when the client leaves', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const res = await api('/api/rank?fault=drip&delay=50', { signal: controller.signal });
    assert.equal(res.status, 200);
    assert.ok(res.body);
    const reader = res.body.getReader();
    let bytes = '';
    while (bytes.length < 4) {
      const { value, done } = await reader.read();
      assert.equal(done, false);
      bytes += Buffer.from(value).toString('latin1');
    }
    assert.equal(bytes.slice(0, 4), '{"co');
    assert.ok(Date.now() - started >= 140, 'one byte per interval');
    controller.abort();
    await waitFor(() => demo.api.openCount() === 0, 'the drip timer to stop');
  });

  test('an unknown fault is a 400', async () => {
    const res = await api('/api/rank?fault=explode');
    assert.equal(res.status, 400);
    assert.match((await res.json()).msg, /unknown fault/);
  });
});

describe('sticky faults and stats per scope', () => {
  test('a scope fault applies to that scope only, until cleared', async () => {
    const set = await api('/api/_fault?scope=sticky-a&fault=500', { method: 'POST' });
    assert.equal(set.status, 200);
    assert.equal((await set.json()).data.fault.name, '500');

    const failing = await api('/api/rank?scope=sticky-a');
    assert.equal(failing.status, 500);
    await failing.arrayBuffer();
    const other = await api('/api/rank?scope=sticky-b');
    assert.equal(other.status, 200);
    await other.arrayBuffer();
    const unscoped = await api('/api/rank');
    assert.equal(unscoped.status, 200);
    await unscoped.arrayBuffer();
    const own = await api('/api/rank?scope=sticky-a&fault=none');
    assert.equal(own.status, 200, 'the request’s own fault wins');
    await own.arrayBuffer();
    const ownOther = await api('/api/rank?scope=sticky-a&fault=backend-error');
    assert.equal((await ownOther.json()).code, 5001);

    const read = await (await api('/api/_fault?scope=sticky-a')).json();
    assert.equal(read.data.fault.name, '500');
    const clear = await api('/api/_fault?scope=sticky-a&fault=none', { method: 'POST' });
    assert.equal((await clear.json()).data.fault, null);
    const healed = await api('/api/rank?scope=sticky-a');
    assert.equal(healed.status, 200);
    await healed.arrayBuffer();
  });

  test('times= limits a sticky fault to the next n requests', async () => {
    await (
      await api('/api/_fault?scope=sticky-times&fault=403&times=2', { method: 'POST' })
    ).json();
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      const res = await api('/api/rank?scope=sticky-times');
      statuses.push(res.status);
      await res.arrayBuffer();
    }
    assert.deepEqual(statuses, [403, 403, 200]);
  });

  test('sticky slow keeps its delay; sticky faults reach the live endpoint too', async () => {
    await (
      await api('/api/_fault?scope=sticky-slow&fault=slow&delay=150', { method: 'POST' })
    ).json();
    const started = Date.now();
    const res = await api('/api/rank?scope=sticky-slow');
    assert.equal(res.status, 200);
    await res.arrayBuffer();
    assert.ok(Date.now() - started >= 140);

    await (await api('/api/_fault?scope=sticky-live&fault=401', { method: 'POST' })).json();
    const live = await api('/api/rank/live?scope=sticky-live');
    assert.equal(live.status, 401);
    await live.arrayBuffer();
  });

  test('stats count every data request of the scope, 304s included', async () => {
    const scope = 'stats-a';
    const first = await api(`/api/rank?scope=${scope}`);
    const etag = first.headers.get('etag') ?? '';
    await first.arrayBuffer();
    const cached = await api(`/api/rank?scope=${scope}`, { headers: { 'If-None-Match': etag } });
    assert.equal(cached.status, 304);
    await (await api(`/api/rank?shape=plain&scope=${scope}`)).arrayBuffer();
    await (await api(`/api/rank?scope=${scope}&fault=500`)).arrayBuffer();
    await (await api(`/api/echo?scope=${scope}&body=%7B%7D`)).arrayBuffer();
    await (await api('/api/rank?scope=stats-b')).arrayBuffer();

    const stats = await (await api(`/api/_stats?scope=${scope}`)).json();
    assert.equal(stats.requests, 5);
    assert.equal(stats.notModified, 1);
    assert.deepEqual(stats.bySearch, {
      '/api/rank': 2,
      '/api/rank?shape=plain': 1,
      '/api/rank?fault=500': 1,
      '/api/echo?body=%7B%7D': 1,
    });
    const reset = await api(`/api/_stats?scope=${scope}&reset=1`, { method: 'POST' });
    assert.deepEqual(await reset.json(), {
      requests: 0,
      notModified: 0,
      bySearch: {},
      lastHeaders: {},
    });
    const after = await (await api(`/api/_stats?scope=${scope}`)).json();
    assert.equal(after.requests, 0);
    const b = await (await api('/api/_stats?scope=stats-b')).json();
    assert.equal(b.requests, 1);
  });

  test('control endpoints need a scope', async () => {
    for (const path of ['/api/_fault?fault=500', '/api/_stats']) {
      const res = await api(path, { method: 'POST' });
      assert.equal(res.status, 400, path);
      await res.arrayBuffer();
    }
    const bad = await api('/api/_fault?scope=x&fault=nope', { method: 'POST' });
    assert.equal(bad.status, 400);
    await bad.arrayBuffer();
  });

  test('at most 1000 scopes are kept, the least recently used go first', async () => {
    await (await api('/api/_fault?scope=lru-old&fault=500', { method: 'POST' })).json();
    await (await api('/api/_fault?scope=lru-kept&fault=500', { method: 'POST' })).json();
    for (let i = 0; i < 999; i++) {
      if (i === 500) await (await api('/api/_fault?scope=lru-kept')).json(); // touch
      await (await api(`/api/_stats?scope=lru-${i}`)).json();
    }
    const dropped = await (await api('/api/_fault?scope=lru-old')).json();
    assert.equal(dropped.data.fault, null);
    const kept = await (await api('/api/_fault?scope=lru-kept')).json();
    assert.equal(kept.data.fault.name, '500');
  });
});

describe('GET /api/echo', () => {
  test('answers exactly the given body, status, type and ETag', async () => {
    const body = JSON.stringify({ rows: [{ 名称: '省委办公厅', n: '3000余' }] });
    const res = await api(`/api/echo?body=${encodeURIComponent(body)}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.match(res.headers.get('etag') ?? '', /^"[^"]+"$/);
    assert.equal(await res.text(), body);

    const custom = await api(
      `/api/echo?body=${encodeURIComponent('<p>x</p>')}&status=502&contentType=${encodeURIComponent('text/html')}&etag=${encodeURIComponent('"v1"')}`,
    );
    assert.equal(custom.status, 502);
    assert.equal(custom.headers.get('content-type'), 'text/html');
    assert.equal(custom.headers.get('etag'), '"v1"');
    assert.equal(await custom.text(), '<p>x</p>');

    const cached = await api('/api/echo?body=1&etag=%22v2%22', {
      headers: { 'If-None-Match': '"v2"' },
    });
    assert.equal(cached.status, 304);

    const noEtag = await api('/api/echo?body=1&etag=');
    assert.equal(noEtag.headers.get('etag'), null);
    await noEtag.arrayBuffer();

    const badStatus = await api('/api/echo?status=99');
    assert.equal(badStatus.status, 400);
    await badStatus.arrayBuffer();
  });

  test('takes faults like any data endpoint', async () => {
    const res = await api('/api/echo?body=%7B%7D&fault=malformed');
    assert.equal(await res.text(), '{"code":0,"data":{"list":[{"deptName":');
  });
});

describe('GET /api/rank/live', () => {
  test('sends retry, then the full payload at once', async () => {
    const controller = new AbortController();
    const res = await api('/api/rank/live', { signal: controller.signal });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/event-stream/);
    const { events } = await readEvents(res, 2);
    assert.deepEqual(events[0], { retry: '2000' });
    const payload = JSON.parse(events[1].data);
    assert.equal(payload.code, 0);
    assert.deepEqual(payload.data.list, await rankRows());
    controller.abort();
    await waitFor(() => demo.api.openCount() === 0, 'the stream to be cleaned up');
  });

  test('pushes a new payload at every tick', async () => {
    const controller = new AbortController();
    const res = await fetch(new URL('/api/rank/live?shape=plain', fast.url), {
      signal: controller.signal,
    });
    const { events } = await readEvents(res, 4);
    const messages = events.filter((event) => 'data' in event);
    assert.equal(messages.length, 3);
    const ids = messages.map((event) => Number(event.id));
    assert.ok(ids[0] < ids[1] && ids[1] < ids[2], ids.join(' '));
    assert.notDeepEqual(JSON.parse(messages[0].data), JSON.parse(messages[2].data));
    assert.ok(Array.isArray(JSON.parse(messages[0].data)), 'shape applies');
    controller.abort();
    await waitFor(() => fast.api.openCount() === 0, 'the stream to be cleaned up');
  });

  test('fault=drop ends the stream after the first message', async () => {
    const res = await api('/api/rank/live?fault=drop');
    const { events, done } = await readEvents(res, 5);
    assert.equal(done, true);
    assert.equal(events.filter((event) => 'data' in event).length, 1);
  });

  test('payload faults spoil each message; status faults answer JSON', async () => {
    const controller = new AbortController();
    const res = await api('/api/rank/live?fault=backend-error', { signal: controller.signal });
    const { events } = await readEvents(res, 2);
    assert.equal(JSON.parse(events[1].data).code, 5001);
    controller.abort();

    const failing = await api('/api/rank/live?fault=500');
    assert.equal(failing.status, 500);
    assert.equal((await failing.json()).code, 500);

    await assert.rejects(
      api('/api/rank/live?fault=timeout', { signal: AbortSignal.timeout(200) }),
      (/** @type {any} */ error) => error.name === 'TimeoutError',
    );
    await waitFor(() => demo.api.openCount() === 0, 'every stream to be cleaned up');
  });

  test('fault=reset cuts the first message', async () => {
    const res = await api('/api/rank/live?fault=reset');
    assert.equal(res.status, 200);
    await assert.rejects(res.text());
  });
});

describe('rankings over time', () => {
  test('change between ticks (tickMs: 50)', async () => {
    const handler = createDemoHandler({ tickMs: 50 });
    const server = createServer(handler);
    await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
    const address = server.address();
    assert.ok(address && typeof address === 'object');
    const url = `http://127.0.0.1:${address.port}/api/rank`;
    try {
      const first = await (await fetch(url)).json();
      await sleep(120);
      const second = await (await fetch(url)).json();
      assert.notEqual(first.data.updatedAt, second.data.updatedAt);
      assert.notDeepEqual(first.data.list, second.data.list);
      const scoreOf = (/** @type {any} */ body, /** @type {string} */ name) =>
        parseInt(
          String(body.data.list.find((/** @type {any} */ r) => r.deptName === name).joinCount),
        );
      for (const row of first.data.list) {
        assert.ok(scoreOf(second, row.deptName) >= scoreOf(first, row.deptName), 'never shrinks');
      }
    } finally {
      handler.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    }
  });

  test('follow an injected clock', async () => {
    let clock = 1_000_000;
    const handler = createDemoHandler({ tickMs: 1000, now: () => clock });
    const server = createServer(handler);
    await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
    const address = server.address();
    assert.ok(address && typeof address === 'object');
    const url = `http://127.0.0.1:${address.port}/api/rank`;
    try {
      const at0 = await (await fetch(url)).json();
      assert.equal(at0.data.updatedAt, '2026-12-03 09:00');
      clock += 20_500;
      const at20 = await (await fetch(url)).json();
      assert.equal(at20.data.updatedAt, '2026-12-03 09:20');
    } finally {
      handler.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    }
  });
});
