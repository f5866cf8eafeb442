// @ts-check
// Shared by the end-to-end tests: the same Chromium the browser tests use, driven by
// playwright-core, and a page that records console errors, page errors and CSP violations.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.js';

export async function launchBrowser() {
  return chromium.launch({
    executablePath: findChromium(),
    args: CHROMIUM_ARGS.filter((arg) => !arg.startsWith('--headless')),
    headless: true,
  });
}

/**
 * Opens a page that collects what must never happen on a portal page.
 * @param {import('playwright-core').Browser} browser
 * @param {{ width: number, height: number }} [viewport]
 */
export async function openWatchedPage(browser, viewport = { width: 1280, height: 800 }) {
  const page = await browser.newPage({ viewport });
  /** @type {string[]} */
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { page, problems };
}

/**
 * The RGBA pixels of a PNG screenshot, decoded by the page itself, so the tests need no image
 * library. `data` holds four bytes a pixel, row by row; it comes back base64-encoded, which
 * keeps a full-page screenshot's pixels a string rather than millions of JSON numbers.
 * @param {import('playwright-core').Page} page
 * @param {Buffer} png
 * @returns {Promise<{ width: number, height: number, data: Buffer }>}
 */
export async function pngPixels(page, png) {
  const { width, height, base64 } = await page.evaluate(async (encoded) => {
    const image = new Image();
    image.src = `data:image/png;base64,${encoded}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2d context');
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let binary = '';
    for (let i = 0; i < data.length; i += 0x8000) {
      binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
    }
    return { width: image.width, height: image.height, base64: btoa(binary) };
  }, png.toString('base64'));
  return { width, height, data: Buffer.from(base64, 'base64') };
}
