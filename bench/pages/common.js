// @ts-check
// Browser side of the bench, shared by every page: frame helpers, the "until shown" and
// "until drawn" clocks, and data made from a seed so that every contender of a case gets
// exactly the same rows.

/** @typedef {{ unit: string, score: number }} BoardRow */
/** @typedef {{ rows: BoardRow[], top: string }} Board */

/** Resolves at the start of the next frame (before its style, layout and paint). */
export const raf = () => new Promise((resolve) => requestAnimationFrame((time) => resolve(time)));

/** The page's measuring area (each page has an empty `<div id="stage">`). */
export function stage() {
  const element = document.getElementById('stage');
  if (!element) throw new Error('no #stage on the bench page');
  return element;
}

/**
 * Milliseconds from `act` until the second frame after the result is in the DOM: `ready()` is
 * checked at the start of each frame, and once it holds, one more frame start means the
 * frame that showed it has been styled, laid out and painted ("mount → 2 frames").
 * @param {() => unknown} act mounts or updates
 * @param {() => boolean} ready whether the new state is in the DOM
 * @param {number} [limit] frames to wait at most
 */
export async function timeUntilShown(act, ready, limit = 1200) {
  const start = performance.now();
  await act();
  let frames = 0;
  do {
    await raf();
    if (++frames > limit) throw new Error(`not shown after ${limit} frames`);
  } while (!ready());
  await raf();
  return performance.now() - start;
}

/**
 * Nodes under `root`, shadow roots included.
 * @param {Node} root
 */
export function countNodes(root) {
  let count = 0;
  /** @param {Node} node */
  const visit = (node) => {
    count++;
    const shadow = node instanceof Element ? node.shadowRoot : null;
    if (shadow) visit(shadow);
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
  };
  visit(root);
  return count;
}

/**
 * A small, fast, seeded random generator (mulberry32).
 * @param {number} seed
 */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * @template T
 * @param {T[]} list shuffled in place
 * @param {() => number} next
 */
