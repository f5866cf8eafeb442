// @ts-check
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.js';
import { createDemoHandler } from './demo/server/handler.js';

// The demo backend answers the tests' /api requests on the test server itself, so every
// data-layer and widget test talks to a real HTTP server, same origin, no mocked fetch.
const demoApi = createDemoHandler({ tickMs: 200 });

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a page that is not in front gets no animation frames in headless
  // Chromium, and several tests here depend on frames, visibility and real timers.
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 20_000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  middleware: [
    (ctx, next) => {
      if (!ctx.path.startsWith('/api/')) return next();
      // The handler writes the raw response; koa must neither answer nor log its default 404.
      ctx.respond = false;
      ctx.status = 200;
      demoApi(ctx.req, ctx.res);
      return undefined;
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    }),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="zh-CN">
  <head><meta charset="utf-8"></head>
  <body>
    <script>window.process = { env: { NODE_ENV: 'development' } };</script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
