// Lists crossing VIRTUALIZE_FROM while mounted: rows straight in the DOM below it, the
// virtualizer (loaded on first need) from there, and the reader's row and focus carried across.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../../src/timeline/define.js';
import type { CivicEventTimeline } from '../../src/timeline/event-timeline.js';
import { VIRTUALIZE_FROM, virtualizerStatus } from '../../src/timeline/virtualizer-loader.js';
import { nextFrame, until } from '../helpers/api.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';
import { manyEvents } from './fixtures.js';

const MIN = 60_000;
/** 14:00 in Shanghai: up to 800 events a minute apart stay on one day (one heading). */
const start = Date.UTC(2024, 2, 2, 6, 0);
const key = (minutesAfterStart: number) => `m${Math.round(start / MIN) + minutesAfterStart}`;

async function mount(template: TemplateResult): Promise<TimelineHarness> {
  const element = await fixture<CivicEventTimeline>(template);
  const h = new TimelineHarness(element);
  await h.settled();
  return h;
}

const isVirtual = (h: TimelineHarness) => h.list().querySelector('[virtualizer-sizer]') !== null;

/** Waits for the virtualised list to have drawn its rows. */
async function virtualised(h: TimelineHarness): Promise<void> {
  await until(() => isVirtual(h) && h.rows().length > 0, 'the virtualised list');
  await h.settled();
}

/** Every row once, numbered without a gap, with the whole list's size. */
function expectSaneRows(h: TimelineHarness, size: number): void {
  const rows = h.rows();
  const keys = rows.map((row) => row.dataset.key);
  expect(new Set(keys).size, 'one row per key').to.equal(keys.length);
  const positions = rows.map((row) => Number(row.getAttribute('aria-posinset')));
  const first = positions[0];
  expect(positions).to.deep.equal(Array.from({ length: rows.length }, (_, i) => first + i));
  expect(rows.every((row) => row.getAttribute('aria-setsize') === String(size))).to.equal(true);
}

/** Every node of the shadow root, and the comments among them (Lit's part markers). */
function countNodes(root: Node): { all: number; comments: number } {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  let all = 0;
  let comments = 0;
  while (walker.nextNode()) {
    all += 1;
    if (walker.currentNode.nodeType === Node.COMMENT_NODE) comments += 1;
  }
  return { all, comments };
}

const focusedKey = (h: TimelineHarness) =>
  (h.element.shadowRoot!.activeElement as HTMLElement | null)?.dataset.key;

