// @ts-check
// Demo events of the embedded backend for <civic-event-timeline>: the outings and action days
// the seed articles report (see /work/shared/DOMAIN.md), then a live volunteer day that gains one
// event per tick. Deterministic: the list at a tick number is always the same, so tests and
// screenshots can rely on it. Article links point at a made-up portal (www.example.gov.cn).
import { mulberry32 } from './data.js';

/**
 * An outcome figure; `value` is a number or a "3000余"-style string.
 * @typedef {object} DemoOutcome
 * @property {string} label
 * @property {number | string} value
 * @property {string} [unit]
 */

/**
 * One event as the demo backend reports it (times are China Standard Time, "YYYY-MM-DD HH:mm").
 * @typedef {object} DemoEvent
 * @property {string} id
 * @property {string} time
 * @property {string} title
 * @property {string} [unit]
 * @property {string} [place]
 * @property {number | string} [participants] a number, or "50余" when the article says "50余人"
 * @property {'人' | '人次'} [participantsUnit]
 * @property {DemoOutcome[]} [outcomes]
 * @property {string} [url]
 * @property {string} [category]
 */

/**
 * The `data` member of the `/api/events` envelope.
 * @typedef {object} EventsData
 * @property {DemoEvent[]} list newest first
 * @property {number} total
 * @property {string} updatedAt
 */

const PORTAL = 'http://www.example.gov.cn/wmcj';

