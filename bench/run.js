// @ts-check
// `npm run bench`: civic-widgets against raw ECharts, plain DOM and DataV, side by side in one
// run, in headless Chromium. Builds what it measures into bench/tmp/ (the pages with esbuild,
// the library with the project's Vite config), serves it on 127.0.0.1, opens a fresh page
// per sample, and reports medians and ratios in bench/results.json and bench/results.md,
// with which budgets (bench/budgets.js) hold. A benchmark, not a test: it exits 0 when a
// budget fails (1 with --check), and 1 when the bench itself breaks.
//
//   node bench/run.js            full run (about 10 minutes on 2 cores)
//   node bench/run.js --quick    tiny sizes, 2 samples, under a minute; writes to bench/tmp/
//   options: --check  --no-write  --samples N
//            --only charts,leaderboard,heap,timeline,autoscroll,loader,page,sizes
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import prettier from 'prettier';
import { evaluateBudgets } from './budgets.js';
import { launch, sleep, withPage } from './lib/browser.js';
import { buildDist, buildPages, firstLine } from './lib/build.js';
import { BENCH, TMP } from './lib/paths.js';
import { markdown, summarize } from './lib/report.js';
import { serve } from './lib/server.js';
import { measureLoader } from './lib/loader.js';
import { measureSizes } from './lib/sizes.js';
import {
  buildWholePages,
  measureWholePage,
  serveSite,
  THROTTLE,
  WHOLE_PAGES,
} from './lib/whole-page.js';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    samples: { type: 'string' },
    only: { type: 'string' },
  },
});

/** What a run measures: the full sizes, or tiny ones that only show the bench works. */
const PLAN = args.quick
  ? {
      samples: 2,
      heatmap: [{ id: '1k', label: '1,000 cells', points: 50, days: 20, samples: 2 }],
      boards: [20, 100],
      heap: { rows: 100, updates: 20, warmup: 5, samples: 1 },
      timeline: { events: 500, steps: 10 },
      autoScroll: { rows: 100, seconds: 2, samples: 1 },
      pages: 1,
      busySeconds: 2,
    }
  : {
      samples: 7,
      heatmap: [
        { id: '1k', label: '1,000 cells', points: 50, days: 20, samples: 7 },
        { id: '10k', label: '10,000 cells', points: 200, days: 50, samples: 7 },
        // Raw ECharts takes seconds per sample here: fewer samples keep the run near 10 min.
        { id: '100k', label: '100,000 cells', points: 1000, days: 100, samples: 3 },
      ],
      boards: [100, 1000],
      // About 3 minutes a sample (200 updates of 1,000 rows, three contenders): one sample.
      heap: { rows: 1000, updates: 200, warmup: 20, samples: 1 },
      timeline: { events: 10_000, steps: 50 },
      autoScroll: { rows: 1000, seconds: 15, samples: 2 },
      pages: 5,
      busySeconds: 20,
    };
const SAMPLES = args.samples ? Math.max(1, Number(args.samples)) : PLAN.samples;
/** @param {number} planned */
const samplesOf = (planned) => (args.samples ? SAMPLES : planned);
const GROUPS = [
  'charts',
  'leaderboard',
  'heap',
  'timeline',
  'autoscroll',
  'loader',
  'page',
  'sizes',
];
const ONLY = args.only ? new Set(args.only.split(',')) : undefined;
for (const group of ONLY ?? []) {
  if (!GROUPS.includes(group)) {
    process.stderr.write(`[bench] --only: no group "${group}"; groups: ${GROUPS.join(', ')}\n`);
    process.exit(2);
  }
}
const wanted = (/** @type {string} */ group) => !ONLY || ONLY.has(group);

/** Rest before a heap reading (see the heap case); a quick run only shows the case works. */
const SETTLE_MS = args.quick ? 300 : 2500;
/** Auto-scroll runs this long before its measured window. */
const RUN_IN_MS = args.quick ? 500 : 1500;

