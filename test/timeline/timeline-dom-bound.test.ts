import { expect, fixture, html } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../../src/timeline/define.js';
import type { CivicEventTimeline } from '../../src/timeline/event-timeline.js';
import { loadVirtualizer } from '../../src/timeline/virtualizer-loader.js';
import { nextFrame } from '../helpers/api.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';
import { manyEvents } from './fixtures.js';

/** Every node under `root` (elements, comments, text): what a long-running screen holds. */
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

describe('<civic-event-timeline> DOM stays bounded while scrolling', () => {
  // The virtualizer's benign "ResizeObserver loop" notice would otherwise fail the test.
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });
  // Long lists here are about the virtualised list, so it is there from their first render,
  // as on a page after its first long list (timeline-threshold.test.ts covers the switch).
  before(() => loadVirtualizer());

  it('holds about as many nodes after three passes through 10,000 events as after render', async () => {
    const element = await fixture<CivicEventTimeline>(
      html`<civic-event-timeline
        style="height:600px"
        max-items="20000"
        .data=${manyEvents(10_000, Date.UTC(2024, 2, 2, 6, 0))}
      ></civic-event-timeline>`,
    );
    const h = new TimelineHarness(element);
    await h.settled();
    const root = element.shadowRoot!;
    const list = h.list();
    const first = countNodes(root);
    const steps = 40;
    const settle = async () => {
      await nextFrame();
      await nextFrame();
    };
    for (let pass = 0; pass < 3; pass += 1) {
      for (let i = 1; i <= steps; i += 1) {
        list.scrollTop = ((list.scrollHeight - list.clientHeight) * i) / steps;
        await settle();
      }
      for (let i = steps - 1; i >= 0; i -= 1) {
        list.scrollTop = ((list.scrollHeight - list.clientHeight) * i) / steps;
        await settle();
      }
    }
    await h.settled();
    const after = countNodes(root);
    expect(h.rows().length).to.be.lessThan(100);
    expect(after.comments, `comments: ${first.comments} → ${after.comments}`).to.be.lessThan(
      3 * first.comments,
    );
    expect(after.all, `nodes: ${first.all} → ${after.all}`).to.be.lessThan(3 * first.all);
  });
});
