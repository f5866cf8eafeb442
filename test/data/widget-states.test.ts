import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/leaderboard/define.js';
import '../../src/screen/define.js';
import { newScope, setFault, until } from '../helpers/api.js';

/**
 * The states a person sees, through a real widget against the demo backend: an error that
 * does not flicker while it is retried, and a theme that follows the page.
 */

type Board = HTMLElement & { updateComplete: Promise<boolean> };

const partOf = (element: Element, name: string) =>
  element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const textOf = (element: Element, name: string) =>
  partOf(element, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** A leaderboard whose backend never answers until the scope's fault is cleared. */
async function unansweredBoard(lang: string, timeout: number) {
  const scope = newScope();
  await setFault(scope, 'timeout');
  const element = await fixture<Board>(
    html`<civic-unit-leaderboard
      lang=${lang}
      timeout=${timeout}
      src=${`/api/rank?scope=${scope}`}
    ></civic-unit-leaderboard>`,
  );
  return { scope, element };
}

describe('an error that is being retried', () => {
  it('stays on screen, marked 正在重试…, with no skeleton in between (timeout="2")', async () => {
    const { scope, element } = await unansweredBoard('zh-CN', 2);
    try {
      await until(() => element.getAttribute('state') === 'error', 'the first error', 6000);
      expect(textOf(element, 'error')).to.contain('数据服务响应超时');
      // Watch every frame through the next retry (0.5–1 s backoff, then 2 s pending).
      const seen = new Set<string>();
      const end = performance.now() + 3500;
      while (performance.now() < end) {
        await nextFrame();
        seen.add(
          `${element.getAttribute('state')}|${partOf(element, 'skeleton') ? 'skeleton' : ''}`,
        );
        if (textOf(element, 'retry-note') === '正在重试…') seen.add('retrying');
        expect(textOf(element, 'error'), 'the sentence stays').to.contain('数据服务响应超时');
      }
      expect([...seen]).to.include('retrying');
      expect(
        [...seen].filter((s) => s.includes('skeleton') || s.startsWith('loading')),
      ).to.deep.equal([]);
      // The alert keeps its node and text, so the retry is not announced again.
      expect(partOf(element, 'error')!.querySelector('[role="alert"]')!.textContent).not.to.contain(
        '重试',
      );
    } finally {
      await setFault(scope, null);
    }
    await until(() => element.getAttribute('state') === 'ready', 'recovered', 8000);
    expect(partOf(element, 'error')).to.equal(null);
  });

  it('says Retrying… on an English page', async () => {
    const { scope, element } = await unansweredBoard('en', 1);
    try {
      await until(() => textOf(element, 'retry-note') === 'Retrying…', 'Retrying…', 6000);
      expect(textOf(element, 'error')).to.contain('The data service did not answer in time.');
    } finally {
      await setFault(scope, null);
    }
  });
});

const surface = (element: Element) =>
  getComputedStyle(element.shadowRoot!.querySelector('.base')!).backgroundColor;
const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(7, 22, 43)';
const rows = [{ unit: '市文明办', score: 1 }];

/** The visitor's OS setting, emulated by the browser itself. */
const darkOs = (on: boolean) => emulateMedia({ colorScheme: on ? 'dark' : 'light' });

describe("the theme follows the page, not the visitor's OS", () => {
  afterEach(async () => {
    await darkOs(false);
    document.documentElement.style.colorScheme = '';
  });

  it('is light by default on a light page, even with a dark OS; theme="auto" follows the OS', async () => {
    await darkOs(true);
    const host = await fixture<HTMLElement>(
      html`<div>
        <civic-unit-leaderboard .data=${rows}></civic-unit-leaderboard>
        <civic-unit-leaderboard theme="auto" .data=${rows}></civic-unit-leaderboard>
      </div>`,
    );
    const [plain, auto] = [...host.children] as Board[];
    await plain.updateComplete;
    expect(plain.hasAttribute('theme'), 'no theme attribute is written').to.equal(false);
    expect(plain.getAttribute('resolved-theme')).to.equal('light');
    expect(surface(plain)).to.equal(LIGHT);
    expect(auto.getAttribute('resolved-theme')).to.equal('dark');
    expect(surface(auto)).to.equal(DARK);
  });

  it('is dark inside <civic-screen>', async () => {
    const screen = await fixture<HTMLElement>(
      html`<civic-screen>
        <civic-unit-leaderboard .data=${rows}></civic-unit-leaderboard>
      </civic-screen>`,
    );
    const board = screen.querySelector('civic-unit-leaderboard') as Board;
    await board.updateComplete;
    expect(board.getAttribute('resolved-theme')).to.equal('dark');
    expect(surface(board)).to.equal(DARK);
  });

  it('follows data-civic-theme on an ancestor, also when it changes', async () => {
    const host = await fixture<HTMLElement>(
      html`<section data-civic-theme="dark">
        <div><civic-unit-leaderboard .data=${rows}></civic-unit-leaderboard></div>
      </section>`,
    );
    const board = host.querySelector('civic-unit-leaderboard') as Board;
    await board.updateComplete;
    expect(surface(board)).to.equal(DARK);
    host.dataset.civicTheme = 'light';
    await until(() => board.getAttribute('resolved-theme') === 'light', 'light again');
    expect(surface(board)).to.equal(LIGHT);
  });

  it('follows color-scheme: dark on the root; "light dark" leaves it to the OS', async () => {
    document.documentElement.style.colorScheme = 'dark';
    const board = await fixture<Board>(
      html`<civic-unit-leaderboard .data=${rows}></civic-unit-leaderboard>`,
    );
    expect(board.getAttribute('resolved-theme')).to.equal('dark');
    expect(surface(board)).to.equal(DARK);
    document.documentElement.style.colorScheme = 'light dark';
    await until(() => board.getAttribute('resolved-theme') === 'light', 'OS (light) decides');
    await darkOs(true);
    document.documentElement.style.colorScheme = 'dark light';
    await until(() => board.getAttribute('resolved-theme') === 'dark', 'OS (dark) decides');
  });

  it('keeps an explicit theme="light" on a dark page', async () => {
    const host = await fixture<HTMLElement>(
      html`<div data-civic-theme="dark">
        <civic-unit-leaderboard theme="light" .data=${rows}></civic-unit-leaderboard>
      </div>`,
    );
    const board = host.firstElementChild as Board;
    await board.updateComplete;
    expect(board.getAttribute('resolved-theme')).to.equal('light');
    expect(surface(board)).to.equal(LIGHT);
  });
});
