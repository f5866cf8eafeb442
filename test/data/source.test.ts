import { expect } from '@open-wc/testing';
import { backoffDelay } from '../../src/data/backoff.js';
import { CivicDataError } from '../../src/data/errors.js';
import { SourceHub } from '../../src/data/source.js';
import { newScope, setFault, stats, until } from '../helpers/api.js';

async function failure(promise: Promise<unknown>): Promise<CivicDataError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(CivicDataError);
    return error as CivicDataError;
  }
  throw new Error('expected a failure');
}

const abs = (path: string) => new URL(path, location.href).href;

describe('SourceHub', () => {
  it('shares one request between callers of the same URL', async () => {
    const hub = new SourceHub();
    const scope = newScope();
    const url = abs(`/api/rank?scope=${scope}&fault=slow&delay=200`);
    const [a, b, c] = await Promise.all([hub.request(url), hub.request(url), hub.request(url)]);
    expect(a.body).to.equal(b.body);
    expect(b.body).to.equal(c.body);
    expect((await stats(scope)).requests).to.equal(1);
  });

  it('revalidates with If-None-Match and keeps the data on 304', async () => {
    const hub = new SourceHub();
    const scope = newScope();
    const url = abs(
      `/api/echo?scope=${scope}&body=${encodeURIComponent('{"code":0,"data":[1,2]}')}`,
    );
    const first = await hub.request(url);
    const second = await hub.request(url);
    expect(second.body).to.equal(first.body);
    expect(second.receivedAt).to.be.at.least(first.receivedAt);
    const counted = await stats(scope);
    expect(counted.requests).to.equal(2);
    expect(counted.notModified).to.equal(1);
  });

  it('answers from cache within maxAge without asking', async () => {
    const hub = new SourceHub();
    const scope = newScope();
    const url = abs(`/api/rank?scope=${scope}`);
    await hub.request(url);
    await hub.request(url, { maxAge: 60_000 });
    expect((await stats(scope)).requests).to.equal(1);
  });

  it('times out', async () => {
    const error = await failure(
      new SourceHub().request(abs('/api/rank?fault=timeout'), { timeout: 300 }),
    );
    expect(error.kind).to.equal('timeout');
  });

  it('reports HTTP status with the backend message', async () => {
    const error = await failure(new SourceHub().request(abs('/api/rank?fault=500')));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(500);
    expect(error.message).to.contain('服务器内部错误');
  });

  it('names malformed JSON and HTML error pages as parse errors', async () => {
    const malformed = await failure(new SourceHub().request(abs('/api/rank?fault=malformed')));
    expect(malformed.kind).to.equal('parse');
    const page = await failure(new SourceHub().request(abs('/api/rank?fault=html')));
    expect(page.kind).to.equal('parse');
    expect(page.message).to.contain('HTML');
  });

  it('stops reading past the size cap', async () => {
    const error = await failure(
      new SourceHub().request(abs('/api/rank?fault=huge'), { maxBytes: 1024 * 1024 }),
    );
    expect(error.kind).to.equal('too-large');
  });

  it('reports a connection reset mid-body as a network error', async () => {
    const error = await failure(new SourceHub().request(abs('/api/rank?fault=reset')));
    expect(['network', 'parse']).to.include(error.kind);
  });

  it('aborts the shared request only when every caller has left', async () => {
    const hub = new SourceHub();
    const url = abs('/api/rank?fault=slow&delay=300');
    const leaving = new AbortController();
    const staying = hub.request(url);
    const left = hub.request(url, { signal: leaving.signal });
    leaving.abort();
    let leftError: unknown;
    await left.catch((error) => (leftError = error));
    expect((leftError as DOMException).name).to.equal('AbortError');
    expect((await staying).body).to.be.an('object');

    const alone = new AbortController();
    const lonely = hub.request(abs('/api/rank?fault=timeout'), {
      signal: alone.signal,
      timeout: 5000,
    });
    alone.abort();
    let lonelyError: unknown;
    await lonely.catch((error) => (lonelyError = error));
    expect((lonelyError as DOMException).name).to.equal('AbortError');
  });

  it('recovers after a sticky fault clears', async () => {
    const hub = new SourceHub();
    const scope = newScope();
    const url = abs(`/api/rank?scope=${scope}`);
    await setFault(scope, '500');
    await failure(hub.request(url));
    await setFault(scope, null);
    expect((await hub.request(url)).body).to.have.property('code', 0);
  });

  it('shares one EventSource per live URL and delivers full payloads', async () => {
    const hub = new SourceHub();
    const scope = newScope();
    const url = abs(`/api/rank/live?scope=${scope}`);
    const seen: unknown[] = [];
    const stopA = hub.live(url, (event) => 'response' in event && seen.push(event.response.body));
    const stopB = hub.live(url, (event) => 'response' in event && seen.push(event.response.body));
    await until(() => seen.length >= 2, 'two deliveries of the first message');
    expect(seen[0]).to.have.nested.property('data.list');
    expect((await stats(scope)).requests).to.equal(1);
    stopA();
    stopB();
  });
});

describe('backoffDelay', () => {
  it('grows exponentially within [exp/2, exp] and stays under the cap', () => {
    const policy = { base: 1000, cap: 60_000 };
    for (let attempt = 0; attempt < 12; attempt++) {
      const exp = Math.min(60_000, 1000 * 2 ** attempt);
      expect(backoffDelay(attempt, policy, () => 0)).to.equal(exp / 2);
      expect(backoffDelay(attempt, policy, () => 0.999999)).to.be.closeTo(exp, 1);
    }
    expect(backoffDelay(1000, policy, () => 1)).to.equal(60_000);
  });
});
