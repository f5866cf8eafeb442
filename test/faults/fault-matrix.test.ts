import { expect } from '@open-wc/testing';
import { DEFAULT_BACKOFF } from '../../src/data/backoff.js';
import type { CivicErrorKind } from '../../src/data/errors.js';
import { echoUrl, newScope, stats, until } from '../helpers/api.js';
import {
  availableWidgets,
  backendServes,
  mountWidget,
  readShownText,
  removeMounted,
  skipUnlessAvailable,
  visibleText,
  watchUncaught,
  WIDGETS,
  type Mounted,
  type WidgetDescriptor,
} from '../helpers/widget-matrix.js';

/** One fault of the backend and what a person must see because of it. */
interface FaultCase {
  name: string;
  /** The demo backend's fault, made sticky for the test's scope. */
  fault: string;
  /** `delay` / `size` of the fault. */
  params?: Record<string, string>;
  /** Widget attributes the case needs (a short timeout, a small size cap). */
  attributes?: Record<string, string>;
  kind: CivicErrorKind;
  status?: number;
  /** What the error sentence (zh-CN) says. */
  says: string;
  /** False: not retried on its own (it would cost its whole size again); recovers by reload. */
  retried?: false;
}

const FAULTS: readonly FaultCase[] = [
  { name: 'HTTP 500', fault: '500', kind: 'http', status: 500, says: '状态码 500' },
  { name: 'HTTP 404', fault: '404', kind: 'http', status: 404, says: '状态码 404' },
  { name: 'HTTP 401', fault: '401', kind: 'http', status: 401, says: '状态码 401' },
  { name: 'HTTP 403', fault: '403', kind: 'http', status: 403, says: '状态码 403' },
  {
    name: 'no answer within timeout="1"',
    fault: 'timeout',
    attributes: { timeout: '1' },
    kind: 'timeout',
    says: '数据服务响应超时',
  },
  { name: 'connection reset mid-body', fault: 'reset', kind: 'network', says: '无法连接数据服务' },
  { name: 'malformed JSON', fault: 'malformed', kind: 'parse', says: '无法识别' },
  { name: 'an HTML error page with status 200', fault: 'html', kind: 'parse', says: '无法识别' },
  { name: 'JSON in the wrong shape', fault: 'wrong-shape', kind: 'shape', says: '数据格式' },
  {
    name: 'a {code: 5001, msg} failure envelope',
    fault: 'backend-error',
    kind: 'backend',
    says: '数据服务报告:数据库连接失败,请稍后再试',
  },
  {
    name: 'a body over max-bytes',
    fault: 'huge',
    params: { size: '200000' },
    attributes: { 'max-bytes': '65536' },
    kind: 'too-large',
    says: '数据量过大',
    retried: false,
  },
  {
    name: 'a 50 MB body against the default 5 MB cap',
    fault: 'huge',
    params: { size: String(50 * 1024 * 1024) },
    kind: 'too-large',
    says: '数据量过大',
    retried: false,
  },
  {
    name: 'a slow drip (1 byte/s) with timeout="1"',
    fault: 'drip',
    params: { delay: '1000' },
    attributes: { timeout: '1' },
    kind: 'timeout',
    says: '数据服务响应超时',
  },
];

/** Slack for a request and a render on top of a backoff delay (2-core CI machines). */
const SLACK_MS = 1000;

/** The longest wait before retry number `attempt` (0-based), per the backoff policy. */
function longestDelay(attempt: number): number {
  return Math.min(DEFAULT_BACKOFF.cap, DEFAULT_BACKOFF.base * 2 ** attempt);
}

/** The most requests a widget may make in `windowMs` of outage, per the backoff policy. */
function mostRequestsIn(windowMs: number): number {
  // One request already in flight when the outage starts, one failing at once, then
  // retries after the shortest delays the policy allows.
  let requests = 2;
  for (let at = 0, attempt = 0; (at += longestDelay(attempt) / 2) <= windowMs; attempt++) {
    requests++;
  }
  return requests;
}

async function setScopeFault(
  scope: string,
  fault: string | null,
  params: Record<string, string> = {},
): Promise<void> {
  const search = new URLSearchParams({ scope, fault: fault ?? 'none', ...params });
  const response = await fetch(`/api/_fault?${search}`, { method: 'POST' });
  if (!response.ok) throw new Error(`_fault answered ${response.status}`);
}