function shuffle(list, next) {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

const UNIT_BASES = [
  '省委办公厅',
  '市教育局',
  '区卫生健康局',
  '文明办',
  '街道办事处',
  '社区居委会',
  '市场监管所',
  '交通运输局',
  '文化和旅游局',
  '城管执法局',
  '团市委',
  '税务局',
];

/**
 * `count` units with distinct scores in an order drawn from `seed` (so there are no ties and
 * every contender agrees on the order), and the name of the top one. With `notTop`, a unit
 * of that name is never on top, so an update always changes the first row.
 * @param {number} count
 * @param {number} seed
 * @param {string} [notTop]
 * @returns {Board}
 */
export function board(count, seed, notTop) {
  const scores = shuffle(
    Array.from({ length: count }, (_, i) => 100 + i * 13),
    random(seed),
  );
  const rows = scores.map((score, i) => ({
    unit: `${UNIT_BASES[i % UNIT_BASES.length]}${i + 1}`,
    score,
  }));
  const topOf = () => rows.reduce((best, row) => (row.score > best.score ? row : best), rows[0]);
  let top = topOf();
  if (top && top.unit === notTop && rows.length > 1) {
    const other = rows[rows.indexOf(top) === 0 ? 1 : 0];
    [top.score, other.score] = [other.score, top.score];
    top = other;
  }
  return { rows, top: top?.unit ?? '' };
}

/** Shanghai is UTC+8 all year. */
const SHANGHAI = 8 * 3600_000;
const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');

/** @param {number} time epoch ms */
function shanghaiDate(time) {
  const d = new Date(time + SHANGHAI);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** @param {number} time epoch ms */
function shanghaiMinute(time) {
  const d = new Date(time + SHANGHAI);
  return `${shanghaiDate(time)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** 2024-03-01 00:00 in Shanghai, the last day of every heatmap. */
const HEATMAP_END = Date.UTC(2024, 2, 1) - SHANGHAI;

/**
 * Flat heatmap rows, as a backend sends them: every point on every day, with a district.
 * @param {number} points
 * @param {number} days
 * @param {number} seed
 */
export function laborRows(points, days, seed) {
  const next = random(seed);
  const dates = Array.from({ length: days }, (_, d) =>
    shanghaiDate(HEATMAP_END - (days - 1 - d) * 86400_000),
  );
  /** @type {{ point: string, district: string, date: string, value: number }[]} */
  const rows = [];
  for (let p = 0; p < points; p++) {
    const point = `劳动点位${p + 1}`;
    const district = `第${(p % 20) + 1}街道`;
    for (let d = 0; d < days; d++) {
      const value = next() < 0.15 ? 0 : Math.floor(next() * 80);
      rows.push({ point, district, date: dates[d], value });
    }
  }
  return { rows, end: dates[days - 1] };
}

/** The campaign's progress: 27 categories of the standard, 330 items. */
export function progress(done = 262) {
  const categories = Array.from({ length: 27 }, (_, i) => {
    const total = 8 + (i % 7) * 3;
    return { name: `测评类别${i + 1}`, done: Math.max(0, total - (i % 5)), total };
  });
  return { done, total: 330, target: 85, deadline: '2027-05-01', categories };
}

const PLACES = ['文坛社区', '青年路城中村', '滨江公园', '火车站广场', '农贸市场', '人民路'];
const CATEGORIES = ['环境卫生清理', '志愿服务', '交通劝导', '文明宣传'];

/**
 * Campaign events, newest first, spread over 60 days before 2024-03-01.
 * @param {number} count
 * @param {number} seed
 */
export function campaignEvents(count, seed) {
  const next = random(seed);
  const span = 60 * 86400_000;
  return Array.from({ length: count }, (_, i) => {
    const unit = `${UNIT_BASES[i % UNIT_BASES.length]}${(i % 40) + 1}`;
    const place = PLACES[i % PLACES.length];
    const category = CATEGORIES[i % CATEGORIES.length];
    return {
      id: `e${i}`,
      time: shanghaiMinute(HEATMAP_END - Math.floor((i / count) * span)),
      title: `${unit}赴${place}开展${category}活动`,
      unit,
      place,
      participants: 10 + Math.floor(next() * 190),
      participantsUnit: '人次',
      outcomes: [{ label: '清理小广告', value: Math.floor(next() * 3000), unit: '处' }],
      url: `https://example.org/news/${i}.html`,
      category,
    };
  });
}

/**
 * Publishes a page's measurements to the driver (`window.bench`).
 * @param {Record<string, (params: any) => unknown>} methods
 */
export function expose(methods) {
  /** @type {any} */ (window).bench = methods;
}

/**
 * @typedef {object} BoardContender
 * @property {(rows: BoardRow[], options: { autoScroll: boolean, interval: number }) => void} mount
 * @property {(rows: BoardRow[]) => void} set shows new rows
 * @property {() => string} top the unit in the first row shown
 * @property {() => number | string} position changes while it scrolls by itself
 * @property {() => Node} root the widget, for counting its nodes
 */

/**
 * The leaderboard pages' common driver: mount, reordered updates (each update's top unit
 * differs from the last, so "shown" is the first row's name), a scroll position and a count.
 * @param {BoardContender} contender
 */
export function exposeBoard(contender) {
  let top = '';
  let seed = 1;
  const methods = {
    /** @param {{ rows: number, autoScroll?: boolean, interval?: number }} params */
    mount({ rows, autoScroll = false, interval = 1 }) {
      const data = board(rows, seed);
      top = data.top;
      return timeUntilShown(
        () => contender.mount(data.rows, { autoScroll, interval }),
        () => contender.top() === data.top,
      );
    },
    /** @param {{ rows: number }} params */
    update({ rows }) {
      const data = board(rows, ++seed, top);
      top = data.top;
      return timeUntilShown(
        () => contender.set(data.rows),
        () => contender.top() === data.top,
      );
    },
    /** @param {{ rows: number, count: number }} params */
    async updates({ rows, count }) {
      let total = 0;
      for (let i = 0; i < count; i++) total += await methods.update({ rows });
      return total;
    },
    position: () => contender.position(),
    nodes: () => countNodes(contender.root()),
  };
  expose(methods);
}
