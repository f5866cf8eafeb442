// @ts-check
// The demo backend: every path under /api/. Written against plain node req/res (writeHead/end),
// because it is mounted both by the standalone demo server (start.js) and, as raw req/res, by
// web-test-runner's dev server.
//
// Data endpoints come from one table (DATA_ROUTES); the envelope, the shape variants, ETag/304,
// CORS, the fault switch, sticky faults and stats per scope, and server-sent events are written
// once below and shared by every route.
//
//   GET  /api/rank[?shape=status-result|success-data|errcode|plain]   the ranking at this tick
//   GET  /api/rank/live                 text/event-stream: the same payload now and at every tick
//   GET  /api/live?topic=/api/rank/live&topic=…   one text/event-stream for many live topics
//   GET  /api/echo?body=&status=&contentType=&etag=&cacheControl=   exactly that answer
//   POST /api/_fault?scope=S&fault=F[&delay=][&size=][&times=n]   sticky fault (none: clear)
//   GET  /api/_stats?scope=S   |   POST /api/_stats?scope=S&reset=1
// Every data endpoint (rank, rank/live, echo) takes ?fault= (500 404 401 403 timeout slow
// malformed html huge wrong-shape backend-error reset drip drop) and ?scope=.
//
// Caching, as a real backend behind a shared cache should answer (docs/zh-CN/deploy-nginx.md):
// a good JSON answer is `public, max-age=0, s-maxage=N` with a strong ETag (a proxy keeps it N s
// and revalidates with If-None-Match; a browser asks every time and mostly gets a 304); errors,
// faults and the control endpoints are `no-store`; streams are `no-cache` and unbuffered.
import { createHash } from 'node:crypto';
import { rankData } from './data.js';
import { eventsAt } from './events-data.js';
import { progressAt } from './progress-data.js';
import { laborPointsData } from './labor-points-data.js';
import { BACKEND_SHAPES } from './backend-shapes.js';
import { overviewAt } from './overview-data.js';
import { serveMultiplexed } from './live.js';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */

/**
 * A data endpoint: the `data` member of its envelope at a tick.
 * @typedef {object} DataRoute
 * @property {(tick: number, query: URLSearchParams) => unknown} data
 *   When it returns an object with a `list` array, the shape variants use that list as the rows.
 * @property {boolean} [live] also serve `<path>/live` as server-sent events
 */

/**
 * The data endpoints. A new one is one line: its data function, and whether it has a live twin.
 * @type {Readonly<Record<string, DataRoute>>}
 */
export const DATA_ROUTES = Object.freeze({
  '/api/rank': { data: rankData, live: true },
  '/api/progress': { data: progressAt, live: true },
  '/api/labor-points': { data: laborPointsData },
  '/api/events': { data: eventsAt, live: true },
  '/api/overview': { data: overviewAt, live: true },
});

/**
 * Shape variants (`?shape=`): how backends in the wild wrap the same rows.
 * @type {Readonly<Record<string, (data: unknown) => unknown>>}
 */
const SHAPES = Object.freeze({
  envelope: (data) => ({ code: 0, msg: 'ok', data }),
  'status-result': (data) => ({ status: 'ok', result: hasList(data) ? { rows: data.list } : data }),
  'success-data': (data) => ({ success: true, data: hasList(data) ? data.list : data }),
  errcode: (data) => ({
    errcode: 0,
    errmsg: 'ok',
    data: hasList(data) ? { items: data.list } : data,
  }),
  plain: (data) => (hasList(data) ? data.list : data),
});

/**
 * @param {unknown} data
 * @returns {data is { list: unknown[] }}
 */
function hasList(data) {
  return typeof data === 'object' && data !== null && Array.isArray(/** @type {any} */ (data).list);
}

const JSON_TYPE = 'application/json; charset=utf-8';
const HTML_TYPE = 'text/html; charset=utf-8';
const SSE_TYPE = 'text/event-stream; charset=utf-8';
const NOT_FOUND = { code: 404, msg: 'not found' };
/** @type {Answer} */
const NO_TOPICS = { status: 200, type: JSON_TYPE, body: '{}' };

