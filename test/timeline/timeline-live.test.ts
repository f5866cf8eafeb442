import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../../src/timeline/define.js';
import type { CivicEventTimeline } from '../../src/timeline/event-timeline.js';
import { loadVirtualizer } from '../../src/timeline/virtualizer-loader.js';
import { minuteClock } from '../../src/core/minute-clock.js';
import { until } from '../helpers/api.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';
import { manyEvents } from './fixtures.js';

const MIN = 60_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function mount(template: TemplateResult): Promise<TimelineHarness> {
  const element = await fixture<CivicEventTimeline>(template);
  const h = new TimelineHarness(element);
  await h.settled();
  return h;
}

describe('<civic-event-timeline> virtualised and live', () => {
  // The virtualizer's benign \"ResizeObserver loop\" notice would otherwise fail the test.
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });
  // Long lists here are about the virtualised list, so it is there from their first render,
  // as on a page after its first long list (timeline-threshold.test.ts covers the switch).
  before(() => loadVirtualizer());

  const start = Date.UTC(2024, 2, 2, 6, 0);

  afterEach(async () => {
    minuteClock.now = () => Date.now();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('keeps only the rows near the view in the DOM for 10,000 events', async () => {
    const h = await mount(
      html`<civic-event-timeline
        style="height:600px"
        max-items="20000"
        .data=${manyEvents(10_000, start)}
      ></civic-event-timeline>`,
    );
    expect(h.rows().length).to.be.greaterThan(5).and.lessThan(100);
    const list = h.list();
    list.scrollTop = list.scrollHeight / 2;
    await until(() => !h.titles().includes('志愿服务活动 第0场'), 'rows of the middle');
    await h.settled();
    expect(h.rows().length).to.be.lessThan(100);
    const middle = Number(/第(\d+)场/.exec(h.titles()[0])![1]);
    expect(middle).to.be.greaterThan(2000).and.lessThan(8000);
    // Every row still says where it is in the whole list.
    const last = h.rows().at(-1)!;
    expect(Number(last.getAttribute('aria-setsize'))).to.be.greaterThan(10_000);
  });

  it('holds new events while the reader is scrolled away and shows a button instead', async () => {
    const old = manyEvents(200, start);
    const h = await mount(
      html`<civic-event-timeline style="height:400px" .data=${old}></civic-event-timeline>`,
    );
    const list = h.list();
    list.scrollTop = 1500;
    await sleep(100);
    await h.settled();
    const before = { top: list.scrollTop, anchor: h.anchor() };

    h.element.data = [...manyEvents(3, start + 3 * MIN).slice(0, 3), ...old];
    await h.settled();
    await sleep(100);
    expect(list.scrollTop).to.equal(before.top);
    expect(h.anchor()).to.deep.equal(before.anchor);
    const button = h.part('new-events')!;
    expect(button.textContent!.trim()).to.equal('3 条新动态');
    expect(h.part('announcer')!.textContent).to.equal('新增 3 条动态');

    button.click();
    await until(() => list.scrollTop === 0, 'back at the top');
    await h.settled();
    expect(h.part('new-events')).to.equal(null);
    expect(h.events()[0].dataset.key).to.equal(`m${Math.round(start / MIN) + 3}`);
  });

  it('takes a keyboard user from the button to the newest event', async () => {
    const old = manyEvents(100, start);
    const h = await mount(
      html`<civic-event-timeline style="height:300px" .data=${old}></civic-event-timeline>`,
    );
    h.list().scrollTop = 800;
    await h.settled();
    h.element.data = [...manyEvents(1, start + MIN), ...old];
    await h.settled();
    const button = h.part('new-events')!;
    expect(button.textContent!.trim()).to.equal('1 条新动态');
    button.focus();
    await sendKeys({ press: 'Enter' });
    const newest = `m${Math.round(start / MIN) + 1}`;
    await until(
      () => h.element.shadowRoot!.activeElement?.getAttribute('data-key') === newest,
      'focus on the newest event',
    );
    await until(() => h.list().scrollTop === 0, 'exactly at the top');
  });

  it('inserts new events at the top when the reader is there, announcing once', async () => {
    const old = manyEvents(20, start);
    const h = await mount(html`<civic-event-timeline .data=${old}></civic-event-timeline>`);
    h.element.data = [...manyEvents(2, start + 2 * MIN), ...old];
    await h.settled();
    expect(h.part('new-events')).to.equal(null);
    expect(h.events()[0].dataset.key).to.equal(`m${Math.round(start / MIN) + 2}`);
    expect(h.events()[0].querySelector('.card')!.classList.contains('entering')).to.equal(true);
    expect(h.part('announcer')!.textContent).to.equal('新增 2 条动态');
    // Within the gap a second refresh is added to the next summary, not said at once.
    h.element.data = [...manyEvents(3, start + 3 * MIN), ...old];
    await h.settled();
    expect(h.part('announcer')!.textContent).to.equal('新增 2 条动态');
  });

  it('caps a live stream at max-items', async () => {
    const h = await mount(
      html`<civic-event-timeline
        max-items="50"
        .data=${manyEvents(40, start)}
      ></civic-event-timeline>`,
    );
    for (let i = 1; i <= 5; i++) {
      h.element.data = manyEvents(40 + i * 10, start + i * 10 * MIN);
      await h.settled();
    }
    const sizes = h.rows().map((row) => Number(row.getAttribute('aria-setsize')));
    // 50 events plus their day headings.
    expect(Math.max(...sizes)).to.be.lessThan(55);
  });

  it('updates relative times each minute without re-rendering the rows', async () => {
    const now = Date.now();
    const data = [
      { id: 'a', time: now - 2 * MIN, title: '省委办公厅清理杂草' },
      { id: 'b', time: now - 10 * MIN, title: '省贸促会清理小广告' },
    ];
    const h = await mount(html`<civic-event-timeline .data=${data}></civic-event-timeline>`);
    const row = h.event('a')!;
    const title = row.querySelector('[part~="title"]')!;
    expect(h.text(row, 'time')).to.equal('2 分钟前');
    expect(minuteClock.size).to.equal(2);
    minuteClock.now = () => now + 5 * MIN;
    minuteClock.tick();
    expect(h.text(row, 'time')).to.equal('7 分钟前');
    expect(h.text(h.event('b')!, 'time')).to.equal('15 分钟前');
    expect(h.element.isUpdatePending).to.equal(false);
    expect(h.event('a')).to.equal(row);
    expect(row.querySelector('[part~="title"]')).to.equal(title);
    h.element.remove();
    expect(minuteClock.size).to.equal(0);
  });

  describe('auto-scroll', () => {
    const scroller = () =>
      mount(
        html`<civic-event-timeline
          auto-scroll
          interval="1"
          style="height:240px"
          .data=${manyEvents(40, start)}
        ></civic-event-timeline>`,
      );

    it('steps through the events by itself', async () => {
      const h = await scroller();
      await until(() => h.list().scrollTop > 0, 'a step', 4000);
    });

    it('pauses while hovered and with the visible button', async () => {
      const h = await scroller();
      h.list().dispatchEvent(new PointerEvent('pointerenter'));
      await sleep(1600);
      expect(h.list().scrollTop).to.equal(0);
      h.list().dispatchEvent(new PointerEvent('pointerleave'));
      const button = h.part('pause-button') as HTMLButtonElement;
      button.click();
      await h.element.updateComplete;
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      await sleep(1600);
      expect(h.list().scrollTop).to.equal(0);
      button.click();
      await until(() => h.list().scrollTop > 0, 'a step after resume', 4000);
    });

    it('does not move under prefers-reduced-motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const h = await scroller();
      expect(h.part('pause-button')).to.equal(null);
      await sleep(1600);
      expect(h.list().scrollTop).to.equal(0);
    });
  });
});