const log = (/** @type {string} */ text) => process.stderr.write(`[bench] ${text}\n`);
const count = (/** @type {number} */ n) => n.toLocaleString('en');
const samplesText = (/** @type {number} */ n) => `${n} sample${n === 1 ? '' : 's'}`;

/** @type {import('./lib/report.js').Case[]} */
const cases = [];
/** @type {string[]} */
const notes = [];
let broken = false;

/**
 * @param {string} id
 * @param {string} group
 * @param {string} label
 * @param {string} unit
 * @param {number} [digits]
 */
function newCase(id, group, label, unit, digits = 1) {
  const c = { id, group, label, unit, digits, contenders: {} };
  cases.push(c);
  return c;
}

/**
 * @param {import('./lib/report.js').Case} c
 * @param {string} contender
 * @param {number} value
 */
function add(c, contender, value) {
  (c.contenders[contender] ??= { samples: [] }).samples.push(Number(value.toFixed(3)));
}

/**
 * @template T
 * @param {T[]} list
 * @param {number} by
 */
const rotate = (list, by) => [...list.slice(by % list.length), ...list.slice(0, by % list.length)];

/**
 * Runs one group of cases; a failure marks its cases, is reported, and the run goes on.
 * @param {import('./lib/report.js').Case[]} group
 * @param {() => Promise<void>} body
 */
async function guarded(group, body) {
  try {
    await body();
  } catch (error) {
    broken = true;
    const message = firstLine(error);
    for (const c of group) c.error ??= message;
    log(`error: ${message}`);
  }
}

