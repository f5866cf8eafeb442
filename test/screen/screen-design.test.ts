import { expect, fixture, html } from '@open-wc/testing';
import '../../src/screen/define.js';
import '../../src/leaderboard/define.js';
import '../../src/heatmap/define.js';
import '../../src/gauge/define.js';
import type { CivicScreen } from '../../src/screen/civic-screen.js';
import type { CivicPanel } from '../../src/screen/civic-panel.js';
import { gridAreas, gridLength, gridTracks, panelGridArea } from '../../src/screen/grid.js';
import { staleAge, staleSentence } from '../../src/core/stale-text.js';
import { newScope, setFault, until } from '../helpers/api.js';

const frames = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

async function mountScreen(markup: ReturnType<typeof html>): Promise<CivicScreen> {
  const holder = await fixture<HTMLElement>(
    html`<div style="width:960px;height:540px">${markup}</div>`,
  );
  const screen = holder.querySelector('civic-screen')!;
  await screen.updateComplete;
  await frames();
  return screen;
}

/** Relative luminance and contrast ratio of two `rgb(…)` colours (WCAG 2.1). */
function luminance(color: string): number {
  const [r, g, b] = color
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number);
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('the screen design language', () => {
  it('passes an axe check with panels, in both themes', async () => {
    const screen = await mountScreen(
      html`<civic-screen fullscreen columns="2">
        <span slot="title">XX市创建全国文明城市指挥中心</span>
        <civic-panel heading="机关单位参与排行"><p>内容</p></civic-panel>
        <civic-panel heading="创城工作动态"><p>内容</p></civic-panel>
      </civic-screen>`,
    );
    await expect(screen).to.be.accessible();
    screen.theme = 'light';
    await screen.updateComplete;
    await expect(screen).to.be.accessible();
  });

  it('turns grid attributes into CSS: counts, track lists, named rows, gaps', () => {
    expect(gridTracks('3')).to.equal('repeat(3, minmax(0, 1fr))');
    expect(gridTracks('500px 1fr 540px')).to.equal('500px 1fr 540px');
    expect(gridTracks('')).to.equal('');
    expect(gridAreas('a b c, a d e')).to.equal('"a b c" "a d e"');
    expect(gridAreas(`'a b' 'c d'`)).to.equal(`'a b' 'c d'`);
    expect(gridLength('16')).to.equal('16px');
    expect(gridLength('1em')).to.equal('1em');
    expect(panelGridArea({ area: 'ranking', span: 2 })).to.equal('ranking');
    expect(panelGridArea({ column: 2, span: 2 })).to.equal('auto / 2 / span 1 / span 2');
    expect(panelGridArea({ row: 1, rowSpan: 2 })).to.equal('1 / auto / span 2 / span 1');
    expect(panelGridArea({})).to.equal('');
  });

  it('lays out panels on the declared grid, without overlap and without page CSS', async () => {
    const screen = await mountScreen(
      html`<civic-screen columns="1fr 2fr" rows="1fr 1fr" areas="left main, side main" gap="10">
        <civic-panel area="main" heading="主"></civic-panel>
        <civic-panel area="left" heading="左"></civic-panel>
        <civic-panel area="side" heading="侧"></civic-panel>
      </civic-screen>`,
    );
    const [main, left, side] = [...screen.querySelectorAll<CivicPanel>('civic-panel')].map((p) =>
      p.getBoundingClientRect(),
    );
    expect(main.width).to.be.greaterThan(left.width * 1.8);
    expect(main.height).to.be.closeTo(left.height + side.height + 5, 3);
    expect(left.bottom).to.be.lessThan(side.top);
    expect(left.right).to.be.lessThan(main.left);
  });

  it('frames a panel with a heading, four corners and a glow made of CSS only', async () => {
    const screen = await mountScreen(
      html`<civic-screen>
        <civic-panel heading="测评体系达标进度"><p>内容</p></civic-panel>
      </civic-screen>`,
    );
    const panel = screen.querySelector<CivicPanel>('civic-panel')!;
    const frame = panel.shadowRoot!.querySelector<HTMLElement>('[part="frame"]')!;
    const style = getComputedStyle(frame);
    expect(style.backgroundImage).not.to.contain('url(');
    // The corners: an accent border masked to four squares, no image.
    const corners = getComputedStyle(frame, '::before');
    expect(corners.borderTopWidth).to.equal('3px');
    expect(corners.maskImage).to.contain('conic-gradient');
    expect(corners.maskImage).not.to.contain('url(');
    expect(style.boxShadow).to.contain('inset');
    const heading = panel.shadowRoot!.querySelector('h2')!;
    expect(heading.textContent!.trim()).to.equal('测评体系达标进度');
    expect(frame.getAttribute('aria-labelledby')).to.equal('heading');
  });

  it('leaves out the heatmap key hint in kiosk mode and still passes axe', async () => {
    const rows = [
      { point: '金溪社区', date: '2026-12-02', value: 62, district: '外海街道' },
      { point: '威东社区', date: '2026-12-03', value: 12, district: '礼乐街道' },
    ];
    const screen = await mountScreen(
      html`<civic-screen kiosk>
        <civic-panel heading="热力"
          ><civic-labor-heatmap .data=${rows}></civic-labor-heatmap
        ></civic-panel>
      </civic-screen>`,
    );
    const heatmap = screen.querySelector('civic-labor-heatmap')!;
    await until(() => heatmap.getAttribute('state') === 'ready', 'ready');
    expect(heatmap.shadowRoot!.querySelector('.hint')).to.equal(null);
    await expect(screen).to.be.accessible();
    screen.kiosk = false;
    await until(() => heatmap.shadowRoot!.querySelector('.hint') !== null, 'hint back');
  });

  it('draws charts at the device resolution of the scaled screen, and again after a rescale', async () => {
    const screen = await mountScreen(
      html`<civic-screen>
        <civic-panel heading="进度">
          <civic-progress-gauge
            .data=${{ total: 330, done: 262, categories: [] }}
          ></civic-progress-gauge>
        </civic-panel>
      </civic-screen>`,
    );
    const holder = screen.parentElement!;
    const gauge = screen.querySelector('civic-progress-gauge')!;
    const ratio = () => {
      const canvas = gauge.shadowRoot!.querySelector('canvas');
      if (!canvas) return 0;
      return canvas.width / (canvas.getBoundingClientRect().width * devicePixelRatio);
    };
    // 960×540 shows the 1920 design at half size: half the pixels suffice, not the design's.
    await until(() => Math.abs(ratio() - 1) < 0.02, `canvas at device resolution (${ratio()})`);
    // Full size: the chart's layout size stays, only the scale changes; it is drawn anew.
    const before = gauge.shadowRoot!.querySelector('canvas')!.width;
    holder.style.width = '1920px';
    holder.style.height = '1080px';
    await until(
      () => (gauge.shadowRoot!.querySelector('canvas')?.width ?? 0) > before * 1.9,
      'redrawn at twice the pixels',
      5000,
    );
    expect(ratio()).to.be.closeTo(1, 0.02);
  });

  it('names the clock by the time it shows, not by "北京时间"', async () => {
    const screen = await mountScreen(html`<civic-screen></civic-screen>`);
    const clock = screen.shadowRoot!.querySelector('[part="clock"]')!;
    expect(clock.hasAttribute('aria-label')).to.equal(false);
    expect(clock.textContent).to.match(/\d{4}年\d+月\d+日星期.\s\d\d:\d\d:\d\d/);
    expect(clock.getAttribute('datetime')).to.match(/T\d\d:\d\d\+08:00$/);
  });

  it('meets WCAG AA in the light theme: clock, title, button text 4.5:1, focus ring 3:1', async () => {
    const screen = await mountScreen(
      html`<civic-screen theme="light" fullscreen>
        <span slot="title">XX市创建全国文明城市指挥中心</span>
      </civic-screen>`,
    );
    const root = screen.shadowRoot!;
    const background = getComputedStyle(screen).backgroundColor;
    // The light background is a gradient over this colour; the header sits on its lightest part.
    const page = 'rgb(238, 241, 245)';
    expect(background === 'rgba(0, 0, 0, 0)' || contrast(background, page) < 1.2).to.equal(true);
    const title = screen.querySelector('[slot="title"]')!;
    const clock = root.querySelector('[part="clock"]')!;
    const button = root.querySelector<HTMLButtonElement>('[part="fullscreen-button"]')!;
    for (const [name, element] of [
      ['title', title],
      ['clock', clock],
      ['button', button],
    ] as const) {
      const ratio = contrast(getComputedStyle(element).color, page);
      expect(ratio, name).to.be.greaterThan(4.5);
      // The header's tint is light too: the darkest the text sits on.
      expect(
        contrast(getComputedStyle(element).color, 'rgb(221, 230, 242)'),
        name,
      ).to.be.greaterThan(4.5);
    }
    button.focus({ focusVisible: true } as FocusOptions);
    expect(button.matches(':focus-visible')).to.equal(true);
    const ring = getComputedStyle(button).outlineColor;
    expect(contrast(ring, page)).to.be.greaterThan(3);
  });

  it('in kiosk mode leaves out full screen, pause and retry, and keeps scrolling', async () => {
    const scope = newScope();
    const screen = await mountScreen(
      html`<civic-screen fullscreen kiosk>
        <civic-panel heading="排行">
          <civic-unit-leaderboard
            src=${`/api/rank?scope=${scope}`}
            auto-scroll
            interval="1"
            style="--civic-leaderboard-max-height: 120px"
          ></civic-unit-leaderboard>
        </civic-panel>
      </civic-screen>`,
    );
    const board = screen.querySelector('civic-unit-leaderboard')!;
    await until(() => board.getAttribute('state') === 'ready', 'ready');
    const part = (name: string) => board.shadowRoot!.querySelector(`[part="${name}"]`);
    expect(screen.shadowRoot!.querySelector('[part="fullscreen-button"]')).to.equal(null);
    expect(part('pause-button')).to.equal(null);
    const viewport = part('viewport') as HTMLElement;
    await until(() => viewport.scrollTop > 0, 'auto-scroll keeps running', 8000);
    // Leaving kiosk mode brings the controls back.
    screen.kiosk = false;
    await until(() => part('pause-button') !== null, 'pause button back');
    expect(screen.shadowRoot!.querySelector('[part="fullscreen-button"]')).not.to.equal(null);
    // And back in kiosk mode a failure retries by itself, with no button.
    screen.kiosk = true;
    await setFault(scope, 'reset');
    board.reload();
    await until(() => board.hasAttribute('stale'), 'stale');
    await board.updateComplete;
    expect(part('retry-button')).to.equal(null);
    await setFault(scope, null);
    await until(() => !board.hasAttribute('stale'), 'recovers by itself', 10_000);
  });

  it('says in the panel heading since when the data is stale, and hides the widget marker', async () => {
    const scope = newScope();
    const screen = await mountScreen(
      html`<civic-screen>
        <civic-panel heading="排行">
          <civic-unit-leaderboard src=${`/api/rank?scope=${scope}`}></civic-unit-leaderboard>
        </civic-panel>
      </civic-screen>`,
    );
    const panel = screen.querySelector<CivicPanel>('civic-panel')!;
    const board = screen.querySelector('civic-unit-leaderboard')!;
    await until(() => board.getAttribute('state') === 'ready', 'ready');
    await setFault(scope, 'reset');
    board.reload();
    await until(() => board.hasAttribute('stale'), 'stale');
    const note = await until(() => panel.shadowRoot!.querySelector('[part="stale"]'), 'note');
    expect(note.textContent!.trim()).to.match(/^未能刷新:\d\d:\d\d 的数据\(不到 1 分钟前\)$/);
    const marker = board.shadowRoot!.querySelector<HTMLElement>('[part="stale"]')!;
    expect(getComputedStyle(marker).display).to.equal('none');
    await setFault(scope, null);
  });

  it('tells a true age: under a minute, whole minutes rounded down, the clock time of the data', () => {
    const at = Date.parse('2026-12-03T14:05:20+08:00');
    expect(staleAge(33_000, 'zh-CN')).to.equal('不到 1 分钟前');
    expect(staleAge(3 * 60_000 + 59_000, 'zh-CN')).to.equal('3分钟前');
    expect(staleAge(3 * 60_000, 'en')).to.equal('3 minutes ago');
    expect(staleSentence(at, at + 200_000, 'zh-CN')).to.equal(
      '数据未能刷新,显示的是 14:05 的数据(3分钟前)',
    );
    expect(staleSentence(at, at + 200_000, 'en')).to.equal(
      'Could not refresh; showing data from 14:05 (3 minutes ago)',
    );
    // Data from another day names its date.
    expect(staleSentence(at, at + 86_400_000, 'zh-CN')).to.contain('2026-12-03 14:05');
  });

  it('counts the banner truly: it names the oldest stale time and its age in seconds and minutes', async () => {
    const scope = newScope();
    const screen = await mountScreen(html`<civic-screen stale-after="1"></civic-screen>`);
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
    const since = board.staleSince!;
    const seconds = Math.floor((Date.now() - since) / 1000);
    expect(banner.textContent!.trim()).to.match(
      /^注意:1 个组件的数据未能刷新,最早的停在 \d\d:\d\d,已 \d+ 秒$/,
    );
    const shown = Number(/已 (\d+) 秒/.exec(banner.textContent!)![1]);
    expect(Math.abs(shown - seconds)).to.be.at.most(1);
    await setFault(scope, null);
  });

  it('makes a widget without data say so in large text on the wall', async () => {
    const scope = newScope();
    await setFault(scope, '500');
    const screen = await mountScreen(
      html`<civic-screen>
        <civic-panel heading="排行">
          <civic-unit-leaderboard src=${`/api/rank?scope=${scope}`}></civic-unit-leaderboard>
        </civic-panel>
      </civic-screen>`,
    );
    const board = screen.querySelector('civic-unit-leaderboard')!;
    await until(() => board.getAttribute('state') === 'error', 'error');
    const error = board.shadowRoot!.querySelector<HTMLElement>('[part="error"]')!;
    expect(parseFloat(getComputedStyle(error).fontSize)).to.be.at.least(30);
    expect(error.textContent).to.match(/自 \d\d:\d\d 起未能取得数据/);
    await setFault(scope, null);
  });
});
