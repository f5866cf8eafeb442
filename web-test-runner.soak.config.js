// @ts-check
// `npm run soak`: the soak suite at full length (10,000 updates per widget; SOAK_CYCLES
// overrides; SOAK_ONLY=civic-progress-gauge soaks that widget alone), with the heap
// read through the Chrome DevTools Protocol after a forced GC. SOAK_DAYS (default 7): the
// simulated days of test/soak/week.test.ts.
import base from './web-test-runner.config.js';
import { heapPlugin } from './test/soak/heap-plugin.js';

const cycles = Number(process.env.SOAK_CYCLES) || 10_000;

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  ...base,
  files: ['test/soak/**/*.test.ts'],
  testsFinishTimeout: 4 * 3600_000,
  testFramework: { config: { timeout: 3600_000 } },
  plugins: [...(base.plugins ?? []), heapPlugin()],
  testRunnerHtml: (framework, config) =>
    /** @type {NonNullable<typeof base.testRunnerHtml>} */ (base.testRunnerHtml)(
      framework,
      config,
    ).replace(
      '<head>',
      `<head><script>window.__civicSoak = ${JSON.stringify({ cycles, only: process.env.SOAK_ONLY, days: Number(process.env.SOAK_DAYS) || 7 })};</script>`,
    ),
};