/** Faults answered with an error status and a JSON body. */
const STATUS_FAULTS = /** @type {Readonly<Record<string, { code: number, msg: string }>>} */ ({
  500: { code: 500, msg: '服务器内部错误' },
  404: NOT_FOUND,
  401: { code: 401, msg: '未登录或登录已过期' },
  403: { code: 403, msg: '无权访问' },
});

/** Faults answered 200 with a wrong body (on a live endpoint: the data of every message). */
const PAYLOAD_FAULTS = /** @type {Readonly<Record<string, string>>} */ ({
  malformed: '{"code":0,"data":{"list":[{"deptName":',
  'wrong-shape': JSON.stringify({ code: 0, msg: 'ok', data: { message: 'no list here' } }),
  'backend-error': JSON.stringify({ code: 5001, msg: '数据库连接失败,请稍后再试' }),
});

const HTML_ERROR_PAGE = `<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>系统提示</title></head>
<body>
<h1>系统维护中</h1>
<p>您访问的页面暂时无法显示,请稍后再试。</p>
<hr><p>nginx</p>
</body>
</html>
`;

const FAULT_NAMES = new Set([
  ...Object.keys(STATUS_FAULTS),
  ...Object.keys(PAYLOAD_FAULTS),
  'timeout',
  'slow',
  'html',
  'huge',
  'reset',
  'drip',
  'drop',
]);

const DEFAULT_SLOW_MS = 3000;
const DEFAULT_DRIP_MS = 200;
const DEFAULT_HUGE_BYTES = 8 * 1024 * 1024;
const MAX_HUGE_BYTES = 64 * 1024 * 1024;
const MAX_DELAY_MS = 10 * 60 * 1000;
const MAX_SCOPES = 1000;
const MAX_KEYS_PER_SCOPE = 500;
const SSE_RETRY = 'retry: 2000\n\n';
const SSE_HEARTBEAT_MS = 15_000;

/**
 * A fault to apply to one answer.
 * @typedef {object} Fault
 * @property {string} name one of FAULT_NAMES
 * @property {number} [delay] ms: the wait of `slow`, the byte interval of `drip`
 * @property {number} [size] bytes of `huge`
 */

/**
 * What a data endpoint answers when nothing goes wrong.
 * @typedef {object} Answer
 * @property {number} status
 * @property {string} type Content-Type
 * @property {string} body
 * @property {string | null} [etag] given ETag; null: none; undefined: a hash of the body (JSON)
 * @property {string} [cacheControl] given Cache-Control of a good answer (default: cacheable)
 */

/**
 * Counters of one scope (`GET /api/_stats?scope=S`).
 * @typedef {object} ScopeStats
 * @property {number} requests data requests carrying the scope, all of them (304s included)
 * @property {number} notModified how many of them were answered 304
 * @property {Record<string, number>} bySearch requests by path and query (without `scope`)
 * @property {Record<string, string>} lastHeaders the caching headers of the latest request
 *   (`if-none-match`, `if-modified-since`, `cache-control`, `pragma`), those it carried
 */

/**
 * @typedef {object} ScopeState
 * @property {Fault | null} fault sticky fault of the scope
 * @property {number} times requests the sticky fault still applies to (Infinity: until cleared)
 * @property {ScopeStats} stats
 */

/**
 * One request being answered.
 * @typedef {object} Ctx
 * @property {IncomingMessage} req
 * @property {ServerResponse} res
 * @property {URL} url
 * @property {Array<() => void>} cleanups run once when the answer ends or the client goes away
 */

/** A request the handler refuses with 400 and the message. */
class BadRequest extends Error {}

/**
 * The demo handler, with two helpers for servers and tests.
 * @typedef {((req: IncomingMessage, res: ServerResponse) => void) & {
 *   close: () => void,
 *   openCount: () => number,
 * }} DemoHandler
 *   `close()` ends every answer still open (live streams, `timeout`, `slow`, `drip`);
 *   `openCount()` counts them (a test can check that a stream was cleaned up).
 */

/**
 * Creates the handler of every path under `/api/`.
 * @param {{ tickMs?: number, now?: () => number, sharedMaxAge?: number }} [options]
 *   `tickMs`: how often the data changes (default 5000); `now`: the clock (default Date.now);
 *   `sharedMaxAge`: seconds a shared cache may keep a good answer (`s-maxage`; default one tick,
 *   at least 1: a proxy then asks once per URL per tick, whatever the number of viewers).
 * @returns {DemoHandler}
 */
