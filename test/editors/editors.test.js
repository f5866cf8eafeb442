// @ts-check
// The three forms of a widget through the five rich-text editors a portal's CMS uses, as a
// webmaster meets them: paste into the editor through its API (what source mode does), save,
// reopen the saved article in a fresh editor and save again, then publish the saved HTML in a
// GBK article page with a strict CSP at a URL deeper than the editor's page. Which forms come
// through each editor is measured here and asserted (editors.js, `works`); the guide's table
// and the fixtures (the HTML each editor saved) come from the same run.
//
// Run `UPDATE_EDITOR_FIXTURES=1 node --test test/editors/` after an editor upgrade to write the
// fixtures again; otherwise a changed output fails the test.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, openWatchedPage } from '../e2e/browser.js';
import { EDITORS } from './editors.js';
import { LOADER_URL, startEditorSite } from './site.js';

/** @typedef {import('./editors.js').Form} Form */

const FALLBACK = '单位排行榜加载中……';
const ATTRIBUTES =
  'src="/api/rank" path="data.list" fields="unit:deptName,score:joinCount" limit="5"';

/** What a webmaster pastes, in each form: a plain-text fallback, as the guide advises. */
const PASTED = /** @type {const} */ ({
  tag: `<script src="${LOADER_URL}"></script>\n<civic-unit-leaderboard ${ATTRIBUTES}>${FALLBACK}</civic-unit-leaderboard>`,
  placeholder: `<div data-civic="unit-leaderboard" ${ATTRIBUTES.replace(/(\w+)=/g, 'data-$1=')}>${FALLBACK}</div>`,
  text: `<p>[civic-unit-leaderboard ${ATTRIBUTES}]</p>`,
  // What a Chinese IME gives: curly quotes, and a full-width space where a space was.
  typed: `[civic-unit-leaderboard ${ATTRIBUTES.replace(/"([^"]*)"/g, '“$1”').replace(' fields', '　fields')}]`,
});
const FORMS = /** @type {Form[]} */ (Object.keys(PASTED));

const FIXTURES = new URL('./fixtures/', import.meta.url);
const UPDATE = process.env.UPDATE_EDITOR_FIXTURES === '1';

/** @type {Awaited<ReturnType<typeof startEditorSite>>} */
let site;
/** @type {import('playwright-core').Browser} */
let browser;
/** The webmaster's browser profile: every admin tab shares its cache. */
/** @type {import('playwright-core').BrowserContext} */
let office;
/** The unit the backend ranks first. */
let topUnit = '';

