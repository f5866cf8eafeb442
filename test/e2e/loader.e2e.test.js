// @ts-check
// The loader on GBK portal pages under a strict CSP and Trusted Types, with dist/ copied to
// another folder and the pages at article URLs deeper than it (script src relative): which
// files each page type fetches, placeholders and text forms as an editor with a Chinese IME
// saved them, what the page adds later, and a part that cannot be loaded.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { scriptsFetched, startPortalServer } from '../../scripts/portal-server.js';
import { launchBrowser, openWatchedPage } from './browser.js';

const MOUNT = '/static/cms/civic-widgets/';
const ARTICLES = '/news/2026/12/';
/** The pages name the script `/dist/…`; here it is relative, from an article three folders deep. */
const REWRITE = /** @type {[string, string][]} */ ([
  ['src="/dist/', 'src="../../../static/cms/civic-widgets/'],
]);

/** @type {import('playwright-core').Browser} */
let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

/** @param {Parameters<typeof startPortalServer>[0]} [options] */
async function portal(options = {}) {
  const server = await startPortalServer({
    mount: MOUNT,
    rewrite: REWRITE,
    tickMs: 3_600_000,
    ...options,
  });
  return {
    server,
    dist: new URL(MOUNT, server.url).href,
    page: (/** @type {string} */ name) => new URL(`${ARTICLES}${name}`, server.url).href,
  };
}

/**
 * Opens a page and waits until every widget on it has data.
 * @param {string} url
 * @param {string[]} ready selectors of widgets that must reach state="ready"
 */
async function open(url, ready) {
  const watched = await openWatchedPage(browser);
  const response = await watched.page.goto(url);
  assert.equal(response?.headers()['content-type'], 'text/html; charset=gbk');
  for (const selector of ready)
    await watched.page.waitForSelector(`${selector}[state="ready"]`, { timeout: 15_000 });
  return watched;
}

