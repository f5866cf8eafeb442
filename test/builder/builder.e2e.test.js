// @ts-check
// The tag builder end to end, as a webmaster uses it: dist/ copied to a site that sends the
// strict CSP with Trusted Types enforced; the builder reads an answer of a real envelope shape
// (by URL or pasted), the unrecognised fields are mapped by picking the answer's own keys, the
// snippet is copied in each form with the script line, put on an article page, and the
// widget on that page shows the rows.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, openWatchedPage } from '../e2e/browser.js';
import { startSite } from './site.js';

/** @typedef {import('playwright-core').Page} Page */

const UNITS = ['省委办公厅', '市文明办', '团市委'];
const SCORES = [50, 30, 20];

/**
 * @typedef {object} Shape
 * @property {string} name
 * @property {unknown} body the backend's answer
 * @property {'url' | 'sample'} given read from the URL, or pasted as a sample
 * @property {string} path the path the builder should find
 * @property {Record<string, string>} picks field label (start) → key to pick
 * @property {RegExp} [before] what the checks say before the picks
 */

/** @type {Shape[]} */
const SHAPES = [
  {
    name: 'RuoYi {code, msg, rows, total}, unknown field names',
    body: {
      code: 200,
      msg: '操作成功',
      rows: UNITS.map((orgTitle, i) => ({ orgTitle, joinNum: SCORES[i] })),
      total: 3,
    },
    given: 'url',
    path: 'rows',
    picks: { 单位名称: 'orgTitle', '分数（': 'joinNum' },
  },
  {
    name: 'RuoYi {code, msg, data: [...]}',
    body: {
      code: 200,
      msg: '操作成功',
      data: UNITS.map((deptName, i) => ({ deptName, joinCount: SCORES[i] })),
    },
    given: 'url',
    path: 'data',
    picks: {},
  },
  {
    name: 'JeecgBoot {success, message, code, result: {records, total}}, pasted',
    body: {
      success: true,
      message: '操作成功！',
      code: 200,
      result: {
        records: UNITS.map((departName, i) => ({ id: String(i + 1), departName, num: SCORES[i] })),
        total: 3,
        size: 10,
        current: 1,
        pages: 1,
      },
      timestamp: 1764720000000,
    },
    given: 'sample',
    path: 'result.records',
    picks: { 单位名称: 'departName' },
  },
  {
    name: 'a bare array with nested objects',
    body: UNITS.map((name, i) => ({ dept: { name, level: 1 }, stats: { joinNum: SCORES[i] } })),
    given: 'url',
    path: '',
    picks: { 单位名称: 'dept.name', '分数（': 'stats.joinNum' },
    // `dept` is an alias of the unit, but holds an object here.
    before: /“单位名称”取自字段 dept，值是一个对象（含 name、level），不是文字/,
  },
  {
    name: 'a nested list {data: {page: {list}}} with deptName/joinCount',
    body: {
      data: {
        page: {
          list: UNITS.map((deptName, i) => ({ deptName, joinCount: `${SCORES[i]}` })),
          pageNum: 1,
        },
      },
    },
    given: 'url',
    path: 'data.page.list',
    picks: {},
  },
];

const FORMS = /** @type {const} */ (['标签写法', '占位块写法', '文字写法']);

/** @type {Awaited<ReturnType<typeof startSite>>} */
let site;
/** @type {import('playwright-core').Browser} */
let browser;