/** Like `until`, for a check that asks the backend. */
async function untilServer(check: () => Promise<boolean>, message: string): Promise<void> {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > 5000) throw new Error(`Timed out waiting: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function part(mounted: Mounted, name: string): string {
  const node = mounted.element.shadowRoot!.querySelector(`[part~="${name}"]`);
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

const stateOf = (mounted: Mounted) => mounted.element.getAttribute('state');
const isFresh = (mounted: Mounted) =>
  stateOf(mounted) === 'ready' && !mounted.element.hasAttribute('stale');

/** How a scenario ended; it runs before its `it` awaits it, so nothing is left unhandled. */
type Outcome = { skipped: true } | { skipped: false; error?: unknown };
/** A test body; `mount` puts widgets on the page that are removed when it ends, pass or fail. */
type Scenario = (mount: typeof mountWidget) => Promise<void | 'skip'>;
type Lane = 'holds-connections' | 'streams';

async function settle(run: Scenario): Promise<Outcome> {
  const mine: Mounted[] = [];
  const mount: typeof mountWidget = (...args) => {
    const mounted = mountWidget(...args);
    mine.push(mounted);
    return mounted;
  };
  try {
    return { skipped: (await run(mount)) === 'skip' };
  } catch (error) {
    return { skipped: false, error };
  } finally {
    // An open EventSource or a polling widget left behind would hold one of the six
    // connections Chromium opens per host, and starve the scenarios after it.
    for (const { element } of mine) element.remove();
  }
}

/**
 * Declares tests whose bodies all start together in a `before` hook (each waits seconds for
 * retries; one after another they would take minutes) and are reported one `it` each.
 * Scenarios in one lane run in turn: those that hold a connection for a second or more, and
 * those with a server-push stream. Chromium opens six connections per host, and a request
 * queued behind them would time out before it reaches the backend.
 */
function concurrently(
  setup: (scenario: (title: string, run: Scenario, lane?: Lane) => void) => void,
): void {
  const scenarios: [string, Scenario, Lane | undefined][] = [];
  const outcomes = new Map<string, Promise<Outcome>>();
  setup((title, run, lane) => {
    scenarios.push([title, run, lane]);
    it(title, async function () {
      const outcome = await outcomes.get(title)!;
      if (outcome.skipped) this.skip();
      else if (outcome.error) throw outcome.error;
    });
  });
  before(() => {
    const lanes = new Map<Lane, Promise<unknown>>();
    for (const [title, run, lane] of scenarios) {
      const outcome = lane
        ? (lanes.get(lane) ?? Promise.resolve()).then(() => settle(run))
        : settle(run);
      if (lane) lanes.set(lane, outcome);
      outcomes.set(title, outcome);
    }
  });
}

const uncaught = watchUncaught();

after(removeMounted);

afterEach(() => {
  expect(uncaught.take(), 'uncaught exceptions and unhandled rejections').to.deep.equal([]);
});

/** Ten seconds of outage for every widget at once, started first so it overlaps the rest. */
async function stormScenario(mount: typeof mountWidget): Promise<void | 'skip'> {
  const widgets = await availableWidgets();
  if (!widgets.length) return 'skip';
  const boards = widgets.map((widget: WidgetDescriptor) => {
    const scope = newScope();
    const src = echoUrl(widget.goodBody, { scope });
    return { widget, scope, mounted: mount(widget, { src, refresh: '1' }) };
  });
  await until(() => boards.every(({ mounted }) => isFresh(mounted)), 'all ready');
  const before = await Promise.all(boards.map(({ scope }) => stats(scope)));
  await Promise.all(boards.map(({ scope }) => setScopeFault(scope, '500')));
  const outageMs = 10_000;
  const blank: string[] = [];
  const started = performance.now();
  while (performance.now() - started < outageMs) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const { widget, mounted } of boards) {
      if (!readShownText(mounted.element).includes(widget.goodText)) blank.push(widget.tag);
    }
  }
  const after = await Promise.all(boards.map(({ scope }) => stats(scope)));
  await Promise.all(boards.map(({ scope }) => setScopeFault(scope, null)));

  expect(blank, 'widgets that lost their last good data').to.deep.equal([]);
  const most = mostRequestsIn(outageMs);
  expect(most).to.be.at.most(6);
  boards.forEach(({ widget }, i) => {
    const requests = after[i].requests - before[i].requests;
    expect(requests, `${widget.tag}: requests in ${outageMs} ms`).to.be.within(3, most);
  });
}

let storm: Promise<Outcome>;
before(async function () {
  this.timeout(60_000);
  // Importing a widget (ECharts: hundreds of modules) stalls the page; not while timing retries.
  await availableWidgets();
  storm = settle(stormScenario);
});

for (const widget of WIDGETS) {
  describe(`<${widget.tag}> under backend faults`, function () {
    this.timeout(30_000);
    before(async function () {
      await skipUnlessAvailable(this, widget);
    });

    const scoped = (scope: string, attributes: Record<string, string> = {}) => ({
      src: echoUrl(widget.goodBody, { scope }),
      ...attributes,
    });

    concurrently((scenario) => {
      for (const fault of FAULTS) {
        scenario(
          `${fault.name}: error state, civic-error "${fault.kind}", recovery within the backoff bound`,
          async (mount) => {
            const scope = newScope();
            await setScopeFault(scope, fault.fault, fault.params);
            const mounted = mount(widget, scoped(scope, fault.attributes));

            const detail = await until(() => mounted.errors[0], 'civic-error', 10_000);
            expect(detail.kind).to.equal(fault.kind);
            if (fault.status) expect(detail.status).to.equal(fault.status);
            await until(() => stateOf(mounted) === 'error', 'state="error"');
            await mounted.element.updateComplete;
            expect(part(mounted, 'error')).to.contain(fault.says);
            if (fault.retried === false) {
              expect(part(mounted, 'error')).to.contain('max-bytes').and.not.contain('重试…');
            } else {
              expect(part(mounted, 'error')).to.contain('稍后将自动重试');
            }
            expect(visibleText(mounted.element)).to.contain(fault.says);

            await setScopeFault(scope, null);
            const cleared = performance.now();
            if (fault.retried === false) mounted.element.reload();
            // The next attempt comes after the backoff delay that follows the failures so far;
            // one still in flight may meet the fault and cost its timeout first.
            const failed = mounted.errors.length;
            const timeout = Number(fault.attributes?.timeout ?? 0) * 1000;
            const bound = longestDelay(failed - 1) + timeout + SLACK_MS;
            await until(() => isFresh(mounted), 'recovery', bound + 2000);
            expect(performance.now() - cleared, 'recovery time (ms)').to.be.at.most(bound);
            await mounted.element.updateComplete;
            expect(visibleText(mounted.element)).to.contain(widget.goodText);
            expect(part(mounted, 'error')).to.equal('');
          },
          fault.attributes?.timeout ? 'holds-connections' : undefined,
        );
      }

      scenario(
        'no server listening: a network error, in the page language (lang="en")',
        async (mount) => {
          const mounted = mount(widget, { src: 'http://127.0.0.1:9/data.json', lang: 'en' });
          const detail = await until(() => mounted.errors[0], 'civic-error');
          expect(detail.kind).to.equal('network');
          await until(() => stateOf(mounted) === 'error', 'state="error"');
          await mounted.element.updateComplete;
          expect(visibleText(mounted.element))
            .to.contain('Cannot reach the data service.')
            .and.contain('Retrying automatically.');
        },
      );

      scenario(
        'keeps the last good data, marked stale with its age, under every fault; recovers from each',
        async (mount) => {
          const cases = FAULTS.map((fault) => {
            const scope = newScope();
            const attributes = { refresh: '1', ...fault.attributes };
            return { fault, scope, mounted: mount(widget, scoped(scope, attributes)) };
          });
          const fresh = () => cases.every(({ mounted }) => isFresh(mounted));
          await until(fresh, 'all ready', 10_000);
          await Promise.all(
            cases.map((c) => setScopeFault(c.scope, c.fault.fault, c.fault.params)),
          );
          await until(
            () => cases.every(({ mounted }) => mounted.element.hasAttribute('stale')),
            'all stale',
            10_000,
          );
          await Promise.all(cases.map(({ mounted }) => mounted.element.updateComplete));
          const wrong = cases.flatMap(({ fault, mounted }) => {
            const problems: string[] = [];
            const kind = mounted.errors.at(-1)?.kind;
            if (kind !== fault.kind) problems.push(`civic-error kind ${kind}`);
            if (stateOf(mounted) !== 'ready') problems.push(`state ${stateOf(mounted)}`);
            if (!/数据未能刷新,显示的是.+的数据/.test(part(mounted, 'stale')))
              problems.push(`stale marker "${part(mounted, 'stale')}"`);
            if (!visibleText(mounted.element).includes(widget.goodText))
              problems.push('last good data not visible');
            return problems.map((problem) => `${fault.name}: ${problem}`);
          });
          expect(wrong).to.deep.equal([]);

          await Promise.all(cases.map((c) => setScopeFault(c.scope, null)));
          for (const { fault, mounted } of cases)
            if (fault.retried === false) mounted.element.reload();
          await until(fresh, 'all recovered', 8000);
        },
        'holds-connections',
      );

      scenario(
        'server gone and back: stale with its age, retries after 0.5–1 s, 1–2 s, 2–4 s, recovers',
        async (mount) => {
          const scope = newScope();
          const mounted = mount(widget, scoped(scope, { refresh: '1' }));
          await until(() => isFresh(mounted), 'ready');
          await setScopeFault(scope, 'reset');
          const failures: number[] = [];
          mounted.element.addEventListener('civic-error', () => failures.push(performance.now()));
          await until(() => failures.length >= 3, 'three failed attempts', 10_000);
          expect(mounted.element.hasAttribute('stale')).to.equal(true);
          expect(visibleText(mounted.element)).to.contain(widget.goodText);

          // The marker tells the age of what is shown: five minutes later it says so.
          const realNow = Date.now;
          Date.now = () => realNow() + 5 * 60_000;
          try {
            mounted.element.requestUpdate();
            await mounted.element.updateComplete;
            expect(part(mounted, 'stale')).to.contain('5分钟前');
          } finally {
            Date.now = realNow;
          }

          // Back before the third retry: it finds the backend and the widget recovers by itself.
          await setScopeFault(scope, null);
          await until(() => isFresh(mounted), 'recovery', longestDelay(2) + SLACK_MS);
          const recovered = performance.now();
          // Each wait is the backoff delay (plus one quick request; polling adds up to 25 ms).
          const gaps = [...failures.slice(1), recovered].map((at, i) => at - failures[i]);
          gaps.forEach((gap, attempt) => {
            expect(gap, `wait before retry ${attempt + 1}`).to.be.within(
              longestDelay(attempt) / 2 - 50,
              longestDelay(attempt) + 500,
            );
          });
        },
      );

      scenario(
        'server push still connecting: the loading skeleton, not a blank box',
        async (mount) => {
          if (!widget.liveUrl || !(await backendServes(widget.liveUrl))) return 'skip';
          const live = `${widget.liveUrl}?fault=slow&delay=1500`;
          const mounted = mount(widget, { live });
          await mounted.element.updateComplete;
          await new Promise((resolve) => setTimeout(resolve, 300));
          expect(stateOf(mounted)).to.equal('loading');
          expect(mounted.element.shadowRoot!.querySelector('[part~="skeleton"]')).not.to.equal(
            null,
          );
          await until(() => isFresh(mounted), 'the first pushed message', 5000);
        },
        'streams',
      );

      scenario(
        'server push of a message over max-bytes: refused as too large, then recovers',
        async (mount) => {
          if (!widget.liveUrl || !(await backendServes(widget.liveUrl))) return 'skip';
          const scope = newScope();
          await setScopeFault(scope, 'huge', { size: '300000' });
          const live = `${widget.liveUrl}?scope=${scope}`;
          const mounted = mount(widget, { live, 'max-bytes': '65536' });
          await until(() => mounted.errors.length || mounted.loads, 'the first message', 5000);
          await setScopeFault(scope, null);
          expect(mounted.errors.map((e) => e.kind)).to.include('too-large');
          expect(stateOf(mounted)).to.equal('error');
          // The huge message ends its stream; the reconnect finds a normal one.
          await until(() => isFresh(mounted), 'fresh again', 5000);
        },
        'streams',
      );

      scenario(
        'server push dropped: stale with its last data, reconnects, resumes when the stream stays',
        async (mount) => {
          if (!widget.liveUrl || !(await backendServes(widget.liveUrl))) return 'skip';
          const scope = newScope();
          await setScopeFault(scope, 'drop');
          const mounted = mount(widget, { live: `${widget.liveUrl}?scope=${scope}` });
          await until(() => stateOf(mounted) === 'ready', 'the first pushed message');
          await until(() => mounted.element.hasAttribute('stale'), 'stale after the drop');
          expect(mounted.errors.map((e) => e.kind)).to.include('network');
          await mounted.element.updateComplete;
          expect(part(mounted, 'stale')).to.match(/数据未能刷新/);
          expect(visibleText(mounted.element)).not.to.equal('');
          // Reconnected at least once (a message after the drop), never more than once per 0.5 s.
          await untilServer(async () => (await stats(scope)).requests >= 2, 'a reconnect');
          const since = performance.now();
          const before = (await stats(scope)).requests;

          await setScopeFault(scope, null);
          await until(() => isFresh(mounted), 'fresh again', 4000);
          const reconnects = (await stats(scope)).requests - before;
          expect(reconnects, 'reconnects').to.be.at.most(
            1 + Math.ceil((performance.now() - since) / 500),
          );
          const errors = mounted.errors.length;
          await new Promise((resolve) => setTimeout(resolve, 2000));
          expect(isFresh(mounted), 'still fresh on a stream that stays').to.equal(true);
          expect(mounted.errors.length).to.equal(errors);
        },
        'streams',
      );
    });
  });
}

describe('no request storm', function () {
  this.timeout(40_000);
  it('during a 10 s outage a widget polling every second asks at most as often as the backoff allows', async function () {
    const outcome = await storm;
    if (outcome.skipped) this.skip();
    else if (outcome.error) throw outcome.error;
  });
});
