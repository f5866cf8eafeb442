import { expect, fixture, html } from '@open-wc/testing';
import '../../src/leaderboard/define.js';
import type { CivicUnitLeaderboard } from '../../src/leaderboard/unit-leaderboard.js';
import { LiveLink } from '../../src/data/live-link.js';
import { MUX_META, muxUrl, type LiveSignal } from '../../src/data/live-transport.js';
import { SourceHub } from '../../src/data/source.js';
import { newScope, stats, until } from '../helpers/api.js';

const abs = (path: string) => new URL(path, location.href).href;

/** Two links stand for two tabs: each has its own BroadcastChannel, as a tab would. */
async function twoTabs(locks: LockManager | null): Promise<void> {
  const scope = newScope();
  const name = `civic-test-${scope}`;
  const topic = abs(`/api/rank/live?scope=${scope}`);
  const [first, second] = [new LiveLink(name, locks), new LiveLink(name, locks)];
  const got: LiveSignal[][] = [[], []];
  const stopFirst = first.subscribe(topic, (signal) => got[0].push(signal));
  await until(() => got[0].some((signal) => 'data' in signal), 'the first tab has data', 5000);
  const stopSecond = second.subscribe(topic, (signal) => got[1].push(signal));
  try {
    await until(() => got[1].some((signal) => 'data' in signal), 'the second tab has data', 5000);
    // The second tab was served by the first one's stream.
    expect((await stats(scope)).requests).to.equal(1);
  } finally {
    stopFirst();
    stopSecond();
  }
}

describe('live connections', () => {
  it("serves a second tab from the first tab's stream (Web Locks)", async () => {
    await twoTabs(navigator.locks);
  });

  it("serves a second tab from the first tab's stream (heartbeat, no Web Locks)", async () => {
    await twoTabs(null);
  });

  it('names each topic by path and query in the multiplexed URL', () => {
    const url = new URL(
      muxUrl(abs('/api/live?scope=s'), [abs('/api/rank/live?scope=a'), abs('/api/events/live')]),
    );
    expect(url.pathname).to.equal('/api/live');
    expect(url.searchParams.get('scope')).to.equal('s');
    expect(url.searchParams.getAll('topic')).to.deep.equal([
      '/api/rank/live?scope=a',
      '/api/events/live',
    ]);
  });

  it('carries every topic of the page on one multiplexed stream when the page names one', async () => {
    const scope = newScope();
    const meta = document.createElement('meta');
    meta.name = MUX_META;
    meta.content = `/api/live?scope=${scope}`;
    document.head.append(meta);
    const hub = new SourceHub();
    const seen = new Map<string, unknown>();
    const topics = [`/api/rank/live?x=${scope}`, `/api/progress/live?x=${scope}`];
    const stops = topics.map((topic) =>
      hub.live(abs(topic), (event) => 'response' in event && seen.set(topic, event.response.body)),
    );
    try {
      await until(() => seen.size === 2, 'a message of each topic');
      expect(seen.get(topics[0])).to.have.nested.property('data.list');
      expect(seen.get(topics[1])).to.have.nested.property('data');
      expect((await stats(scope)).requests).to.equal(1);
    } finally {
      stops.forEach((stop) => stop());
      meta.remove();
    }
  });

  it('shows a push on a live URL in every widget of the same src: one source, one number', async () => {
    const scope = newScope();
    const src = `/api/rank?scope=${scope}`;
    // The stream wraps the same rows another way, so its message is a body the fetch never had.
    const live = `/api/rank/live?shape=success-data&scope=${scope}`;
    const parent = await fixture<HTMLElement>(
      html`<div>
        <civic-unit-leaderboard id="polled" src=${src} lang="zh-CN"></civic-unit-leaderboard>
        <civic-unit-leaderboard id="pushed" src=${src} live=${live}></civic-unit-leaderboard>
      </div>`,
    );
    const [polled, pushed] = [
      ...parent.querySelectorAll<CivicUnitLeaderboard>('civic-unit-leaderboard'),
    ];
    const loads = new Map<Element, unknown[]>([
      [polled, []],
      [pushed, []],
    ]);
    for (const [element, list] of loads)
      element.addEventListener('civic-load', (event) => list.push((event as CustomEvent).detail));
    await until(() => polled.getAttribute('state') === 'ready', 'the polled widget ready');
    await expect(polled).to.be.accessible();
    // Fetched once (refresh 0): every further load is a push that came on the other's stream.
    await until(() => loads.get(polled)!.length >= 2, 'the push reached the polled widget');
    const last = (element: Element) => JSON.stringify(loads.get(element)!.at(-1));
    await until(() => last(polled) === last(pushed), 'both widgets show the same data');
  });
});