before(async () => {
  site = await startSite();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** @param {unknown} body */
const echoUrl = (body) => `/api/echo?body=${encodeURIComponent(JSON.stringify(body))}`;

/** @param {string} text */
const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Opens the builder from the copied dist/ folder, with the clipboard allowed. */
async function openBuilder() {
  const watched = await openWatchedPage(browser);
  await watched.page
    .context()
    .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  await watched.page.goto(`${site.url}dist/builder.html`);
  return watched;
}

/** @param {Page} page @param {Shape} shape */
async function giveData(page, shape) {
  await page.getByLabel('接口地址', { exact: true }).fill(echoUrl(shape.body));
  if (shape.given === 'url') {
    await page.getByRole('button', { name: '读取接口' }).click();
  } else {
    await page.getByLabel(/粘贴接口返回/).fill(JSON.stringify(shape.body, null, 2));
    await page.getByRole('button', { name: '使用这段数据' }).click();
  }
  await page.getByLabel(/数据所在位置/).waitFor();
}

/** @param {Page} page @param {string} label @param {string} key */
async function pick(page, label, key) {
  await page.getByRole('combobox', { name: new RegExp(`^${label}`) }).selectOption(key);
}

/** The units a leaderboard shows, top first. @param {Page} page @param {string} scope */
async function shownUnits(page, scope) {
  const board = page.locator(`${scope} civic-unit-leaderboard[state="ready"]`);
  await board.waitFor({ timeout: 10_000 });
  return board.evaluate((element) =>
    Array.from(element.shadowRoot?.querySelectorAll('[part~="unit"]') ?? []).map(
      (unit) => unit.textContent,
    ),
  );
}

/** Clicks a copy button and returns what reached the clipboard. @param {Page} page @param {string} name */
async function copy(page, name) {
  await page.getByRole('button', { name: `复制${name}` }).click();
  await page.getByText(`已复制${name}。`).waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}

let pages = 0;

/**
 * Publishes an article with the copied script and snippet, deeper than the dist/ folder.
 * @param {string} script @param {string} snippet @param {string} form
 */
async function publish(script, snippet, form) {
  pages += 1;
  const name = `news/2026/12/article-${pages}.html`;
  const content = form === '文字写法' ? `<p>${escapeHtml(snippet)}</p>` : snippet;
  await site.page(
    name,
    `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>文章</title></head>
<body>
<div class="article" data-civic-scan>
<p>本周各单位参与情况如下。</p>
${content}
</div>
${script}
</body>
</html>`,
  );
  return `${site.url}${name}`;
}

describe('the builder on real envelope shapes', () => {
  for (const shape of SHAPES) {
    test(shape.name, async () => {
      const { page, problems } = await openBuilder();
      await giveData(page, shape);
      assert.equal(await page.getByLabel(/数据所在位置/).inputValue(), shape.path);

      const picks = Object.entries(shape.picks);
      if (picks.length > 0) {
        // Before the picks, the checks name the field that was not found, in Chinese.
        await page
          .getByText(shape.before ?? /没有找到“单位名称”/)
          .first()
          .waitFor();
        for (const [label, key] of picks) await pick(page, label, key);
      }
      assert.deepEqual(await shownUnits(page, '.preview'), UNITS);
      await page.getByText('没有发现问题，数据都能显示。').waitFor();

      const script = await copy(page, '脚本');
      assert.equal(script, '<script src="/dist/civic-widgets.iife.js"></script>');
      for (const form of FORMS) {
        const snippet = await copy(page, form);
        assert.ok(snippet.includes(`src="${echoUrl(shape.body)}"`), snippet);
        if (shape.path) assert.ok(snippet.includes(`path="${shape.path}"`), snippet);
        const article = await browser.newPage();
        const watched = { problems: /** @type {string[]} */ ([]) };
        article.on('pageerror', (error) => watched.problems.push(error.message));
        article.on('console', (message) => {
          if (message.type() === 'error') watched.problems.push(message.text());
        });
        await article.goto(await publish(script, snippet, form));
        assert.deepEqual(await shownUnits(article, '.article'), UNITS, `${form}: ${snippet}`);
        assert.deepEqual(watched.problems, [], form);
        await article.close();
      }
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
});

test('options: limit 3 and auto-scroll set in the builder, in every copied form on a page', async () => {
  const names = ['省委办公厅', '市文明办', '团市委', '市教育局', '市卫健委'];
  const body = {
    code: 200,
    msg: '操作成功',
    data: names.map((deptName, i) => ({ deptName, joinCount: 50 - i })),
  };
  const { page, problems } = await openBuilder();
  await giveData(page, { name: 'five units', body, given: 'url', path: 'data', picks: {} });
  await page.getByLabel(/^最多显示几个单位/).fill('3');
  await page.getByLabel(/^自动滚动/).check();
  const preview = page.locator('.preview civic-unit-leaderboard[limit="3"][auto-scroll]');
  await preview.waitFor();
  const script = await copy(page, '脚本');
  for (const form of FORMS) {
    const snippet = await copy(page, form);
    assert.match(snippet, /limit="3"/, snippet);
    assert.match(
      snippet,
      form === '文字写法' ? / auto-scroll\]$/ : / (data-)?auto-scroll>/,
      snippet,
    );
    const article = await browser.newPage();
    await article.goto(await publish(script, snippet, form));
    assert.deepEqual(await shownUnits(article, '.article'), names.slice(0, 3), form);
    const scrolling = await article
      .locator('.article civic-unit-leaderboard')
      .evaluate((element) => element.hasAttribute('auto-scroll'));
    assert.equal(scrolling, true, form);
    await article.close();
  }
  // Cleared, the option is left out again.
  await page.getByLabel(/^最多显示几个单位/).fill('');
  assert.doesNotMatch(await copy(page, '标签写法'), /limit=/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a heatmap of {points, cells}: one path for both lists, the page shows the cells and the idle points', async () => {
  const body = {
    code: 0,
    msg: 'ok',
    data: {
      points: ['江南社区', '外海社区', '礼乐社区'].map((name) => ({ name, street: '江南街道' })),
      cells: [
        { pointName: '江南社区', day: '2026-11-16', joinNum: 12 },
        { pointName: '外海社区', day: '2026-11-16', joinNum: 30 },
      ],
    },
  };
  const { page, problems } = await openBuilder();
  await page.getByLabel('组件', { exact: true }).selectOption('civic-labor-heatmap');
  await giveData(page, { name: 'heatmap', body, given: 'url', path: 'data', picks: {} });
  assert.equal(await page.getByLabel(/数据所在位置/).inputValue(), 'data');
  await page.getByText(/识别为“点位表 \+ 记录表”：3 个点位，2 条记录/).waitFor();
  await pick(page, '数值（', 'joinNum');
  await page.getByText('没有发现问题，数据都能显示。').waitFor();
  const snippet = await copy(page, '标签写法');
  assert.ok(snippet.includes(' path="data" fields="value:joinNum"'), snippet);
  const article = await browser.newPage();
  await article.goto(await publish(await copy(page, '脚本'), snippet, '标签写法'));
  const heatmap = article.locator('.article civic-labor-heatmap[state="ready"]');
  await heatmap.waitFor({ timeout: 10_000 });
  const shown = await heatmap.evaluate((element) => {
    const names = (/** @type {string} */ selector) =>
      Array.from(element.shadowRoot?.querySelectorAll(selector) ?? []).map((node) =>
        (node.textContent ?? '').trim(),
      );
    return { table: names('[part~="row"] th'), idle: names('.zero-names .name') };
  });
  assert.deepEqual(shown, { table: ['外海社区', '江南社区'], idle: ['礼乐社区'] });
  assert.deepEqual(problems, []);
  await article.close();
  await page.close();
});

test('an answer that reports failure, a malformed or cross-origin address and bad JSON are told plainly', async () => {
  const { page, problems } = await openBuilder();
  const address = page.getByLabel('接口地址', { exact: true });
  await address.fill(echoUrl({ code: 500, msg: '服务器内部错误' }));
  await page.getByRole('button', { name: '读取接口' }).click();
  await page.getByText('接口表示失败：服务器内部错误').waitFor();
  await page.getByText('返回内容里没有找到这个组件能用的数据').waitFor();

  await address.fill('http://[::1');
  await page.getByRole('button', { name: '读取接口' }).click();
  await page.getByText('这不是一个有效的地址，请检查后再试。').waitFor();

  await address.fill('http://example.invalid/api/rank');
  await page.getByRole('button', { name: '读取接口' }).click();
  await page.getByText(/配置器只能读取本网站上的接口/).waitFor();

  await page.getByLabel(/粘贴接口返回/).fill('{code: 200');
  await page.getByRole('button', { name: '使用这段数据' }).click();
  await page.getByText(/粘贴的内容不是有效的 JSON/).waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

test('a gauge: nested categories under other names mapped inside the list', async () => {
  const body = {
    code: 200,
    msg: 'ok',
    data: {
      finishCount: 262,
      catList: [
        { catName: '公共秩序', ok: 20, all: 25 },
        { catName: '市容环境', ok: 30, all: 40 },
      ],
    },
  };
  const { page, problems } = await openBuilder();
  await page.getByLabel('组件', { exact: true }).selectOption('civic-progress-gauge');
  await giveData(page, { name: 'gauge', body, given: 'sample', path: 'data', picks: {} });
  await pick(page, '分类列表', 'catList');
  await pick(page, '分类名称', 'catName');
  await pick(page, '分类已完成项数', 'ok');
  await pick(page, '分类总项数', 'all');
  await page.getByText('没有发现问题，数据都能显示。').waitFor();
  const snippet = await copy(page, '标签写法');
  assert.ok(
    snippet.includes(
      'fields="categories:catList, categories.name:catName, categories.done:ok, categories.total:all"',
    ),
    snippet,
  );
  const article = await browser.newPage();
  await article.goto(await publish(await copy(page, '脚本'), snippet, '标签写法'));
  const gauge = article.locator('civic-progress-gauge[state="ready"]');
  await gauge.waitFor({ timeout: 10_000 });
  const text = await gauge.evaluate((element) => element.shadowRoot?.textContent ?? '');
  assert.match(text, /262\/330/);
  assert.match(text, /公共秩序/);
  assert.deepEqual(problems, []);
  await article.close();
  await page.close();
});

test('English: the builder and the preview speak it after the switch', async () => {
  const { page, problems } = await openBuilder();
  await page.getByLabel(/Language/).selectOption('en');
  await page.getByRole('heading', { level: 1, name: 'Tag builder' }).waitFor();
  assert.equal(await page.evaluate(() => globalThis.document.documentElement.lang), 'en');
  await page.getByLabel('API address', { exact: true }).fill(echoUrl(SHAPES[0].body));
  await page.getByRole('button', { name: 'Read the API' }).click();
  await page
    .getByText(/“Unit name” was not found/)
    .first()
    .waitFor();
  await page.getByRole('combobox', { name: /^Unit name/ }).selectOption('orgTitle');
  await page.getByRole('combobox', { name: /^Score \(/ }).selectOption('joinNum');
  await page.getByText('No problems found: all the data can be shown.').waitFor();
  const header = await page
    .locator('.preview civic-unit-leaderboard')
    .evaluate((element) => element.shadowRoot?.textContent ?? '');
  assert.match(header, /Rank/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the builder page passes axe and works by keyboard', async () => {
  // axe is injected as a script, which the strict CSP would block: this one page skips it.
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${site.url}dist/builder.html`);
  await page.keyboard.press('Tab'); // the language switch
  await page.keyboard.press('Tab'); // the widget
  await page.keyboard.press('Tab'); // the address
  await page.keyboard.type(echoUrl(SHAPES[1].body));
  await page.keyboard.press('Enter');
  await page.locator('.preview civic-unit-leaderboard[state="ready"]').waitFor();
  const require = createRequire(import.meta.url);
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const result = await /** @type {any} */ (globalThis).axe.run(globalThis.document);
    return result.violations.map((/** @type {any} */ v) => `${v.id}: ${v.nodes.length}`);
  });
  assert.deepEqual(violations, []);
  await context.close();
});

test('dist/builder.html is ASCII and has no inline script or style', () => {
  const dist = new URL('../../dist/', import.meta.url);
  const html = readFileSync(new URL('builder.html', dist), 'utf8');
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
  assert.doesNotMatch(html, /<style|\sstyle=/, 'no inline style');
  assert.doesNotMatch(html, /modulepreload/);
  const files = [
    'builder.html',
    ...readdirSync(new URL('builder/', dist)).map((f) => `builder/${f}`),
  ];
  for (const file of files.filter((f) => !f.endsWith('.map'))) {
    // eslint-disable-next-line no-control-regex
    assert.doesNotMatch(readFileSync(new URL(file, dist), 'latin1'), /[^\x00-\x7f]/, file);
  }
});
