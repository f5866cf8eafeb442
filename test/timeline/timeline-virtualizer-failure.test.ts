// The virtualizer's chunk does not arrive: long lists show their first rows while it loads and
// every row once it has failed, and nothing on the page says the data failed. The loader is replaced before any long list renders in this file.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/timeline/define.js';
import type { CivicEventTimeline } from '../../src/timeline/event-timeline.js';
import {
  VIRTUALIZE_FROM,
  virtualizerSource,
  virtualizerStatus,
  type VirtualizerModule,
} from '../../src/timeline/virtualizer-loader.js';
import { nextFrame, until } from '../helpers/api.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';
import { manyEvents } from './fixtures.js';

const start = Date.UTC(2024, 2, 2, 6, 0);

describe('<civic-event-timeline> without its virtualizer', () => {
  let fail: (reason: unknown) => void = () => {};
  let loads = 0;
  const rejections: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);

  before(() => {
    window.addEventListener('unhandledrejection', onRejection);
    virtualizerSource.load = () => {
      loads += 1;
      return new Promise<VirtualizerModule>((_, reject) => (fail = reject));
    };
  });
  after(() => window.removeEventListener('unhandledrejection', onRejection));

  it('shows the first rows while it loads and every row after it fails, quietly, asking once', async () => {
    const errors: Event[] = [];
    const element = await fixture<CivicEventTimeline>(
      html`<civic-event-timeline
        style="height:400px"
        @civic-error=${(event: Event) => errors.push(event)}
        .data=${manyEvents(300, start)}
      ></civic-event-timeline>`,
    );
    const h = new TimelineHarness(element);
    await until(() => h.rows().length > 0, 'rows while the virtualizer loads');
    expect(virtualizerStatus()).to.equal('loading');
    expect(h.rows().length).to.equal(VIRTUALIZE_FROM);

    fail(new TypeError('Failed to fetch dynamically imported module'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await nextFrame();
    expect(virtualizerStatus()).to.equal('failed');
    await until(() => h.rows().length > VIRTUALIZE_FROM, 'every row after the failure');
    expect(h.rows().length).to.equal(301);
    expect(h.rows().at(-1)!.getAttribute('aria-setsize')).to.equal('301');
    expect(element.getAttribute('state')).to.equal('ready');
    expect(element.hasAttribute('stale')).to.equal(false);
    expect(errors).to.deep.equal([]);

    // More events and a second long list: every row, and no second request.
    element.data = manyEvents(400, start);
    const other = await fixture<CivicEventTimeline>(
      html`<civic-event-timeline .data=${manyEvents(250, start)}></civic-event-timeline>`,
    );
    await element.updateComplete;
    await until(() => other.shadowRoot!.querySelector('[role="listitem"]'), 'the other list');
    const all = (timeline: TimelineHarness) => [
      timeline.rows().length,
      Number(timeline.rows().at(-1)!.getAttribute('aria-setsize')),
    ];
    const [shown, size] = all(h);
    expect(shown).to.be.greaterThan(400);
    expect(shown).to.equal(size);
    const [otherShown, otherSize] = all(new TimelineHarness(other));
    expect(otherShown).to.be.greaterThan(250);
    expect(otherShown).to.equal(otherSize);
    expect(loads).to.equal(1);
    expect(rejections).to.deep.equal([]);
  });
});
