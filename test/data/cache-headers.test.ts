import { expect } from '@open-wc/testing';
import {
  cacheModeAfter,
  FIRST_REQUEST_SPREAD,
  firstRequestSpread,
  pageWasReloaded,
  jittered,
  readFreshness,
  untilFirstRequest,
} from '../../src/data/cache-policy.js';
import { SourceHub } from '../../src/data/source.js';
import { newScope, until } from '../helpers/api.js';

const abs = (path: string) => new URL(path, location.href).href;

interface Stats {
  requests: number;
  notModified: number;
  lastHeaders: Record<string, string>;
}

async function scopeStats(scope: string): Promise<Stats> {
  return (
    await fetch(`/api/_stats?scope=${scope}`, { cache: 'no-store' })
  ).json() as Promise<Stats>;
}

function echo(scope: string, params: Record<string, string> = {}): string {
  const search = new URLSearchParams({ scope, body: '{"code":0,"data":[1,2,3]}', ...params });
  return abs(`/api/echo?${search}`);
}

describe('cache policy', () => {
  it('reads max-age (less Age), no-cache and no-store; s-maxage is not ours', () => {
    const read = (headers: Record<string, string>) => readFreshness(new Headers(headers));
    expect(read({ 'cache-control': 'public, max-age=60' })).to.deep.equal({
      noStore: false,
      explicit: true,
      freshFor: 60_000,
    });
    expect(read({ 'cache-control': 'max-age=60', age: '45' }).freshFor).to.equal(15_000);
    expect(read({ 'cache-control': 'public, max-age=0, s-maxage=5' }).freshFor).to.equal(0);
    expect(read({ 'cache-control': 's-maxage=30' })).to.include({ explicit: false, freshFor: 0 });
    expect(read({ 'cache-control': 'no-store' })).to.include({ noStore: true, freshFor: 0 });
    expect(read({ 'cache-control': 'no-cache, max-age=60' }).freshFor).to.equal(0);
    expect(read({}).explicit).to.equal(false);
  });

  it('goes through the browser cache unless the answer was silent or said no-store', () => {
    const freshness = (control: string) => readFreshness(new Headers({ 'cache-control': control }));
    expect(cacheModeAfter(undefined)).to.equal('no-cache');
    expect(cacheModeAfter(readFreshness(new Headers()))).to.equal('no-cache');
    expect(cacheModeAfter(freshness('public, max-age=0, s-maxage=5'))).to.equal('default');
    expect(cacheModeAfter(freshness('no-store'))).to.equal('no-store');
  });

  it('varies a period by ±10 % and spreads only the first request of a reloaded page', () => {
    expect(jittered(2000, () => 0)).to.equal(1800);
    expect(jittered(2000, () => 1)).to.equal(2200);
    expect(jittered(2000, () => 0.5)).to.equal(2000);
    expect(firstRequestSpread(true, () => 1)).to.equal(FIRST_REQUEST_SPREAD);
    expect(firstRequestSpread(true, () => 0.5)).to.equal(FIRST_REQUEST_SPREAD / 2);
    expect(firstRequestSpread(false, () => 1)).to.equal(0);
    const first = untilFirstRequest(Math.random, true);
    expect(first).to.be.within(0, FIRST_REQUEST_SPREAD);
    // The same moment for every widget of the page: a later caller waits no longer.
    expect(untilFirstRequest(() => 1, true)).to.be.at.most(first);
  });

  it('knows a reloaded document from one opened by a link or typed address', async () => {
    const frame = document.createElement('iframe');
    const loaded = () =>
      new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      let load = loaded();
      frame.src = new URL('/test/data/blank.html', location.href).href;
      await load;
      expect(pageWasReloaded(frame.contentWindow!.performance)).to.equal(false);
      load = loaded();
      frame.contentWindow!.location.reload();
      await load;
      expect(pageWasReloaded(frame.contentWindow!.performance)).to.equal(true);
      expect(pageWasReloaded(undefined)).to.equal(false);
    } finally {
      frame.remove();
    }
  });
});

describe('SourceHub through HTTP caches', () => {
  it('revalidates with the browser cache: If-None-Match, no Pragma, no forced no-cache', async () => {
    const scope = newScope();
    const url = echo(scope);
    const hub = new SourceHub();
    const first = await hub.request(url);
    const second = await hub.request(url);
    expect(second.body).to.equal(first.body);
    const counted = await scopeStats(scope);
    expect(counted.requests).to.equal(2);
    expect(counted.notModified).to.equal(1);
    expect(counted.lastHeaders['if-none-match']).to.be.a('string');
    expect(counted.lastHeaders).not.to.have.property('pragma');
    expect(counted.lastHeaders['cache-control'] ?? '').not.to.contain('no-cache');
  });

  it("asks again no earlier than the answer's max-age", async () => {
    const scope = newScope();
    const url = echo(scope, { cacheControl: 'max-age=30' });
    const hub = new SourceHub();
    const first = await hub.request(url);
    expect(first.freshUntil).to.be.greaterThan(Date.now() + 25_000);
    await hub.request(url);
    await hub.request(url);
    expect((await scopeStats(scope)).requests).to.equal(1);
  });

  it('keeps a no-store answer out of the browser cache and revalidates it itself', async () => {
    const scope = newScope();
    const url = echo(scope, { cacheControl: 'no-store' });
    const hub = new SourceHub();
    const first = await hub.request(url);
    const second = await hub.request(url);
    expect(second.body).to.equal(first.body);
    const counted = await scopeStats(scope);
    expect(counted.requests).to.equal(2);
    expect(counted.notModified).to.equal(1);
    expect(counted.lastHeaders['if-none-match']).to.be.a('string');
  });

  it('tells every watcher of a URL about a new answer, whoever asked', async () => {
    const scope = newScope();
    const url = echo(scope);
    const hub = new SourceHub();
    const heard: unknown[] = [];
    const stop = hub.watch(url, (response) => heard.push(response.body));
    const answer = await hub.request(url);
    await until(() => heard.length === 1, 'the watcher heard it');
    expect(heard[0]).to.equal(answer.body);
    stop();
  });
});
