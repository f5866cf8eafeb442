// @ts-check
// Demo data of the progress gauge: the 27 categories (类) and 330 items (项) of
// 《全国文明城市实地考察登记表》 (seed 002), with a city about four fifths of the way there.
// Category names follow the published 测评体系; the counts are invented but plausible, and
// deterministic: the same tick always gives the same answer.

/**
 * @typedef {object} ProgressCategory
 * @property {string} name category (类) of the standard
 * @property {number} done items (项) passed in the latest self-check
 * @property {number} total items of the category
 */

/**
 * The `data` member of the `/api/progress` envelope (`{code: 0, msg: 'ok', data}`).
 * @typedef {object} ProgressData
 * @property {number} done items passed, all categories
 * @property {number} total 330
 * @property {number} target percent the command center aims at before the inspection
 * @property {string} deadline start of the national inspection, China Standard Time
 * @property {string} updatedAt China Standard Time, "YYYY-MM-DD HH:mm"
 * @property {ProgressCategory[]} categories
 */

/** [name, items, items passed at tick 0]: 330 items, 262 passed (79.4%). */
const CATEGORIES = /** @type {const} */ ([
  ['理想信念教育', 10, 9],
  ['社会主义核心价值观宣传教育', 14, 12],
  ['新时代文明实践中心建设', 12, 9],
  ['未成年人思想道德建设', 14, 12],
  ['诚信建设', 11, 9],
  ['志愿服务', 15, 13],
  ['公共文明引导', 12, 9],
  ['窗口行业服务', 13, 11],
  ['农贸市场管理', 16, 9],
  ['背街小巷整治', 12, 8],
  ['城中村环境卫生', 14, 9],
  ['老旧小区管理', 13, 8],
  ['交通秩序管理', 15, 11],
  ['公共交通服务', 9, 9],
  ['公共厕所管理', 11, 8],
  ['垃圾分类', 12, 9],
  ['生态环境保护', 13, 11],
  ['户外广告管理', 11, 9],
  ['餐饮食品安全', 12, 10],
  ['消防安全', 11, 10],
  ['公益广告宣传', 10, 9],
  ['文化体育设施', 12, 10],
  ['公共法律服务', 10, 9],
  ['困难群众帮扶', 11, 10],
  ['无障碍环境建设', 10, 6],
  ['文明社区创建', 13, 11],
  ['网络文明建设', 14, 12],
]);

/** Ticks of one demo round: items get fixed one by one, then the round starts over. */
export const PROGRESS_CYCLE = 120;
/** One more item passes every this many ticks (so at most 12 per round). */
const TICKS_PER_ITEM = 10;
/** Demo clock of the progress answers: tick 0 is 2026-12-03 09:00 CST (today in the demo), one minute a tick. */
const EPOCH_MS = Date.UTC(2026, 11, 3, 1, 0);

/**
 * Progress at a tick: every TICKS_PER_ITEM ticks the category furthest behind (lowest
 * ratio, then table order) passes one more item.
 * @param {number} tick
 * @returns {ProgressData}
 */
export function progressAt(tick) {
  const t = Math.max(0, Math.trunc(tick)) % PROGRESS_CYCLE;
  const done = CATEGORIES.map(([, , passed]) => passed);
  for (let step = 0; step < Math.floor(t / TICKS_PER_ITEM); step++) {
    let worst = 0;
    CATEGORIES.forEach(([, total], i) => {
      if (done[i] / total < done[worst] / CATEGORIES[worst][1]) worst = i;
    });
    done[worst] += 1;
  }
  const time = new Date(EPOCH_MS + Math.max(0, Math.trunc(tick)) * 60_000 + 8 * 3_600_000);
  const p = (/** @type {number} */ v) => String(v).padStart(2, '0');
  return {
    done: done.reduce((sum, n) => sum + n, 0),
    total: 330,
    target: 85,
    deadline: '2027-05-01',
    updatedAt:
      `${time.getUTCFullYear()}-${p(time.getUTCMonth() + 1)}-${p(time.getUTCDate())} ` +
      `${p(time.getUTCHours())}:${p(time.getUTCMinutes())}`,
    categories: CATEGORIES.map(([name, total], i) => ({ name, done: done[i], total })),
  };
}
