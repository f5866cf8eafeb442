// @ts-check
// Demo data of the embedded backend, built from the seed articles (see /work/shared/DOMAIN.md):
// the provincial units of Hainan that served Haikou's campaign (seed 000) and the towns and
// bureaus of Huainan's 谢家集区 (seed 001), dated in the present 2026–2027 cycle. Everything is deterministic: the ranking at
// a tick number is always the same, so tests and screenshots can rely on it.

/**
 * @typedef {object} DemoUnit
 * @property {string} id stable key (`deptId`), so a widget can follow a unit across updates
 * @property {string} name unit name as the portals write it
 * @property {string} system the group it is ranked in (省直机关 / 谢家集区)
 * @property {number} base person-times (人次) at the start of each demo day
 * @property {number} activity 0..1, how often the unit goes out (drives the growth per tick)
 * @property {boolean} [approx] the portal reports this unit's figure as "N余" (at least N)
 */

/**
 * One row of the ranking, in the backend's own field names (the widgets map them with `fields`).
 * @typedef {object} RankRow
 * @property {string} deptId
 * @property {string} deptName
 * @property {number | string} joinCount person-times; a string like "120余" for approximate units
 * @property {number} lastRank rank at the previous tick (1-based)
 * @property {string} system
 */

/**
 * The `data` member of the `/api/rank` envelope.
 * @typedef {object} RankData
 * @property {RankRow[]} list
 * @property {number} total
 * @property {string} updatedAt China Standard Time, "YYYY-MM-DD HH:mm"
 */

const PROVINCE = '省直机关';
const DISTRICT = '谢家集区';

/** @type {readonly DemoUnit[]} */
export const UNITS = Object.freeze([
  // Seed 000: Haikou, 2016-11-05, 海南省直机关工委 organised 120+ units, 3,900+ people.
  { id: 'hn-swbgt', name: '省委办公厅', system: PROVINCE, base: 318, activity: 0.55 },
  { id: 'hn-swzzb', name: '省委组织部', system: PROVINCE, base: 331, activity: 0.5 },
  { id: 'hn-szfbgt', name: '省政府办公厅', system: PROVINCE, base: 262, activity: 0.65 },
  { id: 'hn-smch', name: '省贸促会', system: PROVINCE, base: 124, activity: 0.7, approx: true },
  { id: 'hn-swtb', name: '省委台办', system: PROVINCE, base: 96, activity: 0.45 },
  { id: 'hn-swtzb', name: '省委统战部', system: PROVINCE, base: 147, activity: 0.5 },
  { id: 'hn-sjdb', name: '省接待办', system: PROVINCE, base: 88, activity: 0.4 },
  { id: 'hn-srst', name: '省人社厅', system: PROVINCE, base: 205, activity: 0.6 },
  { id: 'hn-shyyyt', name: '省海洋与渔业厅', system: PROVINCE, base: 173, activity: 0.5 },
  { id: 'hn-sdaj', name: '省档案局', system: PROVINCE, base: 64, activity: 0.35 },
  { id: 'hn-sgxt', name: '省工业和信息化厅', system: PROVINCE, base: 188, activity: 0.55 },
  { id: 'hn-szjggw', name: '省直机关工委', system: PROVINCE, base: 226, activity: 0.6 },
  { id: 'hn-sgblyy', name: '省干部疗养院', system: PROVINCE, base: 95, activity: 0.5 },
  // Seed 001: Huainan, 谢家集区, 2018-11-29, "党建促创建 党员当先锋".
  { id: 'xjj-qzjg', name: '区直机关', system: DISTRICT, base: 392, activity: 0.45 },
  { id: 'xjj-ygz', name: '杨公镇', system: DISTRICT, base: 356, activity: 0.5 },
  { id: 'xjj-tsz', name: '唐山镇', system: DISTRICT, base: 274, activity: 0.55 },
  { id: 'xjj-wfgz', name: '望峰岗镇', system: DISTRICT, base: 241, activity: 0.6 },
  { id: 'xjj-xjjjd', name: '谢家集街道', system: DISTRICT, base: 213, activity: 0.55 },
  { id: 'xjj-qwzzb', name: '区委组织部', system: DISTRICT, base: 158, activity: 0.5 },
  { id: 'xjj-qccb', name: '区创城办', system: DISTRICT, base: 132, activity: 0.65 },
  { id: 'xjj-qcgj', name: '区城管局', system: DISTRICT, base: 117, activity: 0.6 },
  { id: 'xjj-qhwc', name: '区环卫处', system: DISTRICT, base: 109, activity: 0.6 },
  { id: 'xjj-qnlj', name: '区农林局', system: DISTRICT, base: 71, activity: 0.4 },
]);

/**
 * Length of the demo's volunteer day in ticks. Demo time runs one minute per tick from 09:00 to
 * 15:00 China Standard Time; the next tick starts the next day from the base scores again, so the
 * figures stay plausible however long the server runs (30 minutes at the default 5 s tick).
 */
