import { expect, fixture, html } from '@open-wc/testing';
import '../../src/screen/define.js';
import '../../src/leaderboard/define.js';
import type { CivicScreen } from '../../src/screen/civic-screen.js';
import { layoutStage } from '../../src/screen/scale.js';
import { pageHub } from '../../src/data/source.js';
import { CivicErrorEvent } from '../../src/core/events.js';
import { echoUrl, newScope, setFault, stats, until } from '../helpers/api.js';

const stageOf = (screen: CivicScreen) =>
  screen.shadowRoot!.querySelector<HTMLElement>('[part="stage"]')!;

async function mountScreen(width: number, height: number, attrs = ''): Promise<CivicScreen> {
  const holder = await fixture<HTMLElement>(html`<div></div>`);
  holder.style.width = `${width}px`;
  holder.style.height = `${height}px`;
  // Attributes as a webmaster writes them.
  const screen = document.createElement('civic-screen');
  for (const pair of attrs.split(' ').filter(Boolean)) {
    const [name, value = ''] = pair.split('=');
    screen.setAttribute(name, value);
  }
  const title = document.createElement('span');
  title.slot = 'title';
  title.textContent = '创建全国文明城市指挥中心';
  screen.append(title);
  holder.append(screen);
  await screen.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return screen;
}

describe('<civic-screen>', () => {
  it('passes an axe check', async () => {
    const screen = await mountScreen(960, 540, 'fullscreen');
    await expect(screen).to.be.accessible();
  });

  it('lays out the design: fit letterboxes, fill stretches, width fits the width', () => {
    expect(layoutStage('fit', 960, 600, 1920, 1080)).to.deep.equal({
      scaleX: 0.5,
      scaleY: 0.5,
      left: 0,
      top: 30,
    });
    expect(layoutStage('fill', 960, 600, 1920, 1080)).to.deep.include({
      scaleX: 0.5,
      left: 0,
      top: 0,
    });
    expect(layoutStage('fill', 960, 600, 1920, 1080).scaleY).to.be.closeTo(600 / 1080, 1e-9);
    expect(layoutStage('width', 3840, 1000, 1920, 1080)).to.deep.equal({
      scaleX: 2,
      scaleY: 2,
      left: 0,
      top: 0,
    });
    expect(layoutStage('native', 3840, 2160, 1920, 1080).scaleX).to.equal(2);
    expect(layoutStage('fit', 0, 0, 1920, 1080)).to.deep.equal({
      scaleX: 1,
      scaleY: 1,
      left: 0,
      top: 0,
    });
  });

  it('scales the stage to its box and follows a resize, keeping proportions', async () => {
    const screen = await mountScreen(960, 540);
    let box = stageOf(screen).getBoundingClientRect();
    expect(box.width).to.be.closeTo(960, 1);
    expect(box.height).to.be.closeTo(540, 1);
    screen.parentElement!.style.width = '683px';
    screen.parentElement!.style.height = '384px';
    await until(
      () => Math.abs(stageOf(screen).getBoundingClientRect().width - 683) < 1,
      'resized stage',
    );
    box = stageOf(screen).getBoundingClientRect();
    expect(box.width / box.height).to.be.closeTo(1920 / 1080, 0.01);
  });

  it('lays out at real size with CSS zoom in native mode', async () => {
    const screen = await mountScreen(960, 540, 'mode=native');
    const stage = stageOf(screen);
    expect(stage.style.zoom).to.equal('0.5');
    expect(stage.style.transform).to.equal('');
    expect(stage.getBoundingClientRect().width).to.be.closeTo(960, 1);
  });

  it('shows the time in Beijing', async () => {
    const screen = await mountScreen(960, 540);
    const clock = screen.shadowRoot!.querySelector('[part="clock"]')!.textContent!;
    const expected = new Intl.DateTimeFormat('zh-CN', {
      timeZone: 'Asia/Shanghai',
      hour: '2-digit',
      hour12: false,
    }).format(Date.now());
    expect(clock).to.contain(`${expected.replace(/\D/g, '')}:`);
  });

  it('gives its widgets one shared source of its own', async () => {
    const scope = newScope();
    const screen = await mountScreen(960, 540);
    const src = `/api/rank?scope=${scope}`;
    for (let i = 0; i < 3; i++) {
      const board = document.createElement('civic-unit-leaderboard');
      board.src = src;
      screen.append(board);
    }
    const boards = [...screen.querySelectorAll('civic-unit-leaderboard')];
    await until(
      () => boards.every((board) => board.getAttribute('state') === 'ready'),
      'boards ready',
    );
    expect((await stats(scope)).requests).to.equal(1);
    expect(pageHub.peek(new URL(src, location.href).href)).to.equal(undefined);
  });

  it('raises a banner when a widget has been stale for longer than stale-after', async () => {
    const scope = newScope();
    const screen = await mountScreen(960, 540, 'stale-after=1');
    const board = document.createElement('civic-unit-leaderboard');
    board.src = `/api/rank?scope=${scope}`;
    board.refresh = 1;
    screen.append(board);
    await until(() => board.getAttribute('state') === 'ready', 'ready');
    await setFault(scope, '500');
    const banner = await until(
      () => screen.shadowRoot!.querySelector('[part="banner"]'),
      'banner',
      10_000,
    );
    expect(banner.textContent).to.contain('1 个组件');
    await setFault(scope, null);
    await until(() => !screen.shadowRoot!.querySelector('[part="banner"]'), 'banner gone', 12_000);
  });

  it('clears the banner when a refresh recovers with 304 Not Modified, which fires no civic-load', async () => {
    const scope = newScope();
    const screen = await mountScreen(960, 540, 'stale-after=1');
    const board = document.createElement('civic-unit-leaderboard');
    // An answer that never changes, so the recovery is revalidated.
    board.src = echoUrl([{ unit: '市文明办', score: 10 }], { scope });
    board.refresh = 1;
    screen.append(board);
    await until(() => board.getAttribute('state') === 'ready', 'ready');
    await setFault(scope, '500');
    await until(() => screen.shadowRoot!.querySelector('[part="banner"]'), 'banner', 10_000);
    expect(board.hasAttribute('stale')).to.equal(true);
    const before = (await stats(scope)).notModified;
    let loads = 0;
    board.addEventListener('civic-load', () => loads++);
    await setFault(scope, null);
    await until(() => !board.hasAttribute('stale'), 'stale cleared', 12_000);
    // The same answer as before the fault: revalidated, not sent again.
    expect((await stats(scope)).notModified).to.be.greaterThan(before);
    expect(loads).to.equal(0);
    await until(() => !screen.shadowRoot!.querySelector('[part="banner"]'), 'banner gone', 3000);
  });

  it('does not count a widget whose chart could not start as stale', async () => {
    const screen = await mountScreen(960, 540, 'stale-after=1');
    const board = document.createElement('civic-unit-leaderboard');
    board.data = [{ unit: '市文明办', score: 10 }];
    screen.append(board);
    await until(() => board.getAttribute('state') === 'ready', 'ready');
    const message = 'The chart could not be drawn';
    board.dispatchEvent(new CivicErrorEvent({ source: 'chart', kind: 'init', message }));
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(screen.shadowRoot!.querySelector('[part="banner"]')).to.equal(null);
  });
});
