// First: the tracker must wrap timers and listeners before any widget module is loaded.
import { leftSince, snapshot } from './leak-tracker.js';
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { echoUrl, newScope, until } from '../helpers/api.js';
import {
  backendServes,
  chartInstances,
  mountWidget,
  removeMounted,
  skipUnlessAvailable,
  watchUncaught,
  WIDGETS,
  type Mounted,
} from '../helpers/widget-matrix.js';

declare global {
  interface Window {
    /** Set by web-test-runner.soak.config.js for the long run (`only`: one widget's tag). */
    __civicSoak?: { cycles: number; only?: string };
  }
}

/** 300 in `npm test` (the file runs in about a minute); `npm run soak` runs 10,000. */
const CYCLES = window.__civicSoak?.cycles ?? 300;
const WARM_UP = 100;
/**
 * When the heap is read, warming up goes on until it has settled: a chart widget's heap rises
 * by 2–5 MB over its first few thousand updates (V8's optimised code, ECharts' bounded caches
 * filling) and then levels off (measured over 24,000 heatmap updates: +4.5 MB by 3,000, then
 * +0.7 MB over the next 21,000, nearly all of it before 9,000). Settled means less than
 * `SETTLED` bytes more over `SETTLE_STEP` updates, twice in a row, the rate the budget allows (1 MB per
 * 10,000); a leak at or above that rate never settles and is measured anyway after
 * `SETTLE_MAX` updates.
 */
const SETTLE_STEP = 1000;
const SETTLED = 100 * 1024;
const SETTLE_MAX = 12_000;
const SIZES = [10, 200];
/** Every tenth cycle is a fault: a value no widget can show (kept data goes stale). */
const FAULTS: readonly unknown[] = [
  { code: 500, msg: '服务器内部错误' },
  '<html><body>502 Bad Gateway</body></html>',
  [{ bogus: true }, { also: 'bogus' }],
  null,
];
const HEAP_BUDGET = 1024 * 1024;

const uncaught = watchUncaught();
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface HeapReading {
  usedJSHeapSize: number;
  /** DOM nodes alive, attached or not. */
  nodes: number;
}

/**
 * JS heap in use and DOM nodes alive after a full collection, once the page has settled,
 * through the Chrome DevTools Protocol (HeapProfiler.collectGarbage, Performance.getMetrics)
 * by the runner's `civic-heap` command (test/soak/heap-plugin.js); undefined when the runner
 * lacks it. Not `gc()` and `performance.memory` in the page: measured here they swing by
 * 20 MB between two readings of the same state (caches that only a low-memory collection
 * clears), far more than the 1 MB budget.
 */