export const CYCLE = 360;

/** Demo clock: tick 0 is today in the demo, 2026-12-03 09:00 China Standard Time (2026–2027 cycle). */
const DEMO_EPOCH_MS = Date.UTC(2026, 11, 3, 1, 0); // 09:00 UTC+8
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * Small seeded PRNG (mulberry32): the same seed gives the same sequence on every run.
 * @param {number} seed
 * @returns {() => number} uniform in [0, 1)
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** @type {Int32Array | undefined} row k (k = 0..CYCLE) holds the scores after k steps */
let table;

/** Scores of every unit for every step of the cycle, computed once (about 66k integers). */
function scoreTable() {
  if (table) return table;
  const n = UNITS.length;
  const t = new Int32Array((CYCLE + 1) * n);
  const random = mulberry32(20161105);
  UNITS.forEach((unit, u) => (t[u] = unit.base));
  for (let k = 1; k <= CYCLE; k++) {
    let grew = false;
    for (let u = 0; u < n; u++) {
      const { activity } = UNITS[u];
      // A unit goes out with probability activity/3; an outing adds 1..(1 + 6*activity) people.
      const out = random() < activity / 3;
      const inc = out ? 1 + Math.floor(random() * (1 + 6 * activity)) : 0;
      if (inc > 0) grew = true;
      t[k * n + u] = t[(k - 1) * n + u] + inc;
    }
    if (!grew) {
      const u = Math.floor(random() * n);
      t[k * n + u] += 1; // something happens every tick, so every tick is a new payload
    }
  }
  table = t;
  return t;
}

/**
 * Scores (person-times, by unit index) after `step` steps of the day (0 = the base scores).
 * @param {number} step 0..CYCLE
 * @returns {number[]}
 */
function scoresAfter(step) {
  const n = UNITS.length;
  return Array.from(scoreTable().subarray(step * n, (step + 1) * n));
}

/**
 * Step of the day shown at a tick: tick 0 shows step 1, so it already has a previous step.
 * @param {number} tick
 */
function stepOf(tick) {
  return (Math.max(0, Math.trunc(tick)) % CYCLE) + 1;
}

/**
 * Scores (person-times, by unit index) at a tick (negative ticks count as 0).
 * @param {number} tick
 * @returns {number[]}
 */
export function scoresAt(tick) {
  return scoresAfter(stepOf(tick));
}

/**
 * The figure a unit reports: approximate units round down to tens ("120余" means at least 120).
 * @param {number} u unit index
 * @param {number} score
 */
function reported(u, score) {
  return UNITS[u].approx ? Math.floor(score / 10) * 10 : score;
}

/**
 * Ranks (1-based) by unit index: highest reported figure first, ties in table order.
 * @param {number[]} scores
 * @returns {number[]}
 */
function ranksOf(scores) {
  const figures = scores.map((score, u) => reported(u, score));
  const order = figures.map((_, u) => u).sort((a, b) => figures[b] - figures[a] || a - b);
  /** @type {number[]} */
  const ranks = new Array(figures.length);
  order.forEach((u, i) => (ranks[u] = i + 1));
  return ranks;
}

/**
 * The ranking at a tick, best first, with each unit's rank at tick-1 as `lastRank` (at tick 0
 * and at the first tick of each demo day: the rank of the base scores, the day's start).
 * Units marked approximate report their figure as a string "N余" (N rounded down to tens).
 * @param {number} tick
 * @returns {RankRow[]}
 */
export function rankingAt(tick) {
  const step = stepOf(tick);
  const scores = scoresAfter(step);
  const ranks = ranksOf(scores);
  const previous = ranksOf(scoresAfter(step - 1));
  return UNITS.map((unit, u) => ({ unit, u }))
    .sort((a, b) => ranks[a.u] - ranks[b.u])
    .map(({ unit, u }) => ({
      deptId: unit.id,
      deptName: unit.name,
      joinCount: unit.approx ? `${reported(u, scores[u])}余` : scores[u],
      lastRank: previous[u],
      system: unit.system,
    }));
}

/**
 * Demo time of a tick, China Standard Time, "YYYY-MM-DD HH:mm".
 * @param {number} tick
 */
export function demoTimeAt(tick) {
  const t = Math.max(0, Math.trunc(tick));
  const day = Math.floor(t / CYCLE);
  const d = new Date(DEMO_EPOCH_MS + day * 86_400_000 + (t % CYCLE) * 60_000 + CST_OFFSET_MS);
  const p = (/** @type {number} */ v) => String(v).padStart(2, '0');
  return (
    `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ` +
    `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`
  );
}

/**
 * The `data` member of `/api/rank` at a tick.
 * @param {number} tick
 * @returns {RankData}
 */
export function rankData(tick) {
  const list = rankingAt(tick);
  return { list, total: list.length, updatedAt: demoTimeAt(tick) };
}
