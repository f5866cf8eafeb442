// A page of short timelines: every row in the DOM, and the virtualizer never fetched. This file
// must not render a list of VIRTUALIZE_FROM rows or more, nor import the virtualizer.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/timeline/define.js';
import type { CivicEventTimeline } from '../../src/timeline/event-timeline.js';
import { VIRTUALIZE_FROM, virtualizerStatus } from '../../src/timeline/virtualizer-loader.js';
import { nextFrame } from '../helpers/api.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';
import { manyEvents } from './fixtures.js';

/** 14:00 in Shanghai: a few hundred events a minute apart stay on one day (one heading). */
const start = Date.UTC(2024, 2, 2, 6, 0);

/** Module requests the page made for the virtualizer, by URL (the test server serves sources). */
const virtualizerRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => /virtualize-rows|@lit-labs\/virtualizer\/(?!support\/)/.test(url));

async function mount(events: number, style = ''): Promise<TimelineHarness> {
  const element = await fixture<CivicEventTimeline>(
    html`<div style=${style}>
      <civic-event-timeline .data=${manyEvents(events, start)}></civic-event-timeline>
    </div>`,
  ).then((wrapper) => wrapper.querySelector('civic-event-timeline')!);
  await element.updateComplete;
  await nextFrame();
  await nextFrame();
  return new TimelineHarness(element);
}

describe('<civic-event-timeline> short lists', () => {
  it('renders every row while the element is below the viewport (print, screenshots)', async () => {
    const h = await mount(40, `margin-top:${window.innerHeight + 2000}px`);
    expect(h.element.getBoundingClientRect().top).to.be.greaterThan(window.innerHeight);
    const rows = h.rows();
    // 40 events and their one day heading, all in the shadow DOM and in order.
    expect(rows.length).to.equal(41);
    expect(rows.map((row) => Number(row.getAttribute('aria-posinset')))).to.deep.equal(
      Array.from({ length: 41 }, (_, i) => i + 1),
    );
    expect(rows.every((row) => row.getAttribute('aria-setsize') === '41')).to.equal(true);
    expect(h.titles().at(-1)).to.equal('志愿服务活动 第39场');
    // Rows in normal flow: laid out one under the other, not stacked by a virtualizer.
    const tops = rows.map((row) => row.getBoundingClientRect().top);
    expect(tops.every((top, i) => i === 0 || top > tops[i - 1])).to.equal(true);
  });

  it('never loads the virtualizer for a list one row short of the threshold', async () => {
    // One day heading plus VIRTUALIZE_FROM - 2 events.
    const h = await mount(VIRTUALIZE_FROM - 2, 'height:400px');
    expect(h.rows().length).to.equal(VIRTUALIZE_FROM - 1);
    const list = h.list();
    expect(list.querySelector('[virtualizer-sizer]')).to.equal(null);
    expect(list.style.contain).to.equal('');
    expect(virtualizerStatus()).to.equal('idle');
    // The check can see module requests: the timeline's own modules are listed.
    const requested = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requested.some((url) => url.includes('/src/timeline/timeline-rows'))).to.equal(true);
    expect(virtualizerRequests()).to.deep.equal([]);
  });

  it('moves through all rows with the arrow keys, down to the last', async () => {
    const h = await mount(60, 'height:300px');
    const events = h.events();
    events.at(-2)!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(h.element.shadowRoot!.activeElement).to.equal(events.at(-1));
    expect(virtualizerRequests()).to.deep.equal([]);
  });
});