async function main() {
  const started = Date.now();
  const load = { start: os.loadavg(), end: /** @type {number[] | undefined} */ (undefined) };
  log(`load average ${load.start.map((v) => v.toFixed(2)).join(' / ')}; building pages`);
  await mkdir(TMP, { recursive: true });
  const built = await buildPages();
  notes.push(...built.notes);
  const has = (/** @type {string} */ page) => built.pages.has(page);

  // One library build for the loader pages and the bundle sizes.
  const dist =
    wanted('loader') || wanted('sizes') || wanted('page') ? await buildDist() : undefined;

  const server = await serve();
  const browser = await launch();
  browserVersion = browser.version();
  /**
   * @template T
   * @param {string} page
   * @param {{ reducedMotion?: 'reduce' | 'no-preference' }} options
   * @param {(page: import('./lib/browser.js').BenchPage) => Promise<T>} use
   */
  const open = (page, options, use) => withPage(browser, server.origin, page, options, use);

  try {
    if (wanted('charts')) {
      // Gauge: ours draws without animation under reduced motion; the raw page sets it off.
      const mount = newCase('gauge.mount', 'charts', 'gauge, first render', 'ms');
      const update = newCase('gauge.update', 'charts', 'gauge, update', 'ms');
      await guarded([mount, update], async () => {
        for (let s = 0; s < SAMPLES; s++) {
          log(`gauge ${s + 1}/${SAMPLES}`);
          for (const who of rotate(['ours', 'echarts'], s)) {
            await open(`gauge-${who}`, { reducedMotion: 'reduce' }, async (page) => {
              add(mount, who, await page.call('mount'));
              add(update, who, await page.call('update'));
            });
          }
        }
      });
      if (has('heatmap-ours') && has('heatmap-echarts')) {
        for (const size of PLAN.heatmap) {
          const n = samplesOf(size.samples);
          const suffix = n === SAMPLES ? '' : ` (${samplesText(n)})`;
          const mount = newCase(
            `heatmap-${size.id}.mount`,
            'charts',
            `heatmap ${size.label}, first render${suffix}`,
            'ms',
          );
          const update = newCase(
            `heatmap-${size.id}.update`,
            'charts',
            `heatmap ${size.label}, update${suffix}`,
            'ms',
          );
          const contenders =
            size.id === '100k' ? ['ours', 'echarts', 'echarts-p0'] : ['ours', 'echarts'];
          await guarded([mount, update], async () => {
            for (let s = 0; s < n; s++) {
              log(`heatmap ${size.label} ${s + 1}/${n}`);
              for (const who of rotate(contenders, s)) {
                const page = who === 'ours' ? 'heatmap-ours' : 'heatmap-echarts';
                const params = {
                  points: size.points,
                  days: size.days,
                  ...(who === 'echarts-p0' ? { progressive: 0 } : {}),
                };
                await open(page, { reducedMotion: 'reduce' }, async (p) => {
                  add(mount, who, await p.call('mount', params));
                  add(update, who, await p.call('update', params));
                });
              }
            }
          });
        }
      }
    }

    if (wanted('leaderboard')) {
      for (const rows of PLAN.boards) {
        const mount = newCase(
          `leaderboard-${rows}.mount`,
          'leaderboard',
          `${count(rows)} rows, mount`,
          'ms',
        );
        const update = newCase(
          `leaderboard-${rows}.update`,
          'leaderboard',
          `${count(rows)} rows, reordered update`,
          'ms',
        );
        await guarded([mount, update], async () => {
          for (let s = 0; s < SAMPLES; s++) {
            log(`leaderboard ${count(rows)} rows ${s + 1}/${SAMPLES}`);
            for (const who of rotate(['ours', 'plain', 'datav'], s)) {
              await open(`leaderboard-${who}`, {}, async (page) => {
                add(mount, who, await page.call('mount', { rows }));
                add(update, who, await page.call('update', { rows }));
              });
            }
          }
        });
      }
    }

    if (wanted('heap')) {
      const { rows, updates, warmup } = PLAN.heap;
      const n = samplesOf(PLAN.heap.samples);
      const heap = newCase(
        `heap-${rows}.leaderboard`,
        'heap',
        `leaderboard, ${count(rows)} rows: ${updates} reordered updates after ${warmup} to warm up (${samplesText(n)})`,
        'KB',
        2,
      );
      await guarded([heap], async () => {
        for (let s = 0; s < n; s++) {
          log(`heap ${s + 1}/${n}`);
          for (const who of rotate(['ours', 'plain', 'datav'], s)) {
            await open(`leaderboard-${who}`, {}, async (page) => {
              await page.call('mount', { rows });
              // The first updates fill caches that stay (compiled code, formatters): warm up.
              await page.call('updates', { rows, count: warmup });
              // Settle before each reading, past the last update's animations (ours: 0.45 s)
              // and past DataV's 2 s carousel wait, whose pending timer holds that update's
              // rows: both readings then see each contender in the same resting state.
              await sleep(SETTLE_MS);
              const before = await page.heapAfterGc();
              await page.call('updates', { rows, count: updates });
              await sleep(SETTLE_MS);
              const after = await page.heapAfterGc();
              add(heap, who, (after - before) / updates / 1024);
            });
          }
        }
      });
    }

    if (wanted('timeline')) {
      const { events, steps } = PLAN.timeline;
      const n = `${count(events)} events`;
      const render = newCase(
        'timeline.render',
        'timeline',
        `${n}: render until shown (→ 2 frames), ms`,
        'ms',
      );
      const nodes = newCase(
        'timeline.nodes',
        'timeline',
        `${n}: DOM nodes after render`,
        'nodes',
        0,
      );
      const scrolled = newCase(
        'timeline.nodes-scrolled',
        'timeline',
        `${n}: DOM nodes after scrolling to the end`,
        'nodes',
        0,
      );
      const total = newCase(
        'timeline.scroll',
        'timeline',
        `${n}: scroll through in ${steps} jumps (2 frames each), ms`,
        'ms',
        0,
      );
      const p50 = newCase(
        'timeline.frame-p50',
        'timeline',
        `${n}: frame time while scrolling, median, ms`,
        'ms',
      );
      const p95 = newCase(
        'timeline.frame-p95',
        'timeline',
        `${n}: frame time while scrolling, 95th percentile, ms`,
        'ms',
      );
      const max = newCase(
        'timeline.frame-max',
        'timeline',
        `${n}: longest frame while scrolling, ms`,
        'ms',
      );
      const long = newCase(
        'timeline.long-frames',
        'timeline',
        `${n}: frames over 50 ms while scrolling`,
        'frames',
        0,
      );
      await guarded([render, nodes, scrolled, total, p50, p95, max, long], async () => {
        for (let s = 0; s < SAMPLES; s++) {
          log(`timeline ${s + 1}/${SAMPLES}`);
          await open('timeline-ours', {}, async (page) => {
            add(render, 'ours', await page.call('mount', { events }));
            await sleep(200);
            add(nodes, 'ours', await page.call('nodes'));
            const scroll = await page.call('scroll', { steps });
            if (!scroll.atEnd) throw new Error('the timeline did not scroll to its end');
            add(total, 'ours', scroll.ms);
            add(p50, 'ours', scroll.p50);
            add(p95, 'ours', scroll.p95);
            add(max, 'ours', scroll.max);
            add(long, 'ours', scroll.long);
            await sleep(500);
            add(scrolled, 'ours', await page.call('nodes'));
          });
        }
      });
    }

    if (wanted('autoscroll')) {
      const { rows, seconds } = PLAN.autoScroll;
      const n = samplesOf(PLAN.autoScroll.samples);
      const span = `${count(rows)} rows, ${seconds} s measured (${samplesText(n)})`;
      const board = newCase(
        `autoscroll-${rows}.leaderboard`,
        'autoscroll',
        `leaderboard, ${span}`,
        's/min',
        2,
      );
      const timeline = newCase(
        `autoscroll-${rows}.timeline`,
        'autoscroll',
        `timeline, ${span}`,
        's/min',
        2,
      );
      /**
       * @param {import('./lib/report.js').Case} c
       * @param {string} who
       * @param {string} page
       * @param {object} params
       */
      const measure = (c, who, page, params) =>
        open(page, {}, async (p) => {
          await p.call('mount', { ...params, autoScroll: true, interval: 1 });
          await sleep(RUN_IN_MS);
          const before = await p.metrics();
          const from = await p.call('position');
          await sleep(seconds * 1000);
          const after = await p.metrics();
          const to = await p.call('position');
          if (from === to) throw new Error(`${page} did not scroll by itself`);
          add(c, who, ((after.TaskDuration - before.TaskDuration) / seconds) * 60);
        });
      await guarded([board, timeline], async () => {
        for (let s = 0; s < n; s++) {
          log(`auto-scroll ${s + 1}/${n}`);
          for (const who of rotate(['ours', 'plain', 'datav'], s))
            await measure(board, who, `leaderboard-${who}`, { rows });
          for (const who of rotate(['ours', 'plain'], s))
            await measure(timeline, who, `timeline-${who}`, { events: rows });
        }
      });
    }

    if (wanted('loader')) {
      const group = /** @type {import('./lib/report.js').Case[]} */ ([]);
      await guarded(group, async () => {
        if (!dist || dist.error) throw new Error(`vite build failed: ${dist?.error}`);
        await measureLoader({
          browser,
          dist: dist.dir,
          samples: SAMPLES,
          newCase: (id, label, unit) => {
            const c = newCase(id, 'loader', label, unit, unit === 'KB' ? 1 : 0);
            group.push(c);
            return c;
          },
          add,
          log,
        });
      });
    }

    if (wanted('page')) {
      const group = /** @type {import('./lib/report.js').Case[]} */ ([]);
      const n = samplesOf(PLAN.pages);
      for (const whole of WHOLE_PAGES) {
        const label = `${whole.label} (${samplesText(n)})`;
        group.push(
          newCase(`page-${whole.id}.shown`, 'page', `${label}: every widget shows data`, 'ms', 0),
          newCase(`page-${whole.id}.tbt`, 'page', `${label}: total blocking time`, 'ms', 0),
          newCase(`page-${whole.id}.longest`, 'page', `${label}: longest task`, 'ms', 0),
        );
      }
      const busy = newCase(
        'page-screen.busy',
        'page',
        `demo/screen.html running by itself (live, auto-scrolling), not throttled, ${PLAN.busySeconds} s after it shows data: main thread busy (CDP TaskDuration), s per minute`,
        's/min',
        2,
      );
      group.push(busy);
      await guarded(group, async () => {
        if (!dist || dist.error) throw new Error(`vite build failed: ${dist?.error}`);
        await buildWholePages();
        const site = await serveSite(dist.dir);
        try {
          for (let s = 0; s < n; s++) {
            for (const whole of WHOLE_PAGES) {
              log(`whole page: ${whole.id} ${s + 1}/${n} (CPU ${THROTTLE}× slower)`);
              for (const who of rotate(['ours', 'floor'], s)) {
                const result = await measureWholePage({
                  browser,
                  origin: site.origin,
                  url: whole[who === 'ours' ? 'ours' : 'floor'],
                  panels: whole.panels,
                  viewport: whole.viewport,
                  // The floor shows its first data and stops: nothing of it runs over time.
                  busySeconds:
                    whole.id === 'screen' && who === 'ours' ? PLAN.busySeconds : undefined,
                });
                if (result.busy !== undefined) add(busy, who, result.busy);
                const cases = group.filter((c) => c.id.startsWith(`page-${whole.id}.`));
                add(cases[0], who, result.shown);
                add(cases[1], who, result.tbt);
                add(cases[2], who, result.longest);
              }
            }
          }
        } finally {
          await site.close();
        }
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }

  /** @type {import('./lib/sizes.js').Size[]} */
  let sizes = [];
  if (wanted('sizes')) {
    log('bundle sizes (vite build into bench/tmp/dist, then esbuild --bundle --minify, gzip -9)');
    try {
      const measured = await measureSizes(dist ?? (await buildDist()));
      sizes = measured.sizes;
      notes.push(...measured.notes);
    } catch (error) {
      broken = true;
      notes.push(`sizes: ${firstLine(error)}`);
    }
  }

  summarize(cases);
  load.end = os.loadavg();
  const cpus = os.cpus();
  const run = {
    date: new Date().toISOString(),
    quick: args.quick ?? false,
    samples: SAMPLES,
    seconds: (Date.now() - started) / 1000,
    machine: {
      cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
      cores: cpus.length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      platform: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
      chromium: browserVersion,
    },
    load,
    notes,
    cases,
    sizes,
    budgets: /** @type {ReturnType<typeof evaluateBudgets>} */ ([]),
  };
  run.budgets = evaluateBudgets(run);
  const table = markdown(run);
  process.stdout.write(`\n${table}\n`);

  if (!args['no-write']) {
    const dir = args.quick ? TMP : BENCH;
    const json = path.join(dir, 'results.json');
    const config = (await prettier.resolveConfig(json)) ?? {};
    await writeFile(
      json,
      await prettier.format(JSON.stringify(run), { ...config, filepath: json }),
    );
    await writeFile(path.join(dir, 'results.md'), table);
    log(`wrote ${path.relative(process.cwd(), json)} and results.md`);
  }
  const failing = run.budgets.filter((budget) => budget.status === 'fails');
  log(
    `${run.budgets.filter((b) => b.status === 'holds').length} budgets hold, ${failing.length} fail` +
      `, ${run.budgets.filter((b) => b.status === 'not measured').length} not measured` +
      (broken ? '; some cases could not be measured (see errors above)' : ''),
  );
  if (broken) process.exitCode = 1;
  else if (args.check && failing.length) process.exitCode = 1;
}

let browserVersion = 'unknown';
main().catch((error) => {
  log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