export function createDemoHandler(options = {}) {
  const tickMs = options.tickMs ?? 5000;
  if (!(tickMs > 0)) throw new RangeError(`tickMs must be positive, got ${tickMs}`);
  const sharedMaxAge = options.sharedMaxAge ?? Math.max(1, Math.round(tickMs / 1000));
  const cacheable = `public, max-age=0, s-maxage=${sharedMaxAge}`;
  const now = options.now ?? Date.now;
  const start = now();
  const tickAt = () => Math.max(0, Math.floor((now() - start) / tickMs));
  const scopes = new ScopeStore(MAX_SCOPES);
  /** @type {Set<Ctx>} */
  const open = new Set();

  /** @type {Map<string, { kind: 'data' | 'live', route: DataRoute } | { kind: 'echo' } | { kind: 'fixture', answer: () => Answer }>} */
  const endpoints = new Map();
  for (const [path, route] of Object.entries(DATA_ROUTES)) {
    endpoints.set(path, { kind: 'data', route });
    if (route.live) endpoints.set(`${path}/live`, { kind: 'live', route });
  }
  endpoints.set('/api/echo', { kind: 'echo' });
  for (const [path, answer] of Object.entries(BACKEND_SHAPES))
    endpoints.set(path, { kind: 'fixture', answer });

  /** @type {DemoHandler} */
  const handler = Object.assign(
    /**
     * @param {IncomingMessage} req
     * @param {ServerResponse} res
     */
    (req, res) => {
      /** @type {Ctx} */
      const ctx = { req, res, url: new URL(req.url ?? '/', 'http://localhost'), cleanups: [] };
      open.add(ctx);
      res.once('close', () => {
        open.delete(ctx);
        for (const cleanup of ctx.cleanups.splice(0)) cleanup();
      });
      try {
        dispatch(ctx);
      } catch (error) {
        fail(ctx, error);
      }
    },
    {
      close() {
        for (const ctx of open) {
          for (const cleanup of ctx.cleanups.splice(0)) cleanup();
          ctx.res.destroy();
        }
        open.clear();
      },
      openCount: () => open.size,
    },
  );
  return handler;

  /** @param {Ctx} ctx */
  function dispatch(ctx) {
    const { req, res, url } = ctx;
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Expose-Headers', 'ETag, Cache-Control');
    // Only a good data answer may be kept (sendAnswer); the rest is asked for every time.
    res.setHeader('Cache-Control', 'no-store');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Methods': 'GET, HEAD, POST, OPTIONS',
        'Access-Control-Allow-Headers': 'If-None-Match, Content-Type, Cache-Control, Last-Event-ID',
        'Access-Control-Max-Age': '600',
      });
      res.end();
      return;
    }
    req.resume(); // no endpoint reads a request body
    const path = url.pathname.replace(/\/+$/, '');
    if (path === '/api/_fault') return faultControl(ctx);
    if (path === '/api/_stats') return statsControl(ctx);
    if (path === '/api/live') return multiplexed(ctx);
    const endpoint = endpoints.get(path);
    if (!endpoint) return sendJson(res, 404, NOT_FOUND);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendJson(res, 405, { code: 405, msg: 'method not allowed' }, { Allow: 'GET, HEAD' });
    }

    const query = url.searchParams;
    const scope = readScope(query);
    const state = scope === undefined ? undefined : scopes.get(scope);
    if (state) count(state.stats, url, ctx.req);

    /** @type {(tick: number) => Answer} */
    const answerAt =
      endpoint.kind === 'fixture'
        ? endpoint.answer
        : endpoint.kind === 'echo'
          ? echoAnswer(query)
          : dataAnswer(endpoint.route, query);
    const own = readFault(query);
    const fault = own !== undefined ? own : state ? takeStickyFault(state) : null;
    const live = endpoint.kind === 'live';
    serve(ctx, fault, live, answerAt, state);
  }

  /**
   * Applies the fault, then answers: the part shared by every data endpoint.
   * @param {Ctx} ctx
   * @param {Fault | null} fault
   * @param {boolean} live
   * @param {(tick: number) => Answer} answerAt
   * @param {ScopeState | undefined} state
   */
  function serve(ctx, fault, live, answerAt, state) {
    const { res } = ctx;
    const name = fault?.name;
    if (name === 'timeout') return; // never answer; the socket stays open until the client leaves
    if (fault && name === 'slow') {
      const timer = setTimeout(() => {
        try {
          serve(ctx, null, live, answerAt, state);
        } catch (error) {
          fail(ctx, error);
        }
      }, fault.delay ?? DEFAULT_SLOW_MS);
      ctx.cleanups.push(() => clearTimeout(timer));
      return;
    }
    if (name === 'html') return sendRaw(res, 200, HTML_TYPE, HTML_ERROR_PAGE);
    if (name !== undefined && Object.hasOwn(STATUS_FAULTS, name)) {
      return sendJson(res, STATUS_FAULTS[name].code, STATUS_FAULTS[name]);
    }
    if (live) return serveLive(ctx, fault, answerAt);
    if (fault && name === 'huge') return void streamHuge(ctx, hugeBody(fault.size));
    if (name !== undefined && Object.hasOwn(PAYLOAD_FAULTS, name)) {
      return sendAnswer(ctx, { status: 200, type: JSON_TYPE, body: PAYLOAD_FAULTS[name] }, fault);
    }
    // drip and reset spoil the delivery of the real answer; drop only concerns live streams
    sendAnswer(ctx, answerAt(tickAt()), fault, state);
  }

  /**
   * Sends an answer, honouring If-None-Match when no fault spoils it.
   * @param {Ctx} ctx
   * @param {Answer} answer
   * @param {Fault | null} fault
   * @param {ScopeState} [state] the request's scope, which counts the 304s
   */
  function sendAnswer(ctx, answer, fault, state) {
    const { req, res } = ctx;
    const body = Buffer.from(answer.body);
    const etag =
      answer.etag === undefined ? (isJson(answer.type) ? etagOf([body]) : null) : answer.etag;
    /** @type {Record<string, string | number>} */
    const headers = { 'Content-Type': answer.type };
    if (etag) headers.ETag = etag;
    const conditional = !fault || fault.name === 'drop';
    if (conditional && answer.status === 200)
      headers['Cache-Control'] = answer.cacheControl ?? cacheable;
    if (conditional && etag && answer.status === 200 && matchesEtag(req, etag)) {
      if (state) state.stats.notModified++;
      res.writeHead(304, { ETag: etag, 'Cache-Control': answer.cacheControl ?? cacheable });
      res.end();
      return;
    }
    if (answer.status === 204 || answer.status === 304) {
      res.writeHead(answer.status, headers);
      res.end();
      return;
    }
    headers['Content-Length'] = body.length;
    res.writeHead(answer.status, headers);
    if (fault?.name === 'reset') return resetAfter(ctx, body.subarray(0, body.length >> 1));
    if (fault?.name === 'drip') {
      const sink = dripSink(ctx, fault.delay || DEFAULT_DRIP_MS);
      sink.write(body);
      sink.end();
      return;
    }
    res.end(body);
  }

  /**
   * `<path>/live`: server-sent events with the same payload as the plain endpoint, sent at once
   * and then at every tick the payload changes.
   * @param {Ctx} ctx
   * @param {Fault | null} fault
   * @param {(tick: number) => Answer} answerAt
   */
  function serveLive(ctx, fault, answerAt) {
    const { req, res } = ctx;
    res.writeHead(200, {
      'Content-Type': SSE_TYPE,
      'Cache-Control': 'no-cache, no-transform',
      'X-Accel-Buffering': 'no',
    });
    if (req.method === 'HEAD') return void res.end();
    const name = fault?.name;
    const payloadAt = (/** @type {number} */ t) =>
      name !== undefined && Object.hasOwn(PAYLOAD_FAULTS, name)
        ? PAYLOAD_FAULTS[name]
        : answerAt(t).body;
    const event = (/** @type {number} */ t, /** @type {string} */ data) =>
      `id: ${t}\ndata: ${data}\n\n`;

    let tick = tickAt();
    if (fault && name === 'huge') {
      // one huge message, then the stream ends
      res.write(SSE_RETRY);
      const huge = hugeBody(fault.size);
      huge.prefix = `id: ${tick}\ndata: ${huge.prefix}`;
      huge.suffix = `${huge.suffix}\n\n`;
      return void streamHuge(ctx, huge, false);
    }
    let last = payloadAt(tick);
    const first = Buffer.from(SSE_RETRY + event(tick, last));
    if (name === 'reset') return resetAfter(ctx, first.subarray(0, first.length >> 1));
    const sink =
      fault && name === 'drip' ? dripSink(ctx, fault.delay || DEFAULT_DRIP_MS) : directSink(res);
    sink.write(first);
    if (name === 'drop') return sink.end();

    let lastWrite = Date.now();
    /** @type {NodeJS.Timeout | undefined} */
    let timer;
    const schedule = () => {
      const untilNext = start + (tick + 1) * tickMs - now();
      timer = setTimeout(onTick, Math.min(tickMs, Math.max(5, untilNext)));
    };
    const onTick = () => {
      const t = tickAt();
      if (t !== tick && !sink.busy()) {
        tick = t;
        const payload = payloadAt(t);
        if (payload !== last) {
          last = payload;
          sink.write(event(t, payload));
          lastWrite = Date.now();
        }
      }
      if (Date.now() - lastWrite >= SSE_HEARTBEAT_MS && !sink.busy()) {
        sink.write(': ping\n\n');
        lastWrite = Date.now();
      }
      schedule();
    };
    schedule();
    ctx.cleanups.push(() => clearTimeout(timer));
  }

  /**
   * `/api/live?topic=<path of a live endpoint>&topic=…`: the live topics a page needs on one
   * connection (see live.js). Faults and scopes apply to the multiplexed request as a whole.
   * @param {Ctx} ctx
   */
  function multiplexed(ctx) {
    const { url } = ctx;
    const query = url.searchParams;
    const scope = readScope(query);
    const state = scope === undefined ? undefined : scopes.get(scope);
    if (state) count(state.stats, url, ctx.req);
    const fault = readFault(query) ?? (state ? takeStickyFault(state) : null);
    if (fault && fault.name !== 'drop') return serve(ctx, fault, false, () => NO_TOPICS, state);
    const topics = query.getAll('topic').map((topic) => {
      const target = new URL(topic, 'http://localhost');
      const endpoint = endpoints.get(target.pathname.replace(/\/+$/, ''));
      if (endpoint?.kind !== 'live') throw new BadRequest(`not a live topic: ${topic}`);
      return { name: topic, answerAt: dataAnswer(endpoint.route, target.searchParams) };
    });
    if (!topics.length || topics.length > 50) throw new BadRequest('1 to 50 topics');
    const cleanup = serveMultiplexed(ctx.res, topics, {
      tickAt,
      untilNextTick: () => start + (tickAt() + 1) * tickMs - now(),
      tickMs,
      drop: fault?.name === 'drop',
    });
    ctx.cleanups.push(cleanup);
  }

  /**
   * `POST /api/_fault?scope=S&fault=F[&delay=ms][&size=bytes][&times=n]` sets the sticky fault of
   * a scope (`fault` empty or `none` clears it; `times` limits it to the next n requests);
   * `GET` reads it.
   * @param {Ctx} ctx
   */
  function faultControl(ctx) {
    const { req, res, url } = ctx;
    const query = url.searchParams;
    const scope = readScope(query);
    if (scope === undefined) throw new BadRequest('scope required');
    const state = scopes.get(scope);
    if (req.method === 'POST') {
      const fault = readFault(query) ?? null;
      const times = query.has('times') ? intParam(query, 'times', 1, 1e9) : undefined;
      state.fault = fault;
      state.times = fault ? (times ?? Infinity) : 0;
    } else if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendJson(res, 405, { code: 405, msg: 'method not allowed' }, { Allow: 'GET, POST' });
    }
    const times = Number.isFinite(state.times) ? state.times : null;
    sendJson(res, 200, { code: 0, msg: 'ok', data: { scope, fault: state.fault, times } });
  }

  /**
   * `GET /api/_stats?scope=S` → the scope's counters; `POST /api/_stats?scope=S&reset=1` resets.
   * @param {Ctx} ctx
   */
  function statsControl(ctx) {
    const { req, res, url } = ctx;
    const query = url.searchParams;
    const scope = readScope(query);
    if (scope === undefined) throw new BadRequest('scope required');
    const state = scopes.get(scope);
    if (req.method === 'POST') {
      if (query.get('reset') === '1' || query.get('reset') === 'true') state.stats = newStats();
    } else if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendJson(res, 405, { code: 405, msg: 'method not allowed' }, { Allow: 'GET, POST' });
    }
    sendJson(res, 200, state.stats);
  }

  /**
   * @param {Ctx} ctx
   * @param {unknown} error
   */
  function fail(ctx, error) {
    const { res } = ctx;
    if (res.headersSent) return void res.destroy();
    if (error instanceof BadRequest) return sendJson(res, 400, { code: 400, msg: error.message });
    console.error('[demo api]', error);
    sendJson(res, 500, { code: 500, msg: 'internal error' });
  }
}

