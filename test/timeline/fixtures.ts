import type { CampaignEvent } from '../../src/timeline/timeline-model.js';

/** Events from the seed articles, as a backend might send them (times in China Standard Time). */
export const seedEvents = [
  {
    id: 'hk-0900',
    time: '2016-11-05 09:00',
    title: '省委办公厅到文坛社区清理杂草和垃圾',
    unit: '省委办公厅',
    place: '文坛社区',
    participants: 50,
    category: '环境卫生清理',
    url: 'http://www.example.gov.cn/wmcj/2016-11/05/content_1001.html',
  },
  {
    id: 'hk-0920',
    time: '2016-11-05 09:20',
    title: '省委组织部组织省干部疗养院开展大扫除',
    unit: '省委组织部',
    place: '省干部疗养院',
    participants: 95,
    outcomes: [{ label: '清理卫生死角', value: '10余', unit: '处' }],
    category: '环境卫生清理',
  },
  {
    id: 'hk-0930',
    time: '2016-11-05 09:30',
    title: '省贸促会集中清理青年路城中村小广告',
    unit: '省贸促会',
    place: '青年路城中村',
    participants: '50余',
    outcomes: [{ label: '清理小广告', value: '3000余', unit: '处' }],
    category: '清理乱张贴',
  },
  {
    id: 'jm-0814',
    time: '2017-08-14 08:30',
    title: '区直部门挂点社区开展深化文明城市创建志愿服务行动',
    unit: '区直机关',
    place: '29个社区(城中村)',
    participants: '1800余',
    participantsUnit: '人次',
    outcomes: [
      { label: '清理卫生死角', value: '100多', unit: '处' },
      { label: '清运垃圾', value: '80余', unit: '车' },
      { label: '清理小广告', value: '800余', unit: '处' },
      { label: '派发宣传单', value: '4000多', unit: '份' },
    ],
    category: '志愿服务活动',
    url: 'https://www.example.gov.cn/wmcj/2017-08/14/content_2001.html',
  },
  {
    id: 'lz-snow',
    time: '2023-02-12T08:00:00+08:00',
    title: '西固区水务局扫雪除冰保障居民出行',
    unit: '西固区水务局',
    place: '先锋路街道山丹街东路社区',
    category: '扫雪除冰',
  },
];

const BASE = Date.UTC(2024, 2, 2, 1, 0); // 2024-03-02 09:00 Asia/Shanghai

/** `count` synthetic events one minute apart, newest first, with unique titles. */
export function manyEvents(count: number, start = BASE): CampaignEvent[] {
  return Array.from({ length: count }, (_, i) => ({
    // Keyed by the minute, so lists built from different starts share the events they overlap.
    id: `m${Math.round(start / 60_000) - i}`,
    time: start - i * 60_000,
    title: `志愿服务活动 第${i}场`,
    unit: i % 2 ? '省委办公厅' : '省人社厅',
    place: '文坛社区',
    participants: 20 + (i % 30),
  }));
}