async function heapAfterGc(): Promise<HeapReading | undefined> {
  // Let transitions and chart animations end: memory they hold for a moment is not kept.
  await wait(600);
  try {
    return await executeServerCommand<HeapReading, undefined>('civic-heap');
  } catch {
    return undefined;
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Every node of a shadow root, comments and text included: Lit's part markers are comments,
 * and a marker left behind per removed row is a leak no element count shows.
 */
function countNodes(root: ShadowRoot): { nodes: number; comments: number } {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  let nodes = 0;
  let comments = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes++;
    if (node.nodeType === Node.COMMENT_NODE) comments++;
  }
  return { nodes, comments };
}

describe('soak', () => {
  afterEach(() => {
    removeMounted();
    expect(uncaught.take(), 'uncaught exceptions and unhandled rejections').to.deep.equal([]);
  });

  const only = window.__civicSoak?.only;
  for (const widget of WIDGETS) {
    (only && widget.tag !== only ? describe.skip : describe)(`<${widget.tag}>`, function () {
      this.timeout(Math.max(60_000, (SETTLE_MAX + CYCLES) * 40));
      before(async function () {
        await skipUnlessAvailable(this, widget);
      });

      it(`stays flat over ${CYCLES} updates (sizes ${SIZES.join('/')}, a fault every 10th)`, async () => {
        const mounted = mountWidget(widget);
        const element = mounted.element as Mounted['element'] & { data?: unknown };
        const nodeCounts = new Map<string, number>();
        const drift: string[] = [];
        let charts = 0;
        const cycle = async (i: number, check: boolean) => {
          const size = SIZES[i % SIZES.length];
          const fault = i % 10 === 9;
          element.data = fault ? FAULTS[((i / 10) % FAULTS.length) | 0] : widget.makeData(size, i);
          await element.updateComplete;
          await nextFrame();
          charts = Math.max(charts, chartInstances(element));
          if (!check) return;
          // A fault keeps the previous payload on screen, marked stale.
          const key = `${fault ? SIZES[(i - 1) % SIZES.length] : size}|${element.getAttribute('state')}|${element.hasAttribute('stale')}`;
          const { nodes, comments } = countNodes(element.shadowRoot!);
          const first = nodeCounts.get(key);
          if (first === undefined) nodeCounts.set(key, nodes);
          else if (first !== nodes && drift.length < 5)
            drift.push(
              `cycle ${i} (${key}): ${nodes} nodes (${comments} comments), first ${first}`,
            );
        };

        let warmed = 0;
        while (warmed < WARM_UP) await cycle(++warmed, false);
        // Both readings on the same payload (cycle 0: the small size, no fault).
        await cycle(0, false);
        let start = await heapAfterGc();
        // Two settled steps in a row: one reading can dip by a few hundred KB.
        for (let settled = 0; start && settled < 2 && warmed < SETTLE_MAX;) {
          for (let i = 0; i < SETTLE_STEP; i++) await cycle(++warmed, false);
          await cycle(0, false);
          const next = (await heapAfterGc())!;
          settled = next.usedJSHeapSize - start.usedJSHeapSize < SETTLED ? settled + 1 : 0;
          start = next;
        }
        // A reading halfway shows the trend: a leak keeps climbing, a cache filling levels off.
        const half = warmed + Math.round(CYCLES / 2);
        let middle: HeapReading | undefined;
        for (let i = warmed + 1; i <= warmed + CYCLES; i++) {
          await cycle(i, true);
          if (i === half && start) middle = await heapAfterGc();
        }
        await cycle(0, false);
        const end = await heapAfterGc();

        expect(drift, 'DOM size drift for the same size and state').to.deep.equal([]);
        expect(nodeCounts.size, 'sizes and states seen').to.be.at.least(SIZES.length);
        expect(charts, 'ECharts instances in one widget').to.be.at.most(1);
        if (!start || !end) {
          console.warn('Heap not measured: the runner has no civic-heap command (heap-plugin.js).');
          return;
        }
        const grown = end.usedJSHeapSize - start.usedJSHeapSize;
        console.log(
          `${widget.tag}: after ${warmed} updates to warm up, heap ${kb(start.usedJSHeapSize)} → ${middle ? `${kb(middle.usedJSHeapSize)} (halfway) → ` : ''}${kb(end.usedJSHeapSize)} ` +
            `(${kb(grown)}, ${(grown / CYCLES).toFixed(0)} B per update), ` +
            `DOM nodes alive ${start.nodes} → ${end.nodes}`,
        );
        expect(grown, `heap growth over ${CYCLES} updates`).to.be.at.most(HEAP_BUDGET);
        expect(end.nodes - start.nodes, 'DOM nodes alive (detached ones included)').to.be.at.most(
          20,
        );
      });

      it('leaves no timers, listeners, observers or EventSources after disconnect', async () => {
        await wait(100);
        const before = snapshot();
        const scope = newScope();
        // Polling and then stale (a backoff timer and the age clock), auto-scrolling over
        // local data, and live (an EventSource) when the backend pushes for this widget.
        const polling = mountWidget(widget, {
          src: echoUrl(widget.goodBody, { scope }),
          refresh: '1',
          'auto-scroll': '',
          interval: '1',
        });
        const local = mountWidget(widget, { 'auto-scroll': '', interval: '1' });
        Object.assign(local.element, { data: widget.makeData(200, 1) });
        const live =
          widget.liveUrl && (await backendServes(widget.liveUrl))
            ? mountWidget(widget, { live: widget.liveUrl })
            : undefined;
        const all = [polling, local, ...(live ? [live] : [])];
        await until(
          () => all.every(({ element }) => element.getAttribute('state') === 'ready'),
          'all ready',
        );
        await fetch(`/api/_fault?scope=${scope}&fault=500`, { method: 'POST' });
        await until(() => polling.element.hasAttribute('stale'), 'stale', 5000);
        await wait(1200);

        removeMounted();
        // Whatever was due within a moment may still fire; nothing may stay armed after that.
        await wait(300);
        expect(leftSince(before)).to.deep.equal([]);
      });
    });
  }
});
