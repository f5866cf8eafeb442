import { expect, fixture, html } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../../src/timeline/define.js';
import type { CivicEventTimeline } from '../../src/timeline/event-timeline.js';
import { until } from '../helpers/api.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';

// Runs once the demo backend serves /api/events (demo/server/events-data.js); skipped before.
describe('<civic-event-timeline> on the demo backend', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });

  before(async function () {
    const response = await fetch('/api/events', { cache: 'no-store' });
    if (response.status === 404) this.skip();
  });

  it('shows the seed events by day, and live additions arrive at the top over SSE', async () => {
    const element = await fixture<CivicEventTimeline>(
      html`<civic-event-timeline
        style="height:400px"
        src="/api/events"
        live="/api/events/live"
      ></civic-event-timeline>`,
    );
    const h = new TimelineHarness(element);
    await until(() => element.getAttribute('state') === 'ready', 'first answer');
    await h.settled();
    // Live events accrue with the backend's clock: the first heading is the newest event's day.
    const body = await (await fetch('/api/events', { cache: 'no-store' })).json();
    const [, y, m, d] = /^(\d{4})-(\d{2})-(\d{2})/.exec(body.data.list[0].time as string)!;
    expect(h.headings()[0]).to.match(new RegExp(`^(${y}年)?${Number(m)}月${Number(d)}日`));
    const first = h.events()[0].dataset.key;
    await until(() => h.events()[0]?.dataset.key !== first, 'a live addition');
    expect(h.part('new-events')).to.equal(null);
    await until(() => h.part('announcer')!.textContent!.includes('新增'), 'an announcement');
    const list = h.list();
    list.scrollTop = list.scrollHeight;
    // The seed day, 2026-11-07 (its year is shown only when the test runs in another year).
    await until(() => h.headings().some((t) => /11月7日 星期六$/.test(t)), 'the seed day');
  });
});
