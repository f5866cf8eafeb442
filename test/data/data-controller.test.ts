import { expect, fixture, html } from '@open-wc/testing';
import '../../src/leaderboard/define.js';
import type { CivicUnitLeaderboard } from '../../src/leaderboard/unit-leaderboard.js';
import { refreshPeriod } from '../../src/data/schedule.js';
import { echoUrl, newScope, stats, until } from '../helpers/api.js';
import { LeaderboardHarness } from '../helpers/leaderboard-harness.js';

/** Pretends the page went to the background (or came back), as a browser tab switch does. */
function setHidden(hidden: boolean): void {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  document.dispatchEvent(new Event('visibilitychange'));
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('DataController (through a widget)', () => {
  afterEach(() => {
    delete (document as { hidden?: boolean }).hidden;
  });

  it('makes one request for several widgets with the same src', async () => {
    const scope = newScope();
    const src = `/api/rank?scope=${scope}`;
    const parent = await fixture<HTMLElement>(
      html`<div>
        <civic-unit-leaderboard src=${src}></civic-unit-leaderboard>
        <civic-unit-leaderboard src=${src} limit="3"></civic-unit-leaderboard>
        <civic-unit-leaderboard src=${src} theme="dark"></civic-unit-leaderboard>
      </div>`,
    );
    const boards = [...parent.querySelectorAll('civic-unit-leaderboard')];
    await until(() => boards.every((b) => b.getAttribute('state') === 'ready'), 'all ready');
    expect((await stats(scope)).requests).to.equal(1);
  });

  it('follows a src change and drops the answer of the old one', async () => {
    const element = await fixture<CivicUnitLeaderboard>(
      html`<civic-unit-leaderboard
        src=${'/api/rank?fault=slow&delay=800'}
      ></civic-unit-leaderboard>`,
    );
    element.src = echoUrl([{ unit: '新来源', score: 1 }]);
    await until(() => element.getAttribute('state') === 'ready', 'ready from the new src');
    await wait(1000);
    expect(new LeaderboardHarness(element).units()).to.deep.equal(['新来源']);
  });

  it('keeps the model when a poll answers the same JSON again: no re-adapting, no civic-load', async () => {
    // No ETag: every poll is a 200 with a body of its own, as many backends answer.
    const scope = newScope();
    const body = [
      { unit: '甲单位', score: 2 },
      { unit: '乙单位', score: 1 },
    ];
    let loads = 0;
    const element = await fixture<CivicUnitLeaderboard>(
      html`<civic-unit-leaderboard
        refresh="1"
        src=${echoUrl(body, { scope, etag: '' })}
        @civic-load=${() => loads++}
      ></civic-unit-leaderboard>`,
    );
    await until(() => element.getAttribute('state') === 'ready', 'ready');
    const before = (await stats(scope)).requests;
    for (let i = 0; i < 40 && (await stats(scope)).requests < before + 2; i++) await wait(200);
    expect((await stats(scope)).requests, 'polls').to.be.at.least(before + 2);
    expect(loads).to.equal(1);
    expect(new LeaderboardHarness(element).units()).to.deep.equal(['甲单位', '乙单位']);
  });

  it('pauses polling while the page is hidden and catches up when it shows', async () => {
    const scope = newScope();
    const element = await fixture<CivicUnitLeaderboard>(
      html`<civic-unit-leaderboard
        refresh="1"
        src=${`/api/rank?scope=${scope}`}
      ></civic-unit-leaderboard>`,
    );
    await until(() => element.getAttribute('state') === 'ready', 'ready');
    setHidden(true);
    const before = (await stats(scope)).requests;
    await wait(2600);
    expect((await stats(scope)).requests).to.be.at.most(before + 1);
    const hiddenCount = (await stats(scope)).requests;
    setHidden(false);
    await until(
      async () => (await stats(scope)).requests > hiddenCount,
      'a request once visible',
      3000,
    );
  });

  it('stops asking once disconnected', async () => {
    const scope = newScope();
    const element = await fixture<CivicUnitLeaderboard>(
      html`<civic-unit-leaderboard
        refresh="1"
        src=${`/api/rank?scope=${scope}`}
      ></civic-unit-leaderboard>`,
    );
    await until(() => element.getAttribute('state') === 'ready', 'ready');
    element.remove();
    const count = (await stats(scope)).requests;
    await wait(2500);
    expect((await stats(scope)).requests).to.equal(count);
  });

  it('shows pushed payloads from a live (server-sent events) source', async () => {
    const element = await fixture<CivicUnitLeaderboard>(
      html`<civic-unit-leaderboard
        live="/api/rank/live"
        path="data.list"
      ></civic-unit-leaderboard>`,
    );
    await until(() => element.getAttribute('state') === 'ready', 'ready from a push');
    expect(new LeaderboardHarness(element).rows().length).to.be.greaterThan(5);
  });

  it('reports bad rows in civic-error and shows the good ones with a notice', async () => {
    const element = document.createElement('civic-unit-leaderboard');
    const errors: CustomEvent[] = [];
    element.addEventListener('civic-error', (event) => errors.push(event));
    element.data = [{ unit: '甲', score: 3 }, { unit: '乙', score: 'abc' }, { score: 4 }];
    document.body.append(element);
    await element.updateComplete;
    const h = new LeaderboardHarness(element);
    expect(h.units()).to.deep.equal(['甲']);
    expect(h.part('notice')!.textContent).to.contain('2 条');
    expect(errors[0].detail.kind).to.equal('shape');
    expect(
      errors[0].detail.issues.map((i: { row: number; field: string }) => [i.row, i.field]),
    ).to.deep.equal([
      [1, 'score'],
      [2, 'unit'],
    ]);
    element.remove();
  });

  it('reports values left out of kept rows in civic-error, with no skipped notice', async () => {
    const element = document.createElement('civic-unit-leaderboard');
    const errors: CustomEvent[] = [];
    element.addEventListener('civic-error', (event) => errors.push(event));
    element.data = [
      { unit: '甲', score: 3, previousRank: 'first' },
      { unit: '乙', score: 2 },
    ];
    document.body.append(element);
    await element.updateComplete;
    const h = new LeaderboardHarness(element);
    expect(h.units()).to.deep.equal(['甲', '乙']);
    expect(h.part('notice'), 'no row was skipped').to.equal(null);
    expect(errors).to.have.length(1);
    expect(errors[0].detail.message).to.equal('1 value(s) left out');
    expect(errors[0].detail.issues[0]).to.include({ row: 0, field: 'previousRank' });
    element.remove();
  });

  it('clamps refresh to at least one second; 0, negatives and NaN fetch once', () => {
    expect(refreshPeriod(0.2)).to.equal(1000);
    expect(refreshPeriod(30)).to.equal(30_000);
    expect(refreshPeriod(0)).to.equal(0);
    expect(refreshPeriod(-5)).to.equal(0);
    expect(refreshPeriod(Number.NaN)).to.equal(0);
  });
});