/**
 * The answer of a data route: its data at a tick, in the requested shape.
 * @param {DataRoute} route
 * @param {URLSearchParams} query
 * @returns {(tick: number) => Answer}
 */
function dataAnswer(route, query) {
  const shapeName = query.get('shape') || 'envelope';
  if (!Object.hasOwn(SHAPES, shapeName)) {
    throw new BadRequest(`unknown shape "${shapeName}"; one of ${Object.keys(SHAPES).join(', ')}`);
  }
  const shape = SHAPES[shapeName];
  return (tick) => ({
    status: 200,
    type: JSON_TYPE,
    body: JSON.stringify(shape(route.data(tick, query))),
  });
}

/**
 * `/api/echo?body=…&status=200&contentType=…&etag=…&cacheControl=…`: exactly the given answer
 * (`etag=` empty: no ETag; absent: a hash of the body when the type is JSON; `cacheControl`
 * absent: the cacheable default).
 * @param {URLSearchParams} query
 * @returns {(tick: number) => Answer}
 */
function echoAnswer(query) {
  const status = query.has('status') ? intParam(query, 'status', 200, 599) : 200;
  const etag = query.get('etag');
  /** @type {Answer} */
  const answer = {
    status,
    type: query.get('contentType') || JSON_TYPE,
    body: query.get('body') ?? '',
    etag: etag === null ? undefined : etag || null,
    cacheControl: query.get('cacheControl') ?? undefined,
  };
  return () => answer;
}

