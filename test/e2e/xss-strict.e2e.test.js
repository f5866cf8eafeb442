// @ts-check
// The XSS corpus (test/attacks/xss-corpus.js) through the demo backend into the leaderboard
// of demo/strict.html (strict CSP, Trusted Types enforced, the IIFE bundle): every vector in
// unit names, groups, the caption and the backend's error message. Zero script runs (the
// canary), zero CSP or Trusted Types violations, and each text shown exactly as sent.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startDemoServer } from '../../demo/server/start.js';
import { shownText, XSS_CORPUS } from '../attacks/xss-corpus.js';
import { launchBrowser, openWatchedPage } from './browser.js';

/** @type {Awaited<ReturnType<typeof startDemoServer>>} */
let server;
/** @type {import('playwright-core').Browser} */
let browser;

/** Node's default limit for a request head is 16 KB: URLs stay well below it. */
const MAX_URL = 8000;
/** The vectors a URL can carry (the longest ones are fed as `data` in the browser suite). */
const VECTORS = XSS_CORPUS.filter((vector) => !vector.long);

before(async () => {
  server = await startDemoServer({ port: 0 });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * /api/echo URLs answering the strict page's backend shape, each with as many vectors as fit,
 * one vector per row (unit name and group); distinct scores keep the rows in vector order.
 */
function batches() {
  /** @type {{ src: string, expected: string[] }[]} */
  const out = [];
  /** @type {string[]} */
  let texts = [];
  const urlOf = (/** @type {string[]} */ list) => {
    const rows = list.map((text, i) => ({ deptName: text, joinCount: 1000 - i, system: text }));
    const body = JSON.stringify({ code: 0, msg: 'ok', data: { list: rows } });
    return `/api/echo?${new URLSearchParams({ body })}`;
  };
  for (const { text } of VECTORS) {
    if (texts.length && urlOf([...texts, text]).length > MAX_URL) {
      out.push({ src: urlOf(texts), expected: texts.map(shownText) });
      texts = [];
    }
    texts.push(text);
  }
  if (texts.length) out.push({ src: urlOf(texts), expected: texts.map(shownText) });
  return out;
}

/**
 * In the page: what is wrong inside the leaderboard's shadow root (elements that data must
 * never create, event-handler attributes, links that are not http(s)) and the canary.
 * @param {import('playwright-core').Page} page
 */
function inspect(page) {
  return page.evaluate(() => {
    const problems = [];
    if (/** @type {any} */ (window).__xss !== undefined) problems.push('the canary was set');
    const root = document.querySelector('civic-unit-leaderboard')?.shadowRoot;
    if (!root) return ['no shadow root'];
    const never =
      'script,iframe,object,embed,frame,frameset,img,svg,math,style,link,meta,base,form';
    for (const node of root.querySelectorAll(never)) problems.push(`a <${node.localName}>`);
    for (const node of root.querySelectorAll('*')) {
      for (const { name } of node.attributes) {
        if (name.startsWith('on')) problems.push(`<${node.localName} ${name}>`);
      }
      if (node instanceof HTMLAnchorElement && !/^https?:$/.test(new URL(node.href).protocol)) {
        problems.push(`a link to ${node.href}`);
      }
    }
    return problems;
  });
}

test('the XSS corpus stays text in the leaderboard under strict CSP and Trusted Types', async () => {
  assert.ok(VECTORS.length >= 100, `${VECTORS.length} vectors`);
  const { page, problems } = await openWatchedPage(browser);
  await page.goto(`${server.url}strict.html`);
  await page.waitForSelector('civic-unit-leaderboard[state="ready"]', { timeout: 10_000 });
  await page.evaluate(() =>
    document.querySelector('civic-unit-leaderboard')?.removeAttribute('limit'),
  );

  const wrong = [];
  for (const { src, expected } of batches()) {
    await page.evaluate((url) => {
      document.querySelector('civic-unit-leaderboard')?.setAttribute('src', url);
    }, src);
    const shown = await page
      .waitForFunction(
        (texts) => {
          const root = document.querySelector('civic-unit-leaderboard')?.shadowRoot;
          const units = [...(root?.querySelectorAll('[part~="unit"]') ?? [])].map(
            (unit) => unit.textContent,
          );
          return units.length === texts.length && units.every((unit, i) => unit === texts[i]);
        },
        expected,
        { timeout: 5000 },
      )
      .then(
        () => true,
        () => false,
      );
    if (!shown) wrong.push(`not shown literally: ${JSON.stringify(expected).slice(0, 200)}`);
    wrong.push(...(await inspect(page)));
  }

  // The caption (the `metric` attribute) and the backend's own failure message, one by one.
  for (const { text } of VECTORS) {
    const caption = await page.evaluate(async (value) => {
      const board = /** @type {any} */ (document.querySelector('civic-unit-leaderboard'));
      board.setAttribute('metric', value);
      await board.updateComplete;
      return board.shadowRoot.querySelector('[part~="caption"]')?.textContent;
    }, text);
    if (caption !== shownText(text) && caption !== text) {
      wrong.push(`caption not literal: ${JSON.stringify(text).slice(0, 80)}`);
    }
    const body = JSON.stringify({ code: 5001, msg: text });
    const before = await page.evaluate(
      (url) => {
        const board = /** @type {any} */ (document.querySelector('civic-unit-leaderboard'));
        board.__failures ??= 0;
        board.addEventListener('civic-error', () => board.__failures++, { once: true });
        board.setAttribute('src', url);
        return board.__failures;
      },
      `/api/echo?${new URLSearchParams({ body })}`,
    );
    // A message over 500 characters keeps 499 and ends with "…" (the long vectors are ASCII,
    // so no character boundary moves the cut).
    const trimmed = shownText(text);
    const message = shownText(trimmed.length > 500 ? `${trimmed.slice(0, 499)}…` : trimmed);
    const said = await page
      .waitForFunction(
        ([expected, count]) => {
          const board = /** @type {any} */ (document.querySelector('civic-unit-leaderboard'));
          // Over last good data the failure is a stale marker; its sentence holds the message.
          const error = board?.shadowRoot?.querySelector('[part~="error"], [part~="stale"]');
          return board.__failures > count && error?.textContent?.includes(expected);
        },
        /** @type {[string, number]} */ ([message, before]),
        { timeout: 5000 },
      )
      .then(
        () => true,
        () => false,
      );
    if (!said) wrong.push(`backend message not literal: ${JSON.stringify(text).slice(0, 80)}`);
    wrong.push(...(await inspect(page)));
  }

  await page.waitForTimeout(300);
  wrong.push(...(await inspect(page)));
  assert.deepEqual(wrong, []);
  assert.deepEqual(problems, [], 'page errors, console errors and CSP violations');
  await page.close();
});
