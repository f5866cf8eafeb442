import { expect } from '@open-wc/testing';
import { adaptRows } from '../../src/data/adapt/index.js';
import { PoliteAnnouncer } from '../../src/core/announcer.js';
import { Arrivals } from '../../src/timeline/arrivals.js';
import {
  campaignEventSchema,
  groupByDay,
  keyEvents,
  selectEvents,
  type CampaignEvent,
} from '../../src/timeline/timeline-model.js';
import { manyEvents, seedEvents } from './fixtures.js';

const adapt = (body: unknown, fields?: string) =>
  adaptRows<CampaignEvent>(body, campaignEventSchema, { fields });

describe('timeline model (pure)', () => {
  it('adapts seed events: Shanghai times, approximate figures, outcome lists, http(s) links', () => {
    const { rows, issues } = adapt({ code: 0, msg: 'ok', data: { list: seedEvents } });
    expect(issues).to.deep.equal([]);
    const [first, , ads, actionDay] = rows;
    expect(first.time).to.equal(Date.UTC(2016, 10, 5, 1, 0));
    expect(first.url).to.equal('http://www.example.gov.cn/wmcj/2016-11/05/content_1001.html');
    expect(ads).to.include({ participants: 50, approx: true });
    expect(ads.outcomes).to.deep.equal([
      { label: '清理小广告', value: 3000, unit: '处', approx: true },
    ]);
    expect(actionDay.outcomes!.map((o) => o.value)).to.deep.equal([100, 80, 800, 4000]);
    expect(keyEvents([actionDay])[0].participantsUnit).to.equal('人次');
    expect(keyEvents([first])[0].participantsUnit).to.equal('人');
  });

  it('reads other backends through aliases and the fields mapping', () => {
    const body = {
      status: 'ok',
      result: {
        rows: [
          {
            publishTime: '2016年11月5日 9时20分',
            subject: '青年路城中村清理小广告',
            deptName: '省贸促会',
            address: '青年路城中村',
            joinCount: '50余',
            results: [{ name: '清理小广告', num: '3000余', unitName: '处' }],
            link: 'javascript:alert(1)',
          },
        ],
      },
    };
    const { rows, issues } = adapt(body);
    expect(rows[0]).to.include({ title: '青年路城中村清理小广告', unit: '省贸促会', approx: true });
    expect(rows[0].url).to.equal(undefined);
    expect(issues.map((issue) => issue.field)).to.deep.equal(['url']);
    const mapped = adapt([{ when: 1478308800, what: '扫雪除冰' }], 'time:when, title:what');
    expect(mapped.rows[0]).to.include({ time: 1478308800000, title: '扫雪除冰' });
  });

  it('keys events by id, else by time, title and unit, made unique', () => {
    const same = { time: 1, title: '扫雪', unit: '新城镇' };
    const keys = keyEvents([{ id: 'a', time: 1, title: 'x' }, same, same]).map((e) => e.key);
    expect(keys).to.deep.equal(['a', '1|扫雪|新城镇', '1|扫雪|新城镇#2']);
  });

  it('sorts newest first or oldest first, filters, limits and caps', () => {
    const events = keyEvents(manyEvents(30).reverse());
    const titles = (list: { title: string }[]) => list.map((e) => e.title);
    expect(titles(selectEvents(events)).slice(0, 2)).to.deep.equal([
      '志愿服务活动 第0场',
      '志愿服务活动 第1场',
    ]);
    expect(titles(selectEvents(events, { order: 'asc' }))[0]).to.equal('志愿服务活动 第29场');
    const office = selectEvents(events, { unit: '省委办公厅' });
    expect(office.length).to.equal(15);
    expect(office.every((e) => e.unit === '省委办公厅')).to.equal(true);
    expect(selectEvents(events, { limit: 5 }).length).to.equal(5);
    expect(titles(selectEvents(events, { maxItems: 3 }))).to.deep.equal([
      '志愿服务活动 第0场',
      '志愿服务活动 第1场',
      '志愿服务活动 第2场',
    ]);
    expect(selectEvents(events, { maxItems: 3, limit: 10 }).length).to.equal(3);
    expect(selectEvents(events, { maxItems: Number.NaN }).length).to.equal(30);
    const seeds = keyEvents(adapt(seedEvents).rows);
    expect(selectEvents(seeds, { category: '环境卫生清理' }).length).to.equal(2);
  });

  it('puts a heading before the first event of each Shanghai day', () => {
    const events = keyEvents([
      { time: Date.UTC(2016, 10, 4, 16, 30), title: '00:30 on the 5th' },
      { time: Date.UTC(2016, 10, 4, 15, 30), title: '23:30 on the 4th' },
      { time: Date.UTC(2016, 10, 4, 10, 0), title: '18:00 on the 4th' },
    ]);
    const items = groupByDay(events);
    expect(items.map((item) => item.key)).to.deep.equal([
      'day:2016-11-05',
      events[0].key,
      'day:2016-11-04',
      events[1].key,
      events[2].key,
    ]);
  });

  it('holds events that arrive while the reader is away from the top, then releases them', () => {
    const arrivals = new Arrivals();
    const start = 60_000 * 1000;
    arrivals.reset(keyEvents(manyEvents(5, start)));
    const next = keyEvents(manyEvents(8, start + 3 * 60_000));
    const arrived = arrivals.receive(next, true);
    expect(arrived.map((e) => e.key)).to.deep.equal(['m1003', 'm1002', 'm1001']);
    expect(arrivals.heldCount).to.equal(3);
    expect(arrivals.visible(next).length).to.equal(5);
    arrivals.release();
    expect(arrivals.changed).to.equal(true);
    expect(arrivals.receive(next, true)).to.deep.equal([]);
    expect(arrivals.visible(next).length).to.equal(8);
    expect([...arrivals.entering].sort()).to.deep.equal(['m1001', 'm1002', 'm1003']);
  });

  it('announces once per gap, adding up what arrived in between', async () => {
    const region = document.createElement('div');
    const host = { addController: () => {} } as never;
    const announcer = new PoliteAnnouncer(host, () => region, 200);
    const say = (count: number) => `新增 ${count} 条动态`;
    announcer.add(2, say);
    expect(region.textContent).to.equal('新增 2 条动态');
    announcer.add(1, say);
    announcer.add(4, say);
    expect(region.textContent).to.equal('新增 2 条动态');
    await new Promise((resolve) => setTimeout(resolve, 260));
    expect(region.textContent).to.equal('新增 5 条动态');
  });
});