/**
 * The fault named by the query: undefined when there is no `fault` param, null for `none`/empty.
 * @param {URLSearchParams} query
 * @returns {Fault | null | undefined}
 */
function readFault(query) {
  const name = query.get('fault');
  if (name === null) return undefined;
  if (name === '' || name === 'none') return null;
  if (!FAULT_NAMES.has(name)) {
    throw new BadRequest(`unknown fault "${name}"; one of none, ${[...FAULT_NAMES].join(', ')}`);
  }
  /** @type {Fault} */
  const fault = { name };
  if (query.has('delay')) fault.delay = intParam(query, 'delay', 0, MAX_DELAY_MS);
  if (query.has('size')) fault.size = intParam(query, 'size', 0, MAX_HUGE_BYTES);
  return fault;
}

/**
 * The sticky fault of a scope for one request (counts down `times`).
 * @param {ScopeState} state
 */
function takeStickyFault(state) {
  const { fault } = state;
  if (!fault) return null;
  state.times--;
  if (state.times <= 0) state.fault = null;
  return fault;
}

/**
 * @param {URLSearchParams} query
 * @returns {string | undefined}
 */
function readScope(query) {
  const scope = query.get('scope');
  if (!scope) return undefined;
  if (scope.length > 200) throw new BadRequest('scope too long');
  return scope;
}

