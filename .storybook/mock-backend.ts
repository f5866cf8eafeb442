/**
 * The demo backend's `/api/` answers inside Storybook, without a server: `fetch` and
 * `EventSource` are wrapped so the stories' URLs (`/api/rank`, `/api/rank?fault=500`,
 * `/api/rank/live`, `/api/echo?body=…`) answer from the demo's data functions in the page.
 * The static build shows every state (loading, empty, error, stale, live) the way the dev
 * server does. Only the preview installs it; the widgets call the browser's own `fetch`.
 */
import { rankData } from '../demo/server/data.js';
import { eventsAt } from '../demo/server/events-data.js';
import { laborPointsData } from '../demo/server/labor-points-data.js';
import { progressAt } from '../demo/server/progress-data.js';
import { overviewAt } from '../demo/server/overview-data.js';

/** How often the demo data moves on, as in the demo server. */
const TICK_MS = 5000;
const started = Date.now();
const tickNow = () => Math.floor((Date.now() - started) / TICK_MS);

/** The data endpoints: the `data` member of `{code: 0, msg: 'ok', data}` at a tick. */
const routes: Record<string, (tick: number) => unknown> = {
  '/api/rank': rankData,
  '/api/progress': progressAt,
  '/api/labor-points': laborPointsData,
  '/api/events': eventsAt,
  '/api/overview': overviewAt,
};

/** `?fault=` answers a story can ask for; `timeout` never answers. */
const faults: Record<string, { status: number; body: string; type?: string }> = {
  500: { status: 500, body: JSON.stringify({ code: 500, msg: '服务器内部错误' }) },
  404: { status: 404, body: JSON.stringify({ code: 404, msg: 'not found' }) },
  'backend-error': {
    status: 200,
    body: JSON.stringify({ code: 5001, msg: '数据库连接失败,请稍后再试' }),
  },
  malformed: { status: 200, body: '{"code":0,"data":{"list":[{"deptName":' },
  html: { status: 200, body: '<!DOCTYPE html><h1>系统维护中</h1>', type: 'text/html' },
};

const JSON_TYPE = 'application/json; charset=utf-8';

/** The answer to one `/api/` URL: a status, a body and its type; null never answers. */
function answer(url: URL): { status: number; body: string; type: string } | null {
  const fault = url.searchParams.get('fault');
  if (fault === 'timeout') return null;
  if (fault && faults[fault]) return { type: JSON_TYPE, ...faults[fault] };
  if (url.pathname === '/api/echo') {
    return {
      status: Number(url.searchParams.get('status') ?? 200),
      body: url.searchParams.get('body') ?? '',
      type: url.searchParams.get('contentType') ?? JSON_TYPE,
    };
  }
  const data = routes[url.pathname.replace(/\/live$/, '')];
  if (!data) return { status: 404, body: faults[404].body, type: JSON_TYPE };
  return {
    status: 200,
    body: JSON.stringify({ code: 0, msg: 'ok', data: data(tickNow()) }),
    type: JSON_TYPE,
  };
}

/** The URL when it is one of the backend's, else undefined (the request goes out as usual). */
function apiUrl(input: RequestInfo | URL | string): URL | undefined {
  const href = typeof input === 'string' || input instanceof URL ? String(input) : input.url;
  const url = new URL(href, location.href);
  return url.origin === location.origin && url.pathname.startsWith('/api/') ? url : undefined;
}

function mockFetch(realFetch: typeof fetch): typeof fetch {
  return (input, init) => {
    const url = apiUrl(input);
    if (!url) return realFetch(input, init);
    const signal = init?.signal ?? undefined;
    return new Promise<Response>((resolve, reject) => {
      const abort = () => reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
      if (signal?.aborted) return abort();
      signal?.addEventListener('abort', abort, { once: true });
      const reply = answer(url);
      if (!reply) return; // `timeout`: only the widget's own timeout or an abort ends it
      // A moment of latency, so the loading skeleton is seen as it is on a real page.
      setTimeout(() => {
        signal?.removeEventListener('abort', abort);
        resolve(
          new Response(reply.body, {
            status: reply.status,
            headers: { 'Content-Type': reply.type },
          }),
        );
      }, 150);
    });
  };
}

/**
 * An EventSource for `<path>/live`: the payload on open and again whenever the demo data
 * moves on, as the demo server pushes it.
 */
function mockEventSource(RealEventSource: typeof EventSource): typeof EventSource {
  return class extends EventTarget {
    static readonly CONNECTING = 0;
    static readonly OPEN = 1;
    static readonly CLOSED = 2;
    readonly CONNECTING = 0;
    readonly OPEN = 1;
    readonly CLOSED = 2;
    readonly url: string;
    readonly withCredentials = false;
    readyState = 0;
    onopen: ((event: Event) => void) | null = null;
    onmessage: ((event: MessageEvent) => void) | null = null;
    onerror: ((event: Event) => void) | null = null;
    private timer?: ReturnType<typeof setInterval>;

    constructor(url: string | URL, init?: EventSourceInit) {
      const api = apiUrl(url);
      if (!api) return new RealEventSource(url, init) as unknown as this;
      super();
      this.url = api.href;
      setTimeout(() => this.connect(api), 150);
    }

    close(): void {
      this.readyState = 2;
      clearInterval(this.timer);
    }

    private connect(url: URL): void {
      if (this.readyState === 2) return;
      const first = answer(url);
      if (!first) return;
      if (first.status !== 200) return void this.fire('error', new Event('error'));
      this.readyState = 1;
      this.fire('open', new Event('open'));
      let last = '';
      const push = () => {
        const body = answer(url)?.body ?? '';
        if (body !== last) this.fire('message', new MessageEvent('message', { data: body }));
        last = body;
      };
      push();
      this.timer = setInterval(push, TICK_MS);
    }

    private fire(type: 'open' | 'message' | 'error', event: Event): void {
      this.dispatchEvent(event);
      const handler = this[`on${type}`] as ((event: Event) => void) | null;
      handler?.call(this, event);
    }
  } as unknown as typeof EventSource;
}

let installed = false;

/** Installs the mock once per preview page (a Storybook loader calls it before each story). */
export function installMockBackend(): void {
  if (installed) return;
  installed = true;
  globalThis.fetch = mockFetch(globalThis.fetch.bind(globalThis));
  globalThis.EventSource = mockEventSource(globalThis.EventSource);
}
