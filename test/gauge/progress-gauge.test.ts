import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/gauge/define.js';
import type { CivicProgressGauge } from '../../src/gauge/progress-gauge.js';
import type { CategoryProgress, Progress } from '../../src/gauge/progress.js';
import type { CivicErrorEvent } from '../../src/core/events.js';
import { echoUrl, newScope, nextFrame, setFault, until } from '../helpers/api.js';
import { GaugeHarness } from './gauge-harness.js';
import { progressAt } from '../../demo/server/progress-data.js';

const categories: CategoryProgress[] = [
  { name: '农贸市场管理', done: 9, total: 16 },
  { name: '志愿服务', done: 13, total: 15 },
  { name: '无障碍环境建设', done: 6, total: 10 },
  { name: '公共交通服务', done: 9, total: 9 },
  { name: '背街小巷整治', done: 8, total: 12 },
  { name: '老旧小区管理', done: 8, total: 13 },
  { name: '诚信建设', done: 9, total: 11 },
];
const progress: Progress = { done: 262, total: 330, target: 85, categories };
/** A deadline 40 days ahead (as a China Standard Time date), so the countdown reads 40. */
const inForty = new Date(Date.now() + 8 * 3_600_000 + 40 * 86_400_000).toISOString().slice(0, 10);
const envelope = { code: 0, msg: 'ok', data: { ...progress, deadline: inForty } };

async function mount(template: TemplateResult): Promise<GaugeHarness> {
  const element = await fixture<CivicProgressGauge>(template);
  await until(() => element.getAttribute('state') !== 'loading', 'first answer');
  await element.updateComplete;
  return new GaugeHarness(element);
}