before(async () => {
  site = await startEditorSite(Object.fromEntries(EDITORS.map((editor) => [editor.name, editor])));
  browser = await launchBrowser();
  office = await browser.newContext();
  // The editors are self-hosted: nothing of theirs may reach out (CKEditor's version check).
  await office.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
  const rank = await (await fetch(new URL('/api/rank', site.url))).json();
  const rows = /** @type {{ deptName: string, joinCount: number | string }[]} */ (rank.data.list);
  topUnit = rows.reduce((a, b) =>
    parseInt(String(b.joinCount)) > parseInt(String(a.joinCount)) ? b : a,
  ).deptName;
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/**
 * Opens the editor's admin page, pastes `html` (or types `typed` into the empty editor) and
 * saves, as a webmaster does once. Each call loads the page afresh: a new editor.
 * @param {import('playwright-core').Page} page a tab of the webmaster's browser
 * @param {import('./editors.js').Editor} editor
 * @param {string} settings `name` or `name.relaxed`
 * @param {{ html: string } | { typed: string }} input
 */
async function editAndSave(page, editor, settings, input) {
  await page.goto(new URL(`/admin/${settings}.html`, site.url).href);
  await page.waitForFunction(editor.ready, null, { timeout: 15_000 });
  if ('html' in input) await page.evaluate(editor.load, input.html);
  else {
    await page.evaluate(editor.focus);
    await page.keyboard.type(input.typed);
  }
  return page.evaluate(editor.save);
}

/**
 * The saved HTML must equal the fixture, so an editor upgrade that changes its output shows.
 * @param {string} file
 * @param {string} saved
 */
async function checkFixture(file, saved) {
  const url = new URL(file, FIXTURES);
  if (UPDATE) return writeFile(url, saved);
  assert.equal(saved, await readFile(url, 'utf8'), `fixtures/${file}`);
}

/**
 * Publishes `body` as an article and reads what a visitor sees.
 * @param {import('playwright-core').Page} page
 * @param {string} pathname
 * @param {string} body
 */
async function visit(page, pathname, body) {
  const response = await page.goto(site.publish(pathname, body));
  assert.equal(response?.headers()['content-type'], 'text/html; charset=gbk');
  assert.equal(await page.evaluate(() => document.characterSet), 'GBK');
  // The loader turns the forms into widgets once the document is parsed: if none is there at
  // `load`, none will come. A widget that is there settles into a state.
  await page.waitForFunction(
    () => {
      const widget = document.querySelector('civic-unit-leaderboard');
      return !widget || ['ready', 'error', 'empty'].includes(widget.getAttribute('state') ?? '');
    },
    null,
    { timeout: 10_000 },
  );
  return page.evaluate(() => {
    const widget = document.querySelector('.article-content civic-unit-leaderboard');
    const root = widget?.shadowRoot;
    return {
      state: widget?.getAttribute('state') ?? 'none',
      src: widget?.getAttribute('src') ?? null,
      firstUnit: root?.querySelector('[part~="row"] [part~="unit"]')?.textContent?.trim() ?? null,
      rows: root?.querySelectorAll('[part~="row"]').length ?? 0,
      error: root?.querySelector('[part~="error"]')?.textContent?.trim() ?? null,
      /** The fallback kept inside the element, as text only. */
      fallback: widget && widget.children.length === 0 ? widget.textContent?.trim() : null,
      text: document.querySelector('.article-content')?.textContent?.trim(),
    };
  });
}

// Three editors at a time, each in its own pages: faster than one by one, and gentle enough
// for a busy 2-core machine.
describe('rich-text editors', { concurrency: 3 }, () => {
  for (const editor of EDITORS) {
    /** @type {[variant: string, settings: string, works: readonly Form[]][]} */
    const variants = [['default', editor.name, editor.works.default]];
    if (editor.works.relaxed)
      variants.push(['relaxed', `${editor.name}.relaxed`, editor.works.relaxed]);
    for (const [variant, settings, works] of variants) {
      // One form after another: they share the article tab.
      describe(`${editor.label}, ${variant} settings`, { concurrency: 1 }, () => {
        /** @type {import('playwright-core').Page} */
        let admin;
        /** @type {Awaited<ReturnType<typeof openWatchedPage>>} */
        let article;
        before(async () => {
          admin = await office.newPage();
          article = await openWatchedPage(browser);
        });
        after(async () => {
          await admin?.close();
          await article?.page.close();
        });

        for (const form of FORMS.filter((f) => variant === 'default' || f !== 'typed')) {
          const shown = works.includes(form);
          test(`${form} form: ${shown ? 'the widget shows its data' : 'lost, the fallback stays'}`, async () => {
            const input = form === 'typed' ? { typed: PASTED.typed } : { html: PASTED[form] };
            const first = await editAndSave(admin, editor, settings, input);
            const saved = await editAndSave(admin, editor, settings, { html: first });
            await checkFixture(`${settings}-${form}.html`, saved);

            const seen = await visit(
              article.page,
              `/news/2026/12/03/${settings}-${form}.html`,
              saved,
            );
            if (shown) {
              assert.equal(seen.state, 'ready', `widget state in:\n${saved}`);
              assert.equal(seen.rows, 5, 'limit="5" came through');
              assert.equal(seen.firstUnit, topUnit);
            } else {
              assert.equal(seen.state, 'none', `no widget is made from:\n${saved}`);
              assert.ok(seen.text?.includes(FALLBACK) || seen.text?.includes('[civic-'), seen.text);
            }
            assert.deepEqual(article.problems, [], 'no console error, no CSP violation');
            if (form === 'tag' && shown) {
              // The relaxed settings keep the real tag as written: `src` is not rewritten against
              // the editor's page, and the plain-text fallback stays inside the element.
              assert.equal(seen.src, '/api/rank');
              assert.equal(seen.fallback, FALLBACK);
            }
            // No editor keeps the pasted script: the page template must carry it.
            assert.doesNotMatch(saved, /<script/i);
          });
        }
      });
    }
  }
});

// What the guide warns about, shown with the editors themselves.
describe('the traps the guide names', () => {
  /** @type {import('playwright-core').Page} */
  let page;
  before(async () => {
    page = await office.newPage();
  });
  after(() => page?.close());

  const [ckeditor, tinymce] = ['ckeditor4', 'tinymce'].map(
    (name) => /** @type {import('./editors.js').Editor} */ (EDITORS.find((e) => e.name === name)),
  );
  /** @param {string} settings */
  const open = async (settings, editor = ckeditor) => {
    await page.goto(new URL(`/admin/${settings}.html`, site.url).href);
    await page.waitForFunction(editor.ready, null, { timeout: 15_000 });
  };
  const tag = `<civic-unit-leaderboard ${ATTRIBUTES}>${FALLBACK}</civic-unit-leaderboard>`;

  test('CKEditor: saved from source mode the tag stays, and the next edit removes it', async () => {
    await open('ckeditor4');
    const fromSource = await page.evaluate(async (html) => {
      const editor = /** @type {any} */ (window).CKEDITOR.instances.content;
      await new Promise((resolve) => editor.setMode('source', resolve));
      editor.editable().setData(html); // typed into the source view
      return editor.getData();
    }, tag);
    assert.match(fromSource, /<civic-unit-leaderboard /);
    const next = await editAndSave(page, ckeditor, 'ckeditor4', { html: fromSource });
    assert.doesNotMatch(next, /civic-unit-leaderboard/);
    assert.equal(next, '<p>单位排行榜加载中&hellip;&hellip;</p>\n');
  });

  test('CKEditor: without the DTD entries a tag after text is inline, and its <p> moves out', async () => {
    const written = `本周排行：<civic-unit-leaderboard ${ATTRIBUTES}><p>${FALLBACK}</p></civic-unit-leaderboard>`;
    const settings = await readFile(
      new URL('./settings/ckeditor4.relaxed.js', import.meta.url),
      'utf8',
    );
    const allowed = /extraAllowedContent:\s*'([^']+)'/.exec(settings)?.[1];
    assert.ok(allowed);
    // The default page knows no DTD entries: the same editor with extraAllowedContent alone.
    await open('ckeditor4');
    const alone = await page.evaluate(
      async ({ html, extraAllowedContent }) => {
        const { CKEDITOR } = /** @type {any} */ (window);
        CKEDITOR.instances.content.destroy();
        const editor = CKEDITOR.replace('content', { extraAllowedContent });
        await new Promise((resolve) => editor.on('instanceReady', resolve));
        await new Promise((resolve) => editor.setData(html, { callback: resolve }));
        return editor.getData();
      },
      { html: written, extraAllowedContent: allowed },
    );
    assert.match(
      alone,
      /<p>本周排行：<civic-unit-leaderboard [^>]*><\/civic-unit-leaderboard><\/p>/,
    );
    assert.match(
      alone,
      /<p>单位排行榜加载中&hellip;&hellip;<\/p>/,
      'the fallback is out of the tag',
    );

    const relaxed = await editAndSave(page, ckeditor, 'ckeditor4.relaxed', { html: written });
    assert.match(
      relaxed,
      /<p>本周排行：<\/p>\s*<civic-unit-leaderboard [^>]*>\s*<p>单位排行榜加载中&hellip;&hellip;<\/p>\s*<\/civic-unit-leaderboard>/,
    );
  });

  test('TinyMCE: without convert_urls: false, src is rewritten against the editor page and breaks on the article', async () => {
    await open('tinymce.relaxed', tinymce);
    const saved = await page.evaluate((html) => {
      const editor = /** @type {any} */ (window).tinymce.get('content');
      editor.options.set('convert_urls', true); // TinyMCE's default
      editor.setContent(html);
      return editor.getContent();
    }, tag);
    // The editor's page is /admin/…: the URL is made relative to it.
    assert.match(saved, /<civic-unit-leaderboard src="\.\.\/api\/rank"/);
    const { page: reader, problems } = await openWatchedPage(browser);
    try {
      const seen = await visit(reader, '/news/2026/12/03/tinymce-convert-urls.html', saved);
      assert.equal(seen.src, '../api/rank');
      assert.equal(seen.state, 'error', '/news/2026/12/api/rank does not exist');
      assert.match(seen.error ?? '', /数据服务返回错误\(状态码 404\)/);
      assert.ok(
        problems.some((problem) => problem.includes('404')),
        problems.join('\n'),
      );
    } finally {
      await reader.close();
    }
  });
});