/** The events the seed articles report, oldest first. Times the articles leave open are set plausibly. */
/** @type {readonly DemoEvent[]} */
export const SEED_EVENTS = Object.freeze([
  // Seed 000: Haikou (2016), re-dated to Saturday 2026-11-07: the provincial units' monthly volunteer day.
  {
    id: 'hk-20161105-01',
    time: '2026-11-07 09:00',
    title: '省委办公厅党员干部到文坛社区清理杂草和垃圾',
    unit: '省委办公厅',
    place: '文坛社区',
    participants: 50,
    participantsUnit: '人',
    category: '环境卫生清理',
    url: `${PORTAL}/2026-11/07/content_1105001.html`,
  },
  {
    id: 'hk-20161105-02',
    time: '2026-11-07 09:20',
    title: '省委组织部组织省干部疗养院开展大扫除',
    unit: '省委组织部',
    place: '省干部疗养院办公区、宿舍区',
    participants: 95,
    participantsUnit: '人',
    outcomes: [{ label: '清理卫生死角', value: '20余', unit: '处' }],
    category: '清理卫生死角',
  },
  {
    id: 'hk-20161105-03',
    time: '2026-11-07 09:30',
    title: '省政府办公厅到万华社区打扫环境卫生',
    unit: '省政府办公厅',
    place: '美兰区万华社区家私广场、杭州大厦小区',
    participants: '30余',
    participantsUnit: '人',
    outcomes: [{ label: '清扫地面', value: '3000余', unit: '平方米' }],
    category: '环境卫生清理',
    url: `${PORTAL}/2026-11/07/content_1105003.html`,
  },
  {
    id: 'hk-20161105-04',
    time: '2026-11-07 09:40',
    title: '省贸促会集中清理青年路城中村小广告',
    unit: '省贸促会',
    place: '青年路城中村',
    participants: '50余',
    participantsUnit: '人',
    outcomes: [{ label: '清理小广告', value: '3000余', unit: '处' }],
    category: '清理乱张贴',
    url: `${PORTAL}/2026-11/07/content_1105004.html`,
  },
  {
    id: 'hk-20161105-05',
    time: '2026-11-07 10:00',
    title: '在土尾社区道路两侧张贴“创建全国文明城市”宣传海报',
    unit: '省直机关工委组织部党支部',
    place: '土尾社区',
    category: '宣传',
  },
  {
    id: 'hk-20161105-06',
    time: '2026-11-07 12:00',
    title: '省直机关3900多名党员干部服务海口“双创”',
    unit: '海南省直机关工委',
    place: '海口市128个劳动点位',
    participants: '3900余',
    participantsUnit: '人',
    outcomes: [
      { label: '参加单位', value: '120余', unit: '个' },
      { label: '劳动点位', value: 128, unit: '个' },
    ],
    category: '志愿服务',
    url: `${PORTAL}/2026-11/07/content_1105006.html`,
  },
  // Seed 002: Jiangmen, 高新区(江海区) (August 2017), re-dated to 2026-11-15 … 17.
  {
    id: 'jm-20170813',
    time: '2026-11-15 09:00',
    title: '“爱径高新 文明江海”志愿骑行',
    unit: '高新区(江海区)',
    place: '江南文化广场',
    participants: '100余',
    participantsUnit: '人',
    category: '志愿服务活动',
  },
  {
    id: 'jm-20170814',
    time: '2026-11-16 08:30',
    title: '区直部门挂点社区开展深化文明城市创建志愿服务行动',
    unit: '区直部门',
    place: '全区29个社区(城中村)',
    participants: '1800余',
    participantsUnit: '人次',
    outcomes: [
      { label: '清理卫生死角', value: '100多', unit: '处' },
      { label: '清运垃圾', value: '80余', unit: '车' },
      { label: '清理小广告', value: '800余', unit: '处' },
      { label: '派发宣传单', value: '4000多', unit: '份' },
    ],
    category: '市容环境整治',
    url: `${PORTAL}/2026-11/17/content_0815001.html`,
  },
  {
    id: 'jm-20170815-1',
    time: '2026-11-17 09:00',
    title: '区领导干部率队开展党员义工志愿服务',
    unit: '高新区(江海区)',
    place: '外海街道',
    category: '志愿服务活动',
  },
  {
    id: 'jm-20170815-2',
    time: '2026-11-17 15:00',
    title: '清理卫生死角、开展创文入户宣传',
    unit: '高新区(江海区)',
    place: '礼乐街道、江南街道',
    category: '志愿服务活动',
  },
  // Seed 001: Huainan, 谢家集区 (2018), re-dated to 2026-11-19.
  {
    id: 'hn-20181129-1',
    time: '2026-11-19 09:00',
    title: '佩戴党徽的党员志愿者清理小区垃圾杂物、宣传创城知识',
    unit: '谢家集区委组织部',
    place: '谢家集街道谢二西村',
    category: '环境卫生清理',
    url: `${PORTAL}/2026-11/19/content_1129001.html`,
  },
  {
    id: 'hn-20181129-2',
    time: '2026-11-19 10:00',
    title: '区直机关党员开展文明交通劝导',
    unit: '区直机关',
    place: '谢家集区主要路口',
    participants: '400余',
    participantsUnit: '人',
    outcomes: [
      { label: '设置劝导牌', value: '120余', unit: '块' },
      { label: '发放倡议书', value: '11000余', unit: '份' },
    ],
    category: '交通安全整治',
  },
  {
    id: 'hn-20181129-3',
    time: '2026-11-19 14:00',
    title: '杨公镇党员集中开展创城整治活动',
    unit: '杨公镇',
    place: '杨公镇',
    participants: '400余',
    participantsUnit: '人',
    outcomes: [{ label: '集中整治', value: 13, unit: '次' }],
    category: '市容环境整治',
  },
  // Seed 003: Lanzhou, 西固区, a snowfall (February 2023), re-dated to 2026-11-29.
  {
    id: 'lz-20230212-1',
    time: '2026-11-29 08:00',
    title: '扫雪除冰保障居民安全出行',
    unit: '西固区水务局',
    place: '包抓社区人行道、公交车站',
    category: '扫雪除冰',
  },
  {
    id: 'lz-20230212-2',
    time: '2026-11-29 08:30',
    title: '“扫雪护行·志愿先行”志愿服务',
    unit: '新城镇',
    place: '全镇主次干道',
    category: '扫雪除冰',
  },
  {
    id: 'lz-20230212-3',
    time: '2026-11-29 09:00',
    title: '为“三不管”楼院铲出一条“安全路”',
    unit: '先锋路街道山丹街东路社区',
    place: '单元楼门前',
    category: '扫雪除冰',
    url: `${PORTAL}/2026-11/30/content_0213001.html`,
  },
  // Seed 004: Liuzhou (late 2023), re-dated to 2026-12-02, the day before today in the demo.
  {
    id: 'lzh-20231220',
    time: '2026-12-02 14:30',
    title: '“我为柳州摆摆古”文明代言风采大赛',
    unit: '市委市直机关工委',
    place: '柳州市',
    participants: 10,
    participantsUnit: '人',
    outcomes: [
      { label: '一等奖', value: 1, unit: '名' },
      { label: '二等奖', value: 2, unit: '名' },
      { label: '三等奖', value: 4, unit: '名' },
      { label: '优秀奖', value: 3, unit: '名' },
    ],
    category: '宣传',
    url: `${PORTAL}/2026-12/03/content_0111001.html`,
  },
]);

/**
 * What the live volunteer day is made of: who goes where to do what, and the figure it yields
 * (low..high). Units and places from seed 000; the work types are the ones it lists.
 * @type {readonly { unit: string, place: string, work: string, category: string, outcome: [string, number, number, string] }[]}
 */
