import { expect, fixture, html } from '@open-wc/testing';
import '../../src/leaderboard/define.js';
import { MAX_STREAMS_PER_ORIGIN } from '../../src/data/live-transport.js';
import { SourceHub, type LiveListener } from '../../src/data/source.js';
import { newScope, stats, until } from '../helpers/api.js';

/**
 * Counts the EventSources this page holds open (the page has no mux meta tag). The backend's
 * stats count requests, not open streams, so the count is kept here, in this test page only.
 */
const openStreams = new Set<EventSource>();
let peak = 0;
const Native = window.EventSource;
class CountedEventSource extends Native {
  constructor(url: string | URL, init?: EventSourceInit) {
    super(url, init);
    openStreams.add(this);
    peak = Math.max(peak, openStreams.size);
    this.addEventListener('error', () => {
      if (this.readyState === Native.CLOSED) openStreams.delete(this);
    });
  }
  override close(): void {
    openStreams.delete(this);
    super.close();
  }
}
window.EventSource = CountedEventSource;

const LIVE_PATHS = [
  '/api/rank/live',
  '/api/progress/live',
  '/api/events/live',
  '/api/overview/live',
];

interface Heard {
  data: unknown[];
  errors: unknown[];
}

function listen(hub: SourceHub, url: string, period?: number): [Heard, () => void] {
  const heard: Heard = { data: [], errors: [] };
  const listener: LiveListener = (event) => {
    if ('error' in event) heard.errors.push(event.error);
    else heard.data.push(event.response.body);
  };
  return [heard, hub.live(url, listener, undefined, period)];
}

const streamUrls = () => [...openStreams].map((source) => new URL(source.url).pathname);

describe('live stream cap without a multiplexed stream', () => {
  beforeEach(() => {
    for (const source of openStreams) source.close();
    peak = 0;
  });

  it('holds at most 2 streams for 4 live URLs; the other 2 are polled and all get data', async () => {
    expect(document.querySelector('meta[name="civic-live-mux"]')).to.equal(null);
    const scope = newScope();
    const hub = new SourceHub();
    const urls = LIVE_PATHS.map((path) => new URL(`${path}?scope=${scope}`, location.href).href);
    const subs = urls.map((url) => listen(hub, url));
    try {
      await until(() => subs.every(([heard]) => heard.data.length), 'every URL has data', 8000);
      expect(MAX_STREAMS_PER_ORIGIN).to.equal(2);
      expect(peak).to.equal(2);
      // The first subscribed get the streams.
      expect(streamUrls()).to.deep.equal(LIVE_PATHS.slice(0, 2));
      // The backend answered every URL: the capped ones by a poll.
      const counts = (await stats(scope)) as unknown as { bySearch: Record<string, number> };
      for (const path of LIVE_PATHS) expect(counts.bySearch[path], path).to.be.at.least(1);
      // Being capped is no failure.
      for (const [heard] of subs) expect(heard.errors).to.deep.equal([]);
    } finally {
      for (const [, stop] of subs) stop();
    }
    await until(() => openStreams.size === 0, 'every stream closed', 2000);
  });

  it('polls a capped URL at its period', async () => {
    const scope = newScope();
    const hub = new SourceHub();
    const urls = LIVE_PATHS.map((path) => new URL(`${path}?scope=${scope}`, location.href).href);
    const subs = urls.map((url) => listen(hub, url, 1000));
    try {
      const counts = async () =>
        ((await stats(scope)) as unknown as { bySearch: Record<string, number> }).bySearch;
      await until(() => subs.every(([heard]) => heard.data.length), 'every URL has data', 8000);
      const first = (await counts())[LIVE_PATHS[3]];
      // The period is jittered ±10 %: two more polls within 3 s.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      expect((await counts())[LIVE_PATHS[3]]).to.be.at.least(first + 2);
      expect(peak).to.equal(2);
      for (const [heard] of subs) expect(heard.errors).to.deep.equal([]);
    } finally {
      for (const [, stop] of subs) stop();
    }
  });

  it('gives a freed stream slot to the first capped URL', async () => {
    const scope = newScope();
    const hub = new SourceHub();
    const urls = LIVE_PATHS.map((path) => new URL(`${path}?scope=${scope}`, location.href).href);
    const subs = urls.map((url) => listen(hub, url));
    try {
      await until(() => subs.every(([heard]) => heard.data.length), 'every URL has data', 8000);
      expect(streamUrls()).to.deep.equal(LIVE_PATHS.slice(0, 2));
      subs[0][1](); // the first stream closes
      await until(() => streamUrls().includes(LIVE_PATHS[2]), 'the first capped URL streams', 3000);
      expect(streamUrls().sort()).to.deep.equal([LIVE_PATHS[1], LIVE_PATHS[2]].sort());
      expect(openStreams.size).to.equal(2);
      // The promoted URL's pushes arrive (the demo backend ticks every 200 ms).
      const before = subs[2][0].data.length;
      await until(() => subs[2][0].data.length > before, 'a push on the promoted URL', 3000);
      expect(peak).to.equal(2);
      for (const [heard] of subs.slice(1)) expect(heard.errors).to.deep.equal([]);
    } finally {
      for (const [, stop] of subs.slice(1)) stop();
    }
  });

  it('shows every widget of 4 live URLs ready, none stale, on 2 streams', async () => {
    const scope = newScope();
    const parent = await fixture<HTMLElement>(
      html`<div>
        ${[0, 1, 2, 3].map(
          (n) =>
            html`<civic-unit-leaderboard
              live=${`/api/rank/live?n=${n}&scope=${scope}`}
            ></civic-unit-leaderboard>`,
        )}
      </div>`,
    );
    const widgets = [...parent.querySelectorAll('civic-unit-leaderboard')];
    await until(
      () => widgets.every((widget) => widget.getAttribute('state') === 'ready'),
      'every widget ready',
      8000,
    );
    await expect(widgets[3]).to.be.accessible();
    expect(peak).to.equal(2);
    // Past a capped poll's first answer: still nothing stale or errored.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    for (const widget of widgets) {
      expect(widget.getAttribute('state')).to.equal('ready');
      expect(widget.hasAttribute('stale')).to.equal(false);
    }
    parent.remove();
  });
});
