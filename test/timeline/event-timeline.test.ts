import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../../src/timeline/define.js';
import type { CivicEventTimeline } from '../../src/timeline/event-timeline.js';
import type { TimelineEvent } from '../../src/timeline/timeline-model.js';
import type { CivicErrorEvent, CivicSelectEvent } from '../../src/core/events.js';
import { echoUrl, newScope, setFault, until } from '../helpers/api.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';
import { seedEvents } from './fixtures.js';

const envelope = (list: unknown[]) => ({ code: 0, msg: 'ok', data: { list } });

async function mount(template: TemplateResult): Promise<TimelineHarness> {
  const element = await fixture<CivicEventTimeline>(template);
  await until(() => element.getAttribute('state') !== 'loading', 'first answer');
  const h = new TimelineHarness(element);
  await h.settled();
  return h;
}

describe('<civic-event-timeline>', () => {
  // The virtualizer's benign \"ResizeObserver loop\" notice would otherwise fail the test.
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });

  it('passes an axe check in the light and the dark theme', async () => {
    for (const theme of ['light', 'dark']) {
      const { element } = await mount(
        html`<civic-event-timeline theme=${theme} .data=${seedEvents}></civic-event-timeline>`,
      );
      await expect(element).to.be.accessible();
    }
  });

  it('shows a {code,msg,data} backend grouped by Shanghai day, newest first', async () => {
    const h = await mount(
      html`<civic-event-timeline src=${echoUrl(envelope(seedEvents))}></civic-event-timeline>`,
    );
    expect(h.element.getAttribute('state')).to.equal('ready');
    expect(h.headings()).to.deep.equal([
      '2023年2月12日 星期日',
      '2017年8月14日 星期一',
      '2016年11月5日 星期六',
    ]);
    expect(h.titles()[0]).to.equal('西固区水务局扫雪除冰保障居民出行');
    expect(h.titles().at(-1)).to.equal('省委办公厅到文坛社区清理杂草和垃圾');
    const list = h.list();
    expect(list.getAttribute('role')).to.equal('list');
    expect(list.getAttribute('aria-label')).to.equal('活动动态');
    const heading = h.part('day-heading')!;
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('3');
  });

  it('shows head counts, approximate figures and outcomes in Chinese', async () => {
    const h = await mount(html`<civic-event-timeline .data=${seedEvents}></civic-event-timeline>`);
    const ads = h.event('hk-0930')!;
    expect(h.text(ads, 'meta')).to.equal('省贸促会 · 青年路城中村 · 50余人');
    expect(h.text(ads, 'outcome')).to.equal('清理小广告 3000余处');
    const day = h.event('jm-0814')!;
    expect(h.text(day, 'meta')).to.contain('1800余人次');
    const outcomes = [...day.querySelectorAll('[part~="outcome"]')].map((li) => li.textContent);
    expect(outcomes).to.deep.equal([
      '清理卫生死角 100余处',
      '清运垃圾 80余车',
      '清理小广告 800余处',
      '派发宣传单 4000余份',
    ]);
    const time = day.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2017-08-14T08:30+08:00');
    expect(time.textContent!.trim()).to.equal('08:30');
  });

  it('speaks English with lang="en"', async () => {
    const h = await mount(
      html`<civic-event-timeline lang="en" .data=${seedEvents}></civic-event-timeline>`,
    );
    expect(h.headings()).to.include('Sat, Nov 5, 2016');
    expect(h.text(h.event('hk-0930')!, 'meta')).to.contain('50+ people');
    expect(h.text(h.event('hk-0930')!, 'outcome')).to.equal('清理小广告 3,000+ 处');
    expect(h.text(h.event('jm-0814')!, 'link')).to.contain('Read the article');
  });

  it('orders oldest first with order="asc"', async () => {
    const h = await mount(
      html`<civic-event-timeline order="asc" .data=${seedEvents}></civic-event-timeline>`,
    );
    expect(h.titles()[0]).to.equal('省委办公厅到文坛社区清理杂草和垃圾');
    expect(h.headings()[0]).to.equal('2016年11月5日 星期六');
  });

  it('filters by unit and category, and applies limit and max-items', async () => {
    const h = await mount(
      html`<civic-event-timeline unit="省贸促会" .data=${seedEvents}></civic-event-timeline>`,
    );
    expect(h.titles()).to.deep.equal(['省贸促会集中清理青年路城中村小广告']);
    h.element.unit = undefined;
    h.element.category = '环境卫生清理';
    await h.settled();
    expect(h.events().map((row) => row.dataset.key)).to.deep.equal(['hk-0920', 'hk-0900']);
    h.element.category = undefined;
    h.element.limit = 2;
    await h.settled();
    expect(h.events().length).to.equal(2);
    h.element.limit = 0;
    h.element.maxItems = 3;
    await h.settled();
    expect(h.events().map((row) => row.dataset.key)).to.deep.equal([
      'lz-snow',
      'jm-0814',
      'hk-0930',
    ]);
  });

  it('shows the skeleton while loading, then the events', async () => {
    const element = await fixture<CivicEventTimeline>(
      html`<civic-event-timeline
        src=${echoUrl(envelope(seedEvents), { fault: 'slow', delay: '600' })}
      ></civic-event-timeline>`,
    );
    const h = new TimelineHarness(element);
    expect(element.getAttribute('state')).to.equal('loading');
    expect(h.part('skeleton')).to.exist;
    await until(() => element.getAttribute('state') === 'ready', 'ready', 5000);
    await h.settled();
    expect(h.part('skeleton')).to.equal(null);
    expect(h.events().length).to.equal(5);
  });

  it('shows the empty state for an empty list', async () => {
    const h = await mount(
      html`<civic-event-timeline src=${echoUrl(envelope([]))}></civic-event-timeline>`,
    );
    expect(h.element.getAttribute('state')).to.equal('empty');
    expect(h.part('empty')!.textContent).to.contain('暂无数据');
    await expect(h.element).to.be.accessible();
  });

  it('shows an HTTP error with a retry button and fires civic-error', async () => {
    const element = document.createElement('civic-event-timeline');
    element.src = echoUrl(envelope(seedEvents), { status: '500' });
    const event = oneEvent(element, 'civic-error') as Promise<CivicErrorEvent>;
    document.body.append(element);
    expect((await event).detail).to.include({ kind: 'http', status: 500 });
    await element.updateComplete;
    const h = new TimelineHarness(element);
    expect(element.getAttribute('state')).to.equal('error');
    expect(h.part('error')!.textContent).to.contain('500');
    expect(h.part('retry-button')).to.exist;
    element.remove();
  });

  it('keeps the last good events, marked stale, and recovers by itself', async () => {
    const scope = newScope();
    const h = await mount(
      html`<civic-event-timeline
        refresh="1"
        src=${echoUrl(envelope(seedEvents), { scope })}
      ></civic-event-timeline>`,
    );
    await setFault(scope, '500');
    await until(() => h.element.hasAttribute('stale'), 'stale marker');
    await h.settled();
    expect(h.events().length).to.equal(5);
    expect(h.part('stale')!.textContent).to.contain('数据未能刷新');
    await setFault(scope, null);
    await until(() => !h.element.hasAttribute('stale'), 'recovery', 10_000);
  });

  it('renders hostile text as text and links only http(s) addresses', async () => {
    const hostile = '<img src=x onerror="window.__civicPwned=1">';
    const data = [
      {
        id: 'x1',
        time: '2016-11-05 10:00',
        title: hostile,
        unit: '<script>window.__civicPwned=1</script>',
        place: '"><svg onload="window.__civicPwned=1">',
        url: 'javascript:window.__civicPwned=1',
      },
      { id: 'x2', time: '2016-11-05 09:00', title: 'data', url: 'data:text/html,<b>x</b>' },
      {
        id: 'x3',
        time: '2016-11-05 08:00',
        title: 'ok',
        url: 'https://www.example.gov.cn/a?b=<i>',
      },
    ];
    const h = await mount(html`<civic-event-timeline .data=${data}></civic-event-timeline>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(h.titles()[0]).to.equal(hostile);
    expect(h.text(h.event('x1')!, 'meta')).to.contain('<script>');
    const root = h.element.shadowRoot!;
    expect(root.querySelector('img, script, svg, b, i')).to.equal(null);
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => a.href)).to.deep.equal(['https://www.example.gov.cn/a?b=%3Ci%3E']);
    expect(links[0].rel).to.equal('noopener noreferrer');
    expect(links[0].target).to.equal('_blank');
    expect((window as unknown as { __civicPwned?: number }).__civicPwned).to.equal(undefined);
  });

  it('fires civic-select on Enter and click, and moves between events with the arrows', async () => {
    const h = await mount(html`<civic-event-timeline .data=${seedEvents}></civic-event-timeline>`);
    const [first, second] = h.events();
    expect(first.tabIndex).to.equal(0);
    first.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(h.element.shadowRoot!.activeElement).to.equal(second);
    const selected = oneEvent(h.element, 'civic-select') as Promise<
      CivicSelectEvent<TimelineEvent>
    >;
    await sendKeys({ press: 'Enter' });
    const { detail } = await selected;
    expect(detail).to.include({ key: 'jm-0814', unit: '区直机关', participants: 1800 });
    const clicked = oneEvent(h.element, 'civic-select') as Promise<CivicSelectEvent<TimelineEvent>>;
    h.event('hk-0920')!.querySelector<HTMLElement>('[part~="title"]')!.click();
    expect((await clicked).detail.key).to.equal('hk-0920');
  });
});