/**
 * @param {URLSearchParams} query
 * @param {string} name
 * @param {number} min
 * @param {number} max
 */
function intParam(query, name, min, max) {
  const text = query.get(name) ?? '';
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new BadRequest(`${name} must be an integer from ${min} to ${max}`);
  }
  return value;
}

/** @returns {ScopeStats} */
function newStats() {
  return { requests: 0, notModified: 0, bySearch: {}, lastHeaders: {} };
}

/** Request headers that say how a client or a cache between asks (what `lastHeaders` keeps). */
const CACHING_HEADERS = ['if-none-match', 'if-modified-since', 'cache-control', 'pragma'];

/**
 * @param {ScopeStats} stats
 * @param {URL} url
 * @param {IncomingMessage} req
 */
function count(stats, url, req) {
  stats.requests++;
  stats.lastHeaders = {};
  for (const name of CACHING_HEADERS) {
    const value = req.headers[name];
    if (typeof value === 'string') stats.lastHeaders[name] = value;
  }
  const rest = new URLSearchParams(url.searchParams);
  rest.delete('scope');
  const search = rest.toString();
  let key = search ? `${url.pathname}?${search}` : url.pathname;
  if (!Object.hasOwn(stats.bySearch, key)) {
    if (Object.keys(stats.bySearch).length >= MAX_KEYS_PER_SCOPE) key = '(other)';
    else stats.bySearch[key] = 0;
  }
  stats.bySearch[key] = (stats.bySearch[key] ?? 0) + 1;
}

