import { expect, fixture, html } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../../src/timeline/define.js';
import type { CivicEventTimeline } from '../../src/timeline/event-timeline.js';
import { loadVirtualizer } from '../../src/timeline/virtualizer-loader.js';
import { nextFrame, until } from '../helpers/api.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';
import { manyEvents } from './fixtures.js';

/** The rows under three points of the list's visible area: its top, middle and bottom. */
function rowsUnderView(h: TimelineHarness): (string | undefined)[] {
  const list = h.list();
  const box = list.getBoundingClientRect();
  const root = h.element.shadowRoot!;
  return [box.top + 2, (box.top + box.bottom) / 2, box.bottom - 2].map((y) => {
    const hit = root.elementFromPoint(box.left + box.width / 2, y);
    return hit?.closest<HTMLElement>('[role="listitem"]')?.dataset.key;
  });
}

/** Resolves when the list's smooth scroll has ended. */
const scrollEnd = (list: HTMLElement) =>
  new Promise<void>((resolve) =>
    list.addEventListener('scrollend', () => resolve(), { once: true }),
  );

describe('<civic-event-timeline> lays out while scrolling only when rows must be drawn', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });
  before(() => loadVirtualizer());

  let element: CivicEventTimeline;
  let h: TimelineHarness;
  beforeEach(async () => {
    element = await fixture<CivicEventTimeline>(
      html`<civic-event-timeline
        style="height:400px; width:640px"
        max-items="2000"
        .data=${manyEvents(1000, Date.UTC(2024, 2, 2, 6, 0))}
      ></civic-event-timeline>`,
    );
    h = new TimelineHarness(element);
    await h.settled();
    await until(() => h.list().scrollHeight > 5000, 'a long list');
  });

  it('passes an axe check with the long list drawn', async () => {
    await expect(element).to.be.accessible();
  });

  it('draws no new rows during a smooth step of one row, as an auto-scrolling wall steps', async () => {
    const list = h.list();
    // The virtualizer tells its host whenever the first or last visible row changes; it can
    // only tell after laying out again.
    let layouts = 0;
    list.addEventListener('visibilityChanged', () => (layouts += 1));
    const rowsBefore = h.rows().map((row) => row.dataset.key);
    const second = h.rows()[1];
    const top = second.getBoundingClientRect().top - list.getBoundingClientRect().top;
    const ended = scrollEnd(list);
    // As the auto-scroll steps: the element's own smooth scroll, not the virtualizer's managed one.
    const nativeScrollTo: (this: Element, options: ScrollToOptions) => void =
      Element.prototype.scrollTo;
    nativeScrollTo.call(list, { top: list.scrollTop + top, behavior: 'smooth' });
    await ended;
    await nextFrame();
    await nextFrame();
    expect(list.scrollTop).to.be.greaterThan(0);
    expect(layouts, 'layouts during one step').to.equal(0);
    expect(h.rows().map((row) => row.dataset.key)).to.deep.equal(rowsBefore);
    expect(rowsUnderView(h).every(Boolean), 'rows under the view').to.equal(true);
  });

  it('keeps rows under the whole view while a reader scrolls in small steps', async () => {
    const list = h.list();
    for (let y = 0; y <= 4000; y += 80) {
      list.scrollTop = y;
      await nextFrame();
      await nextFrame();
      const under = rowsUnderView(h);
      expect(under.every(Boolean), `rows under the view at ${y} px: ${under.join(', ')}`).to.equal(
        true,
      );
    }
    // The rows drawn moved along with the reader: the first ones are gone.
    expect(h.rows().length).to.be.lessThan(60);
  });

  it('draws the rows at once after a long jump', async () => {
    const list = h.list();
    list.scrollTop = 20_000;
    await nextFrame();
    await nextFrame();
    await nextFrame();
    expect(rowsUnderView(h).every(Boolean), 'rows under the view').to.equal(true);
  });
});