describe('<civic-progress-gauge>', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  it('passes an axe check in every mode, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      for (const mode of ['ring', 'half', 'bars', 'compact']) {
        const h = await mount(
          html`<civic-progress-gauge
            theme=${theme}
            mode=${mode}
            deadline="2099-05-01"
            .data=${progress}
          ></civic-progress-gauge>`,
        );
        if (mode === 'ring' || mode === 'half') await h.drawn();
        await expect(h.element).to.be.accessible();
      }
    }
  });

  it('reads a {code,msg,data} answer and shows the summary, the target and the countdown', async () => {
    const h = await mount(
      html`<civic-progress-gauge src=${echoUrl(envelope)}></civic-progress-gauge>`,
    );
    expect(h.element.getAttribute('state')).to.equal('ready');
    expect(h.text('summary')).to.equal('已完成 262/330 项(79.4%)');
    expect(h.text('target')).to.equal('目标 85%,还差 19 项');
    expect(h.text('countdown')).to.equal('距实地考察还有 40 天');
    await h.drawn();
  });

  it("shows the demo backend's answer: 27 categories, 330 items, the worst five", async () => {
    const data = progressAt(0);
    expect(data.categories).to.have.length(27);
    expect(data.categories.reduce((sum, c) => sum + c.total, 0)).to.equal(330);
    const h = await mount(
      html`<civic-progress-gauge
        src=${echoUrl({ code: 0, msg: 'ok', data })}
      ></civic-progress-gauge>`,
    );
    expect(h.text('summary')).to.equal('已完成 262/330 项(79.4%)');
    expect(h.categories()).to.deep.equal([
      '农贸市场管理',
      '无障碍环境建设',
      '老旧小区管理',
      '城中村环境卫生',
      '背街小巷整治',
    ]);
    expect(h.text('toggle')).to.equal('查看全部 27 类');
    expect(h.text('countdown')).to.match(/^(距实地考察还有 \d+ 天|考察已开始)$/);
  });

  it('names the chart by the visible summary and gives ECharts the same description', async () => {
    const h = await mount(html`<civic-progress-gauge .data=${progress}></civic-progress-gauge>`);
    await h.drawn();
    const chart = h.chartElement()!;
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.getAttribute('aria-labelledby')).to.equal('summary target');
    expect(chart.getAttribute('aria-label')).to.contain('已完成 262/330 项(79.4%)');
    expect(chart.getAttribute('aria-label')).to.contain('目标 85%');
  });

  it('takes deadline and target from attributes over the backend', async () => {
    const h = await mount(
      html`<civic-progress-gauge
        lang="en"
        target="0.9"
        deadline="2000-01-01"
        src=${echoUrl(envelope)}
      ></civic-progress-gauge>`,
    );
    expect(h.text('summary')).to.equal('262 of 330 items done (79.4%)');
    expect(h.text('target')).to.equal('Target 90%: 35 items to go');
    expect(h.text('countdown')).to.equal('Inspection has begun');
    expect(h.part('countdown')!.classList.contains('started')).to.equal(true);
  });

  it('lists the worst categories first, limited, and shows them all with the toggle', async () => {
    const h = await mount(
      html`<civic-progress-gauge limit="3" .data=${progress}></civic-progress-gauge>`,
    );
    expect(h.categories()).to.deep.equal(['农贸市场管理', '无障碍环境建设', '老旧小区管理']);
    const toggle = h.part('toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.textContent!.trim()).to.equal('查看全部 7 类');
    toggle.click();
    await h.element.updateComplete;
    expect(h.categories()).to.have.length(7);
    expect(h.categories().at(-1)).to.equal('公共交通服务');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
  });

  it('draws bars as DOM, without ECharts', async () => {
    const h = await mount(
      html`<civic-progress-gauge mode="bars" .data=${progress}></civic-progress-gauge>`,
    );
    expect(h.categories()).to.have.length(7);
    expect(h.chartElement()).to.equal(null);
    expect(h.instanceCount()).to.equal(0);
    const fill = h.element.shadowRoot!.querySelector<HTMLElement>('[part~="row"] .fill')!;
    expect(fill.style.inlineSize).to.equal('56.3%');
  });

  it('is one plain line in compact mode, with the table for screen readers and a toggle', async () => {
    const h = await mount(
      html`<civic-progress-gauge mode="compact" .data=${progress}></civic-progress-gauge>`,
    );
    await nextFrame();
    expect(h.chartElement()).to.equal(null);
    expect(h.instanceCount()).to.equal(0);
    expect(h.text('summary')).to.equal('已完成 262/330 项(79.4%)');
    const table = h.part('table')!;
    expect(table.classList.contains('visually-hidden')).to.equal(true);
    h.part('toggle')!.click();
    await h.element.updateComplete;
    expect(table.classList.contains('visually-hidden')).to.equal(false);
  });

  it('shows no table for a record without categories', async () => {
    const h = await mount(
      html`<civic-progress-gauge .data=${{ done: 12, categories: [] }}></civic-progress-gauge>`,
    );
    expect(h.part('table')).to.equal(null);
    expect(h.text('summary')).to.equal('已完成 12/330 项(3.6%)');
  });

  it('shows the skeleton while loading, then the chart', async () => {
    const element = await fixture<CivicProgressGauge>(
      html`<civic-progress-gauge
        src=${echoUrl(envelope, { fault: 'slow', delay: '500' })}
      ></civic-progress-gauge>`,
    );
    const h = new GaugeHarness(element);
    expect(element.getAttribute('state')).to.equal('loading');
    expect(h.part('skeleton')).to.exist;
    await h.drawn();
    expect(h.part('skeleton')).to.equal(null);
  });

  it('shows the empty state when there is nothing to count', async () => {
    const h = await mount(
      html`<civic-progress-gauge .data=${{ done: 0, total: 0 }}></civic-progress-gauge>`,
    );
    expect(h.element.getAttribute('state')).to.equal('empty');
    expect(h.text('empty')).to.equal('暂无数据');
    expect(h.instanceCount()).to.equal(0);
  });

  it('shows an error with a retry button and fires civic-error', async () => {
    const element = document.createElement('civic-progress-gauge');
    element.src = echoUrl(envelope, { fault: '500' });
    const event = oneEvent(element, 'civic-error') as Promise<CivicErrorEvent>;
    document.body.append(element);
    expect((await event).detail).to.include({ kind: 'http', status: 500 });
    await element.updateComplete;
    const h = new GaugeHarness(element);
    expect(element.getAttribute('state')).to.equal('error');
    expect(h.part('retry-button')).to.exist;
    element.remove();
  });

  it('reports a record without `done` as a shape error', async () => {
    const h = await mount(
      html`<civic-progress-gauge
        .data=${{ code: 0, data: { total: 330 } }}
      ></civic-progress-gauge>`,
    );
    expect(h.element.getAttribute('state')).to.equal('error');
    expect(h.text('error')).to.contain('数据格式与组件要求不符');
  });

  it('keeps the chart with a stale marker when a refresh fails, and recovers', async () => {
    const scope = newScope();
    const h = await mount(
      html`<civic-progress-gauge
        refresh="1"
        src=${echoUrl(envelope, { scope })}
      ></civic-progress-gauge>`,
    );
    const chart = await h.drawn();
    await setFault(scope, '500');
    await until(() => h.element.hasAttribute('stale'), 'stale marker');
    await h.element.updateComplete;
    expect(h.part('stale')).to.exist;
    expect(h.chart()).to.equal(chart);
    await setFault(scope, null);
    await until(() => !h.element.hasAttribute('stale'), 'recovery', 10_000);
  });

  it('renders hostile category names as text', async () => {
    const hostile = '<img src=x onerror="window.__civicPwned=1">';
    const h = await mount(
      html`<civic-progress-gauge
        .data=${{ done: 1, categories: [{ name: hostile, done: 1, total: 2 }] }}
      ></civic-progress-gauge>`,
    );
    expect(h.categories()).to.deep.equal([hostile]);
    expect(h.element.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as unknown as { __civicPwned?: number }).__civicPwned).to.equal(undefined);
  });

  describe('chart lifecycle', () => {
    it('re-lays out when the element is resized', async () => {
      const h = await mount(
        html`<civic-progress-gauge style="width:300px" .data=${progress}></civic-progress-gauge>`,
      );
      const chart = await h.drawn();
      expect(chart.getWidth()).to.be.closeTo(300 - 16, 1);
      h.element.style.width = '520px';
      await until(() => chart.getWidth() > 500, 'the chart to follow the new width');
      const [series] = chart.getOption().series as { center: number[] }[];
      expect(series.center[0]).to.be.closeTo(chart.getWidth() / 2, 1);
    });

    it('starts only once the container has a size', async () => {
      const h = await mount(
        html`<civic-progress-gauge hidden .data=${progress}></civic-progress-gauge>`,
      );
      await nextFrame();
      expect(h.chart()).to.equal(undefined);
      h.element.hidden = false;
      await h.drawn();
    });

    it('disposes the chart on disconnect and starts a new one on reconnect', async () => {
      const h = await mount(html`<civic-progress-gauge .data=${progress}></civic-progress-gauge>`);
      const chart = await h.drawn();
      const parent = h.element.parentElement!;
      h.element.remove();
      expect(chart.isDisposed()).to.equal(true);
      expect(h.chart()).to.equal(undefined);
      expect(h.instanceCount()).to.equal(0);
      parent.append(h.element);
      const again = await h.drawn();
      expect(again).to.not.equal(chart);
      expect(h.instanceCount()).to.equal(1);
    });

    it('disposes the chart when the mode turns to compact', async () => {
      const h = await mount(html`<civic-progress-gauge .data=${progress}></civic-progress-gauge>`);
      const chart = await h.drawn();
      h.element.mode = 'compact';
      await h.element.updateComplete;
      expect(chart.isDisposed()).to.equal(true);
      expect(h.instanceCount()).to.equal(0);
    });

    it('keeps exactly one ECharts instance through 1,000 data updates', async () => {
      const h = await mount(html`<civic-progress-gauge .data=${progress}></civic-progress-gauge>`);
      const chart = await h.drawn();
      for (let i = 0; i < 1000; i++) {
        h.element.data = { ...progress, done: 200 + (i % 130) };
        await h.element.updateComplete;
      }
      expect(h.chart()).to.equal(chart);
      expect(h.instanceCount()).to.equal(1);
      expect(h.chartElement()!.querySelectorAll('canvas')).to.have.length(1);
      const [series] = chart.getOption().series as { data: { value: number }[] }[];
      expect(series.data[0].value).to.equal(Math.round(((200 + (999 % 130)) / 330) * 1000) / 10);
    });

    it('takes the dark colours into the canvas without a new instance', async () => {
      const h = await mount(
        html`<civic-progress-gauge theme="light" .data=${progress}></civic-progress-gauge>`,
      );
      const chart = await h.drawn();
      const accent = () =>
        (chart.getOption().series as { progress: { itemStyle: { color: string } } }[])[0].progress
          .itemStyle.color;
      expect(accent()).to.equal('#c8161d');
      h.element.theme = 'dark';
      await h.element.updateComplete;
      expect(accent()).to.equal('#3fb6ff');
      expect(h.chart()).to.equal(chart);
    });

    it('re-reads the colours on refreshTheme() after a page changed them', async () => {
      const h = await mount(
        html`<civic-progress-gauge theme="light" .data=${progress}></civic-progress-gauge>`,
      );
      const chart = await h.drawn();
      const accent = () =>
        (chart.getOption().series as { progress: { itemStyle: { color: string } } }[])[0].progress
          .itemStyle.color;
      h.element.parentElement!.style.setProperty('--civic-color-accent', 'rgb(0, 128, 0)');
      await h.element.updateComplete;
      expect(accent()).to.equal('#c8161d');
      h.element.refreshTheme();
      await h.element.updateComplete;
      expect(accent()).to.equal('#008000');
      expect(h.chart()).to.equal(chart);
    });

    it('follows prefers-color-scheme in the auto theme, and page overrides', async () => {
      const h = await mount(
        html`<civic-progress-gauge theme="auto" .data=${progress}></civic-progress-gauge>`,
      );
      const chart = await h.drawn();
      const text = () =>
        (chart.getOption().series as { detail: { color: string } }[])[0].detail.color;
      await emulateMedia({ colorScheme: 'dark' });
      await until(() => text() === '#e8f1ff', 'the dark text colour');
      h.element.style.setProperty('--civic-color-text', 'rgb(1, 2, 3)');
      h.element.lang = 'en';
      await h.element.updateComplete;
      // A language change re-inits (ECharts' own texts); the new chart reads the override.
      await until(
        () =>
          (h.chart()?.getOption().series as { detail: { color: string } }[] | undefined)?.[0].detail
            .color === '#010203',
        'the overridden text colour',
      );
    });
  });
});
