// @ts-check
// Demo data of <civic-labor-heatmap>: labor points (劳动点位) of the three streets of seed 002
// (外海街道, 礼乐街道, 江南街道) over the 60 days up to today in the demo, 2026-12-03, in the
// 2026–2027 cycle with the inspection ahead. The point names and coordinates are made up; the
// coordinates fall inside the made-up outline in demo/district.geojson. The figures follow the
// seed, re-dated to this cycle: on 2026-11-16, 1,800+ person-times in 29 communities; bursts on
// the first Saturday of each month (the volunteer day, 2026-11-07). Three points have nobody at
// all. Deterministic: the same tick always gives the same rows; the last day fills up as ticks
// pass.
import { mulberry32 } from './data.js';

/**
 * One row: participants (人次) at a point on a day (China Standard Time).
 * @typedef {object} LaborRow
 * @property {string} point
 * @property {string} date "YYYY-MM-DD"
 * @property {number} value
 * @property {string} district
 * @property {number} lng
 * @property {number} lat
 */

/** [street, box of its points' coordinates (west, south, east, north), communities…, other points]. */
const STREETS = /** @type {const} */ ([
  [
    '外海街道',
    [113.11, 22.5, 113.16, 22.59],
    ['金溪社区', '南庚社区', '麻园社区', '七西社区', '直冲社区'],
    ['中东社区', '龙溪社区', '东南社区', '麻一社区', '麻三社区'],
    ['外海农贸市场', '麻二城中村'],
  ],
  [
    '礼乐街道',
    [113.03, 22.49, 113.08, 22.55],
    ['威东社区', '英南社区', '新民社区', '五四社区', '新华社区'],
    ['乌纱社区', '跃进社区', '礼东社区', '礼西社区', '丰盛社区'],
    ['礼乐大道', '新民城中村'],
  ],
  [
    '江南街道',
    [113.03, 22.57, 113.08, 22.6],
    ['丰乐社区', '景贤社区', '南苑社区', '东海社区', '金汇社区'],
    ['江南社区', '海傍社区', '富华社区', '朝阳社区'],
    ['江南农贸市场', '白沙城中村'],
  ],
]);

/** Points nobody went to in the whole window: the heatmap's "where is nobody going?". */
export const ZERO_POINTS = Object.freeze(['麻二城中村', '新民城中村', '白沙城中村']);

/** The last day of the window, and its length. */
export const END_DATE = '2026-12-03';
export const WINDOW_DAYS = 60;
/** The day of the seed's figure: 29 communities, 1,800+ person-times. */
export const SEED_DAY = '2026-11-16';

const DAY_MS = 86_400_000;
const END_DAY = Date.parse(`${END_DATE}T00:00:00Z`) / DAY_MS;

/** @param {number} day days since 1970-01-01 */
const dateOf = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** @param {number} day */
const isFirstSaturday = (day) => {
  const date = new Date(day * DAY_MS);
  return date.getUTCDay() === 6 && date.getUTCDate() <= 7;
};

/** Every point with its street and a place inside the street's outline. */
export const LABOR_POINTS = Object.freeze(
  STREETS.flatMap(([district, [west, south, east, north], some, more, others]) =>
    [...some, ...more, ...others].map((name, i, all) => ({
      name,
      district,
      community: name.endsWith('社区'),
      // A low-discrepancy spread, so points of a street do not pile up.
      lng: Math.round((west + (east - west) * ((i * 0.618 + 0.2) % 1)) * 1e4) / 1e4,
      lat: Math.round((south + ((north - south) * (i + 0.5)) / all.length) * 1e4) / 1e4,
    })),
  ),
);

/**
 * The rows at a tick: every day a point had someone, plus one row with 0 for each point
 * that had nobody (so the heatmap knows it exists). The last day grows with the tick.
 * @param {number} tick
 * @returns {LaborRow[]}
 */
export function laborPointsAt(tick) {
  const t = Math.max(0, Math.trunc(tick));
  /** @type {LaborRow[]} */
  const rows = [];
  LABOR_POINTS.forEach((point, p) => {
    const { name, district, lng, lat } = point;
    const at = { district, lng, lat };
    if (ZERO_POINTS.includes(name)) {
      rows.push({ point: name, date: END_DATE, value: 0, ...at });
      return;
    }
    const random = mulberry32(1000 + p);
    for (let day = END_DAY - WINDOW_DAYS + 1; day <= END_DAY; day++) {
      const r = random();
      let value = 0;
      if (dateOf(day) === SEED_DAY) value = point.community ? 58 + Math.floor(r * 14) : 0;
      else if (isFirstSaturday(day)) value = 40 + Math.floor(r * 60);
      else if (day === END_DAY) value = Math.floor(r * 10) + Math.min(40, Math.floor(t / 3));
      else if (r < 0.35) value = 3 + Math.floor(r * 80);
      if (value > 0) rows.push({ point: name, date: dateOf(day), value, ...at });
    }
  });
  return rows;
}

/**
 * The rows of the `top` points with the most participants in the window, and of every point
 * nobody went to: a wall names each of its rows, so it asks for fewer than all 35.
 * @param {LaborRow[]} rows
 * @param {number} top
 * @returns {LaborRow[]}
 */
function busiestPoints(rows, top) {
  /** @type {Map<string, number>} */
  const totals = new Map();
  for (const row of rows) totals.set(row.point, (totals.get(row.point) ?? 0) + row.value);
  const kept = new Set(
    [...totals]
      .filter(([, total]) => total > 0)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, top)
      .map(([name]) => name),
  );
  return rows.filter((row) => kept.has(row.point) || ZERO_POINTS.includes(row.point));
}

/**
 * The `data` member of the `/api/labor-points` envelope; `?top=12` keeps the twelve busiest
 * points and the ones nobody went to.
 * @param {number} tick
 * @param {URLSearchParams} [query]
 * @returns {{ metric: string, list: LaborRow[] }}
 */
export function laborPointsData(tick, query) {
  const rows = laborPointsAt(tick);
  const top = Number(query?.get('top'));
  return { metric: '参与人次', list: top > 0 ? busiestPoints(rows, Math.floor(top)) : rows };
}