/** Scopes by name, least recently used dropped first beyond `max`. */
class ScopeStore {
  /** @param {number} max */
  constructor(max) {
    this.max = max;
    /** @type {Map<string, ScopeState>} */
    this.map = new Map();
  }

  /**
   * The state of a scope, created when new; marks it recently used.
   * @param {string} scope
   * @returns {ScopeState}
   */
  get(scope) {
    const state = this.map.get(scope) ?? { fault: null, times: 0, stats: newStats() };
    this.map.delete(scope);
    this.map.set(scope, state);
    for (const oldest of this.map.keys()) {
      if (this.map.size <= this.max) break;
      this.map.delete(oldest);
    }
    return state;
  }
}

/**
 * @param {ServerResponse} res
 * @param {number} status
 * @param {unknown} value
 * @param {Record<string, string>} [extra]
 */
function sendJson(res, status, value, extra = {}) {
  const body = Buffer.from(JSON.stringify(value));
  res.writeHead(status, {
    ...extra,
    'Content-Type': JSON_TYPE,
    'Content-Length': body.length,
    ETag: etagOf([body]),
  });
  res.end(body);
}

/**
 * @param {ServerResponse} res
 * @param {number} status
 * @param {string} type
 * @param {string} text
 */
function sendRaw(res, status, type, text) {
  const body = Buffer.from(text);
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': body.length });
  res.end(body);
}

/** @param {string} type */
function isJson(type) {
  return /[/+]json\b/i.test(type);
}

/**
 * A strong ETag: a hash of the body's bytes.
 * @param {Iterable<Buffer | string>} parts
 */
function etagOf(parts) {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part);
  return `"${hash.digest('base64url')}"`;
}

/**
 * Whether the request's If-None-Match names this ETag (weak comparison, as RFC 9110 asks).
 * @param {IncomingMessage} req
 * @param {string} etag
 */
function matchesEtag(req, etag) {
  const header = req.headers['if-none-match'];
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === bare);
}

/**
 * Writes part of the answer, then cuts the connection.
 * @param {Ctx} ctx
 * @param {Buffer} part
 */
function resetAfter(ctx, part) {
  const { req, res } = ctx;
  res.write(part, () => {
    // a moment for the bytes to reach the client before the cut
    const timer = setTimeout(() => req.socket.destroy(), 30);
    ctx.cleanups.push(() => clearTimeout(timer));
  });
}

/**
 * Where a live stream writes: `busy()` says the client has not taken the last writes yet, so a
 * slow client is skipped rather than buffered.
 * @typedef {object} Sink
 * @property {(chunk: string | Buffer) => void} write
 * @property {() => void} end
 * @property {() => boolean} busy
 */

/**
 * @param {ServerResponse} res
 * @returns {Sink}
 */
function directSink(res) {
  return {
    write: (chunk) => void (res.writableEnded || res.destroyed || res.write(chunk)),
    end: () => void res.end(),
    busy: () => res.writableNeedDrain,
  };
}

/**
 * A sink that sends one byte per `interval` ms, and stops when the client goes away.
 * @param {Ctx} ctx
 * @param {number} interval
 * @returns {Sink}
 */