/** @param {string[]} files */
const chartCode = (files) =>
  files.filter((file) => !/^civic-widgets\.iife\.js$|^parts\//.test(file));

describe('which files a page fetches', () => {
  test('a leaderboard page: the loader and the leaderboard part with its chunks, no ECharts', async () => {
    const { server, dist, page: at } = await portal();
    try {
      const { page, problems } = await open(at('portal-gbk-board.html'), [
        'civic-unit-leaderboard#rank',
      ]);
      assert.equal(await page.evaluate(() => document.characterSet), 'GBK');
      const files = (await scriptsFetched(page, dist)).map((entry) => entry.file);
      assert.equal(files[0], 'civic-widgets.iife.js');
      assert.ok(files.includes('parts/leaderboard.js'), files.join(' '));
      assert.deepEqual(chartCode(files), [], 'everything comes from the copied folder');
      for (const other of ['gauge', 'heatmap', 'timeline', 'screen'])
        assert.ok(!files.includes(`parts/${other}.js`), `${other} not fetched`);
      const code = await Promise.all(files.map((file) => fetch(dist + file).then((r) => r.text())));
      assert.doesNotMatch(code.join('\n'), /zrender|echarts/i, 'no chart code fetched');
      const units = await page.evaluate(
        () => document.querySelector('#rank')?.shadowRoot?.querySelectorAll('[part~="row"]').length,
      );
      assert.equal(units, 10);
      assert.deepEqual(problems, []);
      await page.close();
    } finally {
      await server.close();
    }
  });

  test('a gauge page: the gauge part and the ECharts it draws with, not the heatmap', async () => {
    const { server, dist, page: at } = await portal();
    try {
      const { page, problems } = await open(at('portal-gbk-gauge.html'), [
        'civic-progress-gauge#ring-gauge',
      ]);
      const files = (await scriptsFetched(page, dist)).map((entry) => entry.file);
      assert.ok(files.includes('parts/gauge.js'), files.join(' '));
      for (const other of ['leaderboard', 'heatmap', 'timeline', 'screen'])
        assert.ok(!files.includes(`parts/${other}.js`), `${other} not fetched`);
      const code = (
        await Promise.all(files.map((file) => fetch(dist + file).then((r) => r.text())))
      ).join('\n');
      assert.match(code, /series\.gauge\b/);
      for (const other of ['heatmap', 'scatter', 'bar', 'line', 'pie'])
        assert.doesNotMatch(code, new RegExp(`series\\.${other}\\b`), `${other} fetched`);
      await page.waitForSelector('#ring-gauge >> canvas', { timeout: 10_000 });
      assert.deepEqual(problems, [], 'ECharts starts under Trusted Types without a policy');
      await page.close();
    } finally {
      await server.close();
    }
  });
});

describe('an article saved by an editor', () => {
  test('placeholders and text forms in the scanned article become widgets; the comment box stays text', async () => {
    const { server, page: at } = await portal();
    try {
      const { page, problems } = await open(at('portal-gbk-forms.html'), [
        '#article > civic-unit-leaderboard',
        '#article > civic-progress-gauge',
        '#article > civic-event-timeline.news',
      ]);
      const seen = await page.evaluate(() => {
        const attributes = (/** @type {string} */ selector) => {
          const element = document.querySelector(selector);
          return Object.fromEntries(
            [...(element?.attributes ?? [])]
              // what the widget reflects itself
              .filter(
                (attribute) =>
                  !['state', 'stale', 'theme', 'resolved-theme', 'order'].includes(attribute.name),
              )
              .map((attribute) => [attribute.name, attribute.value]),
          );
        };
        const root = document.querySelector('#article > civic-unit-leaderboard')?.shadowRoot;
        return {
          board: attributes('#article > civic-unit-leaderboard'),
          gauge: attributes('#article > civic-progress-gauge'),
          timeline: attributes('#article > civic-event-timeline'),
          rows: root?.querySelectorAll('[part~="row"]').length,
          caption: root?.querySelector('[part~="caption"]')?.textContent?.trim(),
          fallback: document.querySelector('#article > civic-event-timeline > p')?.textContent,
          comments: document.querySelector('#comments')?.textContent?.trim(),
          comment: document.querySelectorAll('#comments civic-unit-leaderboard').length,
          mention: [...document.querySelectorAll('#article p')].map((p) => p.textContent).join('|'),
        };
      });
      assert.deepEqual(seen.board, {
        src: '/api/rank?shape=errcode',
        path: 'data.items',
        fields: 'unit:deptName, score:joinCount',
        metric: '参与人次',
        limit: '5',
      });
      assert.deepEqual(seen.gauge, {
        src: '/api/progress?shape=status-result',
        path: 'result',
        mode: 'compact',
        label: '测评达标',
      });
      assert.deepEqual(seen.timeline, {
        class: 'news',
        src: '/api/events?shape=plain',
        limit: '3',
        label: '创城工作动态',
        'heading-level': '3',
      });
      assert.equal(seen.rows, 5);
      assert.equal(seen.caption, '参与人次');
      assert.equal(seen.fallback, '工作动态加载中……如长时间未显示，请使用新版浏览器访问。');
      assert.equal(seen.comment, 0, 'a comment box cannot plant a widget');
      assert.match(seen.comments ?? '', /^\[civic-unit-leaderboard src=/);
      assert.match(seen.mention, /正文中提到 \[civic-unit-leaderboard\] 这种写法时/);
      assert.deepEqual(problems, []);
      await page.close();
    } finally {
      await server.close();
    }
  });

  test('the single bundle reads the same article the same way, with no other file', async () => {
    const {
      server,
      dist,
      page: at,
    } = await portal({
      rewrite: [...REWRITE, ['civic-widgets.iife.js', 'civic-widgets.all.iife.js']],
    });
    try {
      const { page, problems } = await open(at('portal-gbk-forms.html'), [
        '#article > civic-unit-leaderboard',
        '#article > civic-progress-gauge',
        '#article > civic-event-timeline.news',
      ]);
      const files = (await scriptsFetched(page, dist)).map((entry) => entry.file);
      assert.deepEqual(files, ['civic-widgets.all.iife.js']);
      assert.equal(await page.locator('#comments civic-unit-leaderboard').count(), 0);
      assert.deepEqual(problems, []);
      await page.close();
    } finally {
      await server.close();
    }
  });

  test('tags, placeholders and paragraphs the page adds later become widgets too', async () => {
    const { server, dist, page: at } = await portal();
    try {
      const { page, problems } = await open(at('portal-gbk-board.html'), [
        'civic-unit-leaderboard#rank',
      ]);
      const before = (await scriptsFetched(page, dist)).length;
      await page.evaluate(() => {
        const box = /** @type {HTMLElement} */ (document.querySelector('.box_c'));
        const timeline = document.createElement('civic-event-timeline');
        timeline.id = 'later-tag';
        timeline.setAttribute('src', '/api/events?shape=plain');
        box.append(timeline);
        const placeholder = document.createElement('div');
        placeholder.id = 'later-placeholder';
        placeholder.dataset.civic = 'unit-leaderboard';
        placeholder.dataset.src = '/api/rank';
        placeholder.dataset.path = 'data.list';
        placeholder.dataset.limit = '3';
        box.append(placeholder);
        // A CMS filling a marked container by XHR, the way the editor saved it.
        const article = document.createElement('div');
        article.setAttribute('data-civic-scan', '');
        const paragraph = document.createElement('p');
        for (const text of [
          '[civic-progress-gauge ',
          'src=＂/api/progress?shape=success-data＂ ',
          'path=“data”]',
        ]) {
          paragraph.append(Object.assign(document.createElement('span'), { textContent: text }));
        }
        article.append(paragraph);
        box.append(article);
      });
      for (const selector of [
        'civic-event-timeline#later-tag',
        'civic-unit-leaderboard#later-placeholder',
        '[data-civic-scan] > civic-progress-gauge',
      ])
        await page.waitForSelector(`${selector}[state="ready"]`, { timeout: 15_000 });
      const files = (await scriptsFetched(page, dist)).map((entry) => entry.file);
      assert.ok(files.length > before);
      for (const part of ['timeline', 'gauge']) assert.ok(files.includes(`parts/${part}.js`), part);
      assert.equal(
        files.filter((file) => file === 'parts/leaderboard.js').length,
        1,
        'each part once',
      );
      assert.deepEqual(problems, []);
      await page.close();
    } finally {
      await server.close();
    }
  });
});

test('a part that cannot be loaded: the fallback stays and each of its widgets reports civic-error', async () => {
  const { server, page: at } = await portal({ missing: ['parts/leaderboard.js'] });
  try {
    const watched = await openWatchedPage(browser);
    const { page } = watched;
    await page.addInitScript(() => {
      /** @type {any} */ (window).__errors = [];
      document.addEventListener('civic-error', (event) =>
        /** @type {any} */ (window).__errors.push(/** @type {CustomEvent} */ (event).detail.kind),
      );
    });
    await page.goto(at('portal-gbk-board.html'));
    await page.waitForFunction(() => /** @type {any} */ (window).__errors.length > 0, null, {
      timeout: 10_000,
    });
    // The page is scanned again once parsed; the widget still hears of the failure once.
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).__errors), ['network']);
    assert.ok(
      await page.locator('#rank > p.fallback').isVisible(),
      'the fallback is what a visitor sees',
    );
    assert.ok(
      watched.problems.some((problem) => /could not load .*parts\/leaderboard\.js/.test(problem)),
    );
    assert.ok(
      !watched.problems.some((problem) => problem.startsWith('pageerror')),
      'nothing thrown',
    );
    await page.close();
  } finally {
    await server.close();
  }
});

