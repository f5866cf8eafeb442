import { expect } from '@open-wc/testing';
import { adaptRows } from '../../src/data/adapt/index.js';
import { campaignEventSchema, type CampaignEvent } from '../../src/timeline/timeline-model.js';
import { eventsAt, LIVE_WINDOW, SEED_EVENTS } from '../../demo/server/events-data.js';

const adapt = (tick: number) =>
  adaptRows<CampaignEvent>({ code: 0, msg: 'ok', data: eventsAt(tick) }, campaignEventSchema);

describe('demo events (demo/server/events-data.js)', () => {
  it('adapt without a single issue, seed facts included', () => {
    const { rows, issues } = adapt(7);
    expect(issues).to.deep.equal([]);
    expect(rows.length).to.equal(SEED_EVENTS.length + 8);
    const ads = rows.find((row) => row.id === 'hk-20161105-04')!;
    expect(ads).to.include({ participants: 50, approx: true, unit: '省贸促会' });
    expect(ads.outcomes).to.deep.equal([
      { label: '清理小广告', value: 3000, unit: '处', approx: true },
    ]);
    expect(
      rows.every((row) => !row.url || row.url.startsWith('http://www.example.gov.cn/')),
    ).to.equal(true);
  });

  it('gain one newer event per tick and stay bounded', () => {
    const [before, after] = [adapt(40).rows, adapt(41).rows];
    expect(after.length).to.equal(before.length + 1);
    expect(after[0].time).to.be.greaterThan(before[0].time);
    expect(after.slice(1)).to.deep.equal(before);
    expect(adapt(5000).rows.length).to.equal(SEED_EVENTS.length + LIVE_WINDOW);
    expect(eventsAt(12)).to.deep.equal(eventsAt(12));
  });
});