const OUTINGS = Object.freeze([
  {
    unit: '省委办公厅',
    place: '文坛社区',
    work: '清理杂草和垃圾',
    category: '环境卫生清理',
    outcome: ['清运垃圾', 2, 8, '车'],
  },
  {
    unit: '省委组织部',
    place: '省干部疗养院',
    work: '清理卫生死角',
    category: '清理卫生死角',
    outcome: ['清理卫生死角', 5, 30, '处'],
  },
  {
    unit: '省政府办公厅',
    place: '万华社区家私广场',
    work: '打扫环境卫生',
    category: '环境卫生清理',
    outcome: ['清扫地面', 800, 3000, '平方米'],
  },
  {
    unit: '省贸促会',
    place: '青年路城中村',
    work: '集中清理小广告',
    category: '清理乱张贴',
    outcome: ['清理小广告', 200, 3000, '处'],
  },
  {
    unit: '省直机关工委',
    place: '土尾社区',
    work: '张贴“双创”宣传海报',
    category: '宣传',
    outcome: ['张贴宣传海报', 20, 80, '张'],
  },
  {
    unit: '省人社厅',
    place: '杭州大厦小区',
    work: '疏通下水道、清除积水',
    category: '环境卫生清理',
    outcome: ['疏通水沟', 3, 12, '处'],
  },
  {
    unit: '省海洋与渔业厅',
    place: '美兰区城中村',
    work: '清理卫生死角',
    category: '清理卫生死角',
    outcome: ['清理卫生死角', 5, 25, '处'],
  },
  {
    unit: '省档案局',
    place: '文坛社区',
    work: '开展在职党员进社区服务',
    category: '在职党员进社区',
    outcome: ['入户宣传', 20, 90, '户'],
  },
  {
    unit: '省工业和信息化厅',
    place: '“三无”小区',
    work: '清理乱张贴',
    category: '清理乱张贴',
    outcome: ['清理小广告', 100, 800, '处'],
  },
  {
    unit: '省委台办',
    place: '万华社区',
    work: '开展青年志愿者服务',
    category: '青年志愿者服务',
    outcome: ['发放宣传单', 200, 1000, '份'],
  },
  {
    unit: '省委统战部',
    place: '土尾社区',
    work: '清理卫生死角',
    category: '清理卫生死角',
    outcome: ['清理卫生死角', 5, 20, '处'],
  },
  {
    unit: '省接待办',
    place: '青年路城中村',
    work: '清理杂草和垃圾',
    category: '环境卫生清理',
    outcome: ['清运垃圾', 1, 6, '车'],
  },
]);

/** The live day starts today in the demo, Thursday 2026-12-03 08:30 CST, after every seed event. */
const LIVE_EPOCH_MS = Date.UTC(2026, 11, 3, 0, 30);
/** Demo minutes between two live events. */
const MINUTES_PER_TICK = 3;
/** Live events kept in the payload, so the answer stays the same size however long the demo runs. */
export const LIVE_WINDOW = 120;

/** China Standard Time of an instant, "YYYY-MM-DD HH:mm" (UTC+8, no daylight saving). */
function cst(/** @type {number} */ ms) {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** A figure as a portal writes it: exact, or rounded down and marked "余" (at least). */
function figure(/** @type {number} */ value, /** @type {boolean} */ approx) {
  if (!approx) return value;
  const step = value >= 1000 ? 100 : 10;
  return value >= step ? `${Math.floor(value / step) * step}余` : value;
}

/**
 * The live event of a tick (tick 0 is the first).
 * @param {number} n
 * @returns {DemoEvent}
 */
function liveEvent(n) {
  const random = mulberry32(20240302 + n * 7919);
  const outing = OUTINGS[Math.floor(random() * OUTINGS.length)];
  const [label, low, high, unit] = outing.outcome;
  const people = 10 + Math.floor(random() * 50);
  const time = LIVE_EPOCH_MS + n * MINUTES_PER_TICK * 60_000;
  const day = cst(time).slice(0, 10);
  /** @type {DemoEvent} */
  const event = {
    id: `live-${n}`,
    time: cst(time),
    title: `${outing.unit}党员干部到${outing.place}${outing.work}`,
    unit: outing.unit,
    place: outing.place,
    participants: figure(people, random() < 0.3),
    participantsUnit: '人',
    outcomes: [
      { label, value: figure(low + Math.floor(random() * (high - low)), random() < 0.4), unit },
    ],
    category: outing.category,
  };
  if (random() < 0.5)
    event.url = `${PORTAL}/${day.slice(0, 7)}/${day.slice(8)}/content_${300000 + n}.html`;
  return event;
}

/**
 * The events at a tick, newest first: the live events up to this tick (the last LIVE_WINDOW of
 * them) above the seed events. One new event per tick.
 * @param {number} tick
 * @returns {EventsData}
 */
export function eventsAt(tick) {
  const last = Math.max(0, Math.trunc(tick));
  const live = [];
  for (let n = last; n >= 0 && n > last - LIVE_WINDOW; n--) live.push(liveEvent(n));
  const list = [...live, ...[...SEED_EVENTS].reverse()];
  return { list, total: list.length, updatedAt: live[0].time };
}