test('a command-center screen is defined before the widgets inside it, even when it arrives last', async () => {
  const { server, dist, page: at } = await portal({ slow: { 'parts/screen.js': 1500 } });
  try {
    const { page, problems } = await openWatchedPage(browser);
    // Records the order in which the page's elements are defined.
    await page.addInitScript(() => {
      const define = customElements.define.bind(customElements);
      /** @type {any} */ (window).__defined = [];
      customElements.define = (name, constructor, options) => {
        /** @type {any} */ (window).__defined.push(name);
        define(name, constructor, options);
      };
    });
    await page.goto(at('screen.html'));
    const shown = ['civic-unit-leaderboard', 'civic-event-timeline', 'civic-progress-gauge'];
    for (const tag of [...shown, 'civic-key-figures'])
      await page.waitForSelector(`${tag}[state="ready"]`, { timeout: 15_000 });
    const defined = await page.evaluate(() => /** @type {any} */ (window).__defined);
    assert.equal(defined[0], 'civic-screen', defined.join(' '));
    assert.deepEqual([...defined].sort(), [
      'civic-event-timeline',
      'civic-key-figures',
      'civic-labor-heatmap',
      'civic-panel',
      'civic-progress-gauge',
      'civic-screen',
      'civic-unit-leaderboard',
    ]);
    const files = (await scriptsFetched(page, dist)).map((entry) => entry.file);
    for (const part of ['screen', 'leaderboard', 'timeline', 'gauge', 'heatmap', 'key-figures'])
      assert.equal(files.filter((file) => file === `parts/${part}.js`).length, 1, part);
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    await server.close();
  }
});