describe('<civic-event-timeline> crossing the virtualisation threshold', () => {
  // The virtualizer's benign "ResizeObserver loop" notice would otherwise fail the test.
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });

  // First in this file: the page has not loaded the virtualizer yet.
  it('shows the first rows directly while the virtualizer loads, then virtualises', async () => {
    expect(virtualizerStatus()).to.equal('idle');
    const element = await fixture<CivicEventTimeline>(
      html`<civic-event-timeline
        style="height:400px"
        .data=${manyEvents(300, start)}
      ></civic-event-timeline>`,
    );
    const h = new TimelineHarness(element);
    await until(() => h.rows().length > 0, 'rows while the virtualizer loads');
    expect(virtualizerStatus()).to.equal('loading');
    expect(h.rows().length).to.equal(VIRTUALIZE_FROM);
    expectSaneRows(h, 301);
    expect(h.rows()[0].getAttribute('aria-posinset')).to.equal('1');
    await virtualised(h);
    expect(virtualizerStatus()).to.equal('ready');
    expect(h.rows().length).to.be.greaterThan(5).and.lessThan(100);
    expectSaneRows(h, 301);
    expect(h.events()[0].dataset.key).to.equal(key(0));
  });

  it('virtualises when live events push a list over, and stops when a filter brings it under', async () => {
    const old = manyEvents(150, start);
    const h = await mount(
      html`<civic-event-timeline style="height:400px" .data=${old}></civic-event-timeline>`,
    );
    const direct = h.list();
    expect(h.rows().length).to.equal(151);
    expect(isVirtual(h)).to.equal(false);

    // 150 new events arrive while the reader is at the top: they come in, the list is long.
    h.element.data = [...manyEvents(150, start + 150 * MIN), ...old];
    await virtualised(h);
    expect(h.list()).not.to.equal(direct);
    expect(h.rows().length).to.be.lessThan(100);
    expectSaneRows(h, 301);
    expect(h.rows()[0].getAttribute('aria-posinset')).to.equal('1');
    expect(h.events()[0].dataset.key).to.equal(key(150));
    expect(h.part('new-events')).to.equal(null);
    expect(h.part('announcer')!.textContent).to.equal('新增 150 条动态');

    // The DOM stays bounded while scrolling through the virtualised list.
    const list = h.list();
    const first = countNodes(h.element.shadowRoot!);
    for (const fraction of [0.25, 0.5, 1, 0.5, 0]) {
      list.scrollTop = (list.scrollHeight - list.clientHeight) * fraction;
      await nextFrame();
      await nextFrame();
      expect(h.rows().length).to.be.lessThan(100);
    }
    await h.settled();
    const after = countNodes(h.element.shadowRoot!);
    expect(after.all, `nodes: ${first.all} → ${after.all}`).to.be.lessThan(2 * first.all);
    expect(after.comments).to.be.lessThan(2 * first.comments);

    // Half the events are this unit's: 150 and a heading, all in the DOM again.
    h.element.unit = '省人社厅';
    await h.settled();
    expect(isVirtual(h)).to.equal(false);
    const rows = h.rows();
    expect(rows.length).to.equal(151);
    expectSaneRows(h, 151);
    expect(rows[0].getAttribute('aria-posinset')).to.equal('1');
    expect(rows.every((row) => !row.style.position && !row.style.transform)).to.equal(true);
    expect(h.list().style.contain).to.equal('');
    expect(h.events().every((row) => h.text(row, 'meta').startsWith('省人社厅'))).to.equal(true);

    h.element.unit = undefined;
    await virtualised(h);
    expect(h.rows().length).to.be.lessThan(100);
    expectSaneRows(h, 301);
  });

  it('keeps focus on its event across the switch, both ways, and the arrows still work', async () => {
    const h = await mount(
      html`<civic-event-timeline
        style="height:400px"
        limit="150"
        .data=${manyEvents(300, start)}
      ></civic-event-timeline>`,
    );
    expect(isVirtual(h)).to.equal(false);
    h.event(key(-2))!.focus();

    h.element.limit = 0;
    await virtualised(h);
    await until(() => focusedKey(h) === key(-2), 'focus back on its event, virtualised');
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedKey(h)).to.equal(key(-3));

    h.element.limit = 150;
    await h.settled();
    expect(isVirtual(h)).to.equal(false);
    await until(() => focusedKey(h) === key(-3), 'focus back on its event, in the DOM');
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedKey(h)).to.equal(key(-2));
  });

  it('keeps the row the reader was on at the top of the view, both ways', async () => {
    const h = await mount(
      html`<civic-event-timeline
        style="height:400px"
        limit="150"
        .data=${manyEvents(300, start)}
      ></civic-event-timeline>`,
    );
    h.list().scrollTop = 3000;
    await nextFrame();
    const before = h.anchor();

    h.element.limit = 0;
    await virtualised(h);
    await until(() => h.event(before.key), 'the reader’s row drawn');
    await until(() => Math.abs(h.anchor().offset) <= 2, 'the reader’s row at the top');
    expect(h.anchor().key).to.equal(before.key);

    h.list().scrollTop += 500;
    await nextFrame();
    await nextFrame();
    const scrolled = h.anchor();
    h.element.limit = 150;
    await h.settled();
    expect(isVirtual(h)).to.equal(false);
    expect(h.anchor().key).to.equal(scrolled.key);
    expect(Math.abs(h.anchor().offset - scrolled.offset)).to.be.at.most(2);
  });
});
