// @ts-check
// `node bench/profile.js <page> [method ...]`: where a bench page's time goes. Opens a page
// built by `npm run bench` (bench/tmp/<page>.html, so run the bench once first), records a
// CPU profile (CDP Profiler, 100 µs sampling) around each method call, and prints the
// functions with the most self time and the totals by script, for the figures in
// bench/results.md. A tool for looking, not a measurement: the profiler slows what it samples.
import { parseArgs } from 'node:util';
import { launch } from './lib/browser.js';
import { buildPages } from './lib/build.js';
import { serve } from './lib/server.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    params: { type: 'string', default: '{}' },
    top: { type: 'string', default: '25' },
    // Calls after the first one, profiled together: a short step's costs add up to figures.
    repeat: { type: 'string', default: '1' },
  },
});
const [name = 'gauge-ours', ...methods] = positionals;
const params = JSON.parse(values.params ?? '{}');

// Unminified, so that the profile names functions (the bench itself measures minified pages).
await buildPages({ minify: false });
const server = await serve();
const browser = await launch();
try {
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${server.origin}/${name}.html`);
  await page.waitForFunction(() => /** @type {any} */ (window).bench !== undefined);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Performance.enable');
  const metrics = async () =>
    Object.fromEntries(
      (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
    );
  for (const method of methods.length ? methods : ['mount', 'update']) {
    const before = await metrics();
    await cdp.send('Profiler.start');
    let ms = 0;
    for (let i = 0; i < (method === 'mount' ? 1 : Number(values.repeat)); i++)
      ms += await page.evaluate(
        ([m, p]) => /** @type {any} */ (window).bench[m](p),
        [method, params],
      );
    const { profile } = await cdp.send('Profiler.stop');
    const after = await metrics();
    const phases = ['TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration']
      .map(
        (key) => `${key.replace('Duration', '')} ${((after[key] - before[key]) * 1000).toFixed(1)}`,
      )
      .join(', ');
    process.stdout.write(
      `\n== ${name}.${method}: ${JSON.stringify(ms)} ms; main thread (ms): ${phases}`,
    );
    report(profile, Number(values.top));
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}

/**
 * @param {import('playwright-core').Protocol.Profiler.Profile} profile @param {number} top
 */
function report(profile, top) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  /** @type {Map<number, number>} */
  const self = new Map();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0)));
  /** @type {Map<string, number>} */
  const fns = new Map();
  /** @type {Map<string, number>} */
  const scripts = new Map();
  for (const [id, us] of self) {
    const { callFrame } = /** @type {any} */ (byId.get(id));
    const file = callFrame.url.split('/').pop() || '(native)';
    const key = `${callFrame.functionName || '(anonymous)'} ${file}:${callFrame.lineNumber + 1}:${callFrame.columnNumber + 1}`;
    fns.set(key, (fns.get(key) ?? 0) + us);
    scripts.set(file, (scripts.get(file) ?? 0) + us);
  }
  const lines = (/** @type {Map<string, number>} */ map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, us]) => `  ${(us / 1000).toFixed(2).padStart(8)} ms  ${k}`);
  process.stdout.write(
    `\n-- by script\n${lines(scripts, 10).join('\n')}\n-- self time\n${lines(fns, top).join('\n')}\n`,
  );
}