function dripSink(ctx, interval) {
  const { res } = ctx;
  /** @type {Buffer[]} */
  const queue = [];
  let offset = 0;
  let ending = false;
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const pump = () => {
    timer = undefined;
    if (res.writableEnded || res.destroyed) return;
    const head = queue[0];
    if (!head) {
      if (ending) res.end();
      return;
    }
    res.write(head.subarray(offset, offset + 1));
    offset++;
    if (offset >= head.length) {
      queue.shift();
      offset = 0;
    }
    timer = setTimeout(pump, interval);
  };
  ctx.cleanups.push(() => {
    clearTimeout(timer);
    queue.length = 0;
  });
  return {
    write(chunk) {
      const bytes = Buffer.from(chunk);
      if (bytes.length) queue.push(bytes);
      if (!timer) pump();
    },
    end() {
      ending = true;
      if (!timer) pump();
    },
    busy: () => queue.length > 0,
  };
}

/**
 * A valid JSON body of about `size` bytes (within one row): one 64 KiB block of rows written
 * again and again, so it is never held as one string.
 * @typedef {object} HugeBody
 * @property {string} prefix
 * @property {Buffer} block rows, each followed by a comma
 * @property {number} blocks how many times the block is written
 * @property {Buffer} tail the rows that fill the rest, the last one without a comma
 * @property {string} suffix
 */

/** @type {{ bytes: Buffer, ends: number[] } | undefined} */
let hugeBlock;
const HUGE_ROW = (/** @type {number} */ i) =>
  JSON.stringify({
    deptId: `u${String(i).padStart(4, '0')}`,
    deptName: '省直机关第' + String(i).padStart(4, '0') + '党支部',
    joinCount: 100 + (i % 300),
    lastRank: (i % 999) + 1,
    system: '省直机关',
  });

/**
 * @param {number} [size]
 * @returns {HugeBody}
 */
function hugeBody(size = DEFAULT_HUGE_BYTES) {
  if (!hugeBlock) {
    const rows = [];
    /** @type {number[]} */
    const ends = []; // byte offset after each row's comma
    let length = 0;
    for (let i = 0; length < 64 * 1024; i++) {
      const row = HUGE_ROW(i) + ',';
      rows.push(row);
      length += Buffer.byteLength(row);
      ends.push(length);
    }
    hugeBlock = { bytes: Buffer.from(rows.join('')), ends };
  }
  const { bytes, ends } = hugeBlock;
  const prefix = '{"code":0,"msg":"ok","data":{"list":[';
  const room = Math.max(0, size - Buffer.byteLength(prefix) - 32); // 32: the suffix
  const blocks = Math.floor(room / bytes.length);
  // then as many rows of the block as fit (at least one), the last one's comma dropped
  const rest = room - blocks * bytes.length;
  const tailRows = Math.max(1, ends.filter((end) => end <= rest).length);
  const tail = bytes.subarray(0, ends[tailRows - 1] - 1);
  const suffix = `],"total":${blocks * ends.length + tailRows}}}`;
  return { prefix, block: bytes, blocks, tail, suffix };
}

/**
 * Streams a huge body, waiting for the client to take each block (no 8 MB buffers).
 * @param {Ctx} ctx
 * @param {HugeBody} huge
 * @param {boolean} [withHeaders] false when the headers are already sent (live stream)
 */
async function streamHuge(ctx, huge, withHeaders = true) {
  const { res } = ctx;
  const { prefix, block, blocks, tail, suffix } = huge;
  if (withHeaders) {
    const parts = function* () {
      yield prefix;
      for (let i = 0; i < blocks; i++) yield block;
      yield tail;
      yield suffix;
    };
    const length =
      Buffer.byteLength(prefix) + blocks * block.length + tail.length + Buffer.byteLength(suffix);
    res.writeHead(200, {
      'Content-Type': JSON_TYPE,
      'Content-Length': length,
      ETag: etagOf(parts()),
    });
  }
  const gone = () => res.destroyed || res.writableEnded;
  if (!res.write(prefix)) await drained(res);
  for (let i = 0; i < blocks && !gone(); i++) {
    if (!res.write(block)) await drained(res);
  }
  if (!gone()) res.write(tail);
  if (!gone()) res.end(suffix);
}

/**
 * Resolves when the response can take more, or is closed.
 * @param {ServerResponse} res
 * @returns {Promise<void>}
 */
function drained(res) {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
