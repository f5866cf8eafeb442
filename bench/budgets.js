// @ts-check
// Every performance budget of civic-widgets, in one place. Sources: ../shared/DESIGN.md,
// "Performance budgets, and what the alternatives do on this machine", and issue 8.
// A budget is a measured value (a case's median for one contender, or a bundle's gzip size)
// with an absolute limit, or with a limit on its ratio to another measured value.

/**
 * @typedef {{ case: string, contender: string } | { size: string }} Measure
 * @typedef {object} Budget
 * @property {string} id
 * @property {string} text what the budget says, as it is written down
 * @property {Measure} value
 * @property {Measure} [per] the value is divided by this one (a ratio budget)
 * @property {number} max the limit: a ratio, or the value's unit
 * @property {string} unit of the value, or '×' for a ratio
 */

/** @type {Budget[]} */
export const BUDGETS = [
  {
    id: 'heatmap-100k',
    text: 'heatmap, 100k cells drawn in ≤ 1.0 s',
    value: { case: 'heatmap-100k.mount', contender: 'ours' },
    max: 1000,
    unit: 'ms',
  },
  ...['1k', '10k'].flatMap((size) =>
    ['mount', 'update'].map((step) => ({
      id: `heatmap-${size}-${step}`,
      text: `heatmap ${size} cells, ${step === 'mount' ? 'first render' : 'update'} ≤ 1.1× raw ECharts`,
      value: { case: `heatmap-${size}.${step}`, contender: 'ours' },
      per: { case: `heatmap-${size}.${step}`, contender: 'echarts' },
      max: 1.1,
      unit: '×',
    })),
  ),
  ...['mount', 'update'].map((step) => ({
    id: `gauge-${step}`,
    text: `gauge, ${step === 'mount' ? 'first render' : 'update'} ≤ 1.1× raw ECharts`,
    value: { case: `gauge.${step}`, contender: 'ours' },
    per: { case: `gauge.${step}`, contender: 'echarts' },
    max: 1.1,
    unit: '×',
  })),
  ...['100', '1000'].flatMap((rows) =>
    ['mount', 'update'].map((step) => ({
      id: `leaderboard-${rows}-${step}`,
      text: `leaderboard ${Number(rows).toLocaleString('en')} rows, ${step === 'mount' ? 'mount' : 'reordered update'} ≤ 1.2× plain DOM`,
      value: { case: `leaderboard-${rows}.${step}`, contender: 'ours' },
      per: { case: `leaderboard-${rows}.${step}`, contender: 'plain' },
      max: 1.2,
      unit: '×',
    })),
  ),
  {
    id: 'heap-per-update',
    text: '≤ 1 KB heap kept per update (leaderboard, 1,000 rows)',
    value: { case: 'heap-1000.leaderboard', contender: 'ours' },
    max: 1,
    unit: 'KB',
  },
  ...['leaderboard', 'timeline'].map((widget) => ({
    id: `autoscroll-${widget}`,
    text: `${widget} auto-scroll at 1,000 rows: ≤ 0.5 s main thread busy per minute`,
    value: { case: `autoscroll-1000.${widget}`, contender: 'ours' },
    max: 0.5,
    unit: 's/min',
  })),
  ...['leaderboard', 'timeline'].map((entry) => ({
    id: `size-${entry}`,
    text: `${entry} entry alone ≤ 15 KB gzip, Lit included`,
    value: { size: entry },
    max: 15,
    unit: 'KB',
  })),
  {
    id: 'size-loader',
    text: 'loader (civic-widgets.iife.js) ≤ 8 KB gzip',
    value: { size: 'loader' },
    max: 8,
    unit: 'KB',
  },
  {
    id: 'loader-board-script',
    text: 'leaderboard-only GBK page: ≤ 30 KB gzip of script fetched',
    value: { case: 'loader-board.script', contender: 'loader' },
    max: 30,
    unit: 'KB',
  },
  {
    id: 'loader-gauge-script',
    text: 'gauge-only GBK page: script fetched ≤ 1.1× the raw modular ECharts gauge (gzip)',
    value: { case: 'loader-gauge.script', contender: 'loader' },
    per: { size: 'echarts-gauge' },
    max: 1.1,
    unit: '×',
  },
  ...['board', 'gauge'].flatMap((page) =>
    ['shown', 'shown-visitor'].map((step) => ({
      id: `loader-${page}-${step}`,
      text: `${page === 'board' ? 'leaderboard' : 'gauge'} GBK page, ${step === 'shown' ? 'loopback' : '40 ms RTT, 10 Mbit/s'}: first widget shown no later than with the single bundle`,
      value: { case: `loader-${page}.${step}`, contender: 'loader' },
      per: { case: `loader-${page}.${step}`, contender: 'single' },
      max: 1,
      unit: '×',
    })),
  ),
  ...['portal', 'screen'].flatMap((page) =>
    ['shown', 'tbt'].map((step) => ({
      id: `page-${page}-${step}`,
      text: `${page === 'portal' ? 'portal page, four widgets' : 'demo/screen.html at 1920×1080'}, cold, CPU 4× slower: ${step === 'shown' ? 'every widget shows data' : 'total blocking time'} ≤ 1.2× the raw ECharts + plain DOM floor`,
      value: { case: `page-${page}.${step}`, contender: 'ours' },
      per: { case: `page-${page}.${step}`, contender: 'floor' },
      max: 1.2,
      unit: '×',
    })),
  ),
  {
    id: 'page-screen-busy',
    text: 'demo/screen.html, every widget live and auto-scrolling: ≤ 1.2 s main thread busy per minute',
    value: { case: 'page-screen.busy', contender: 'ours' },
    max: 1.2,
    unit: 's/min',
  },
  {
    id: 'size-gauge',
    text: 'gauge entry ≤ 1.05× the raw modular ECharts gauge (gzip)',
    value: { size: 'gauge' },
    per: { size: 'echarts-gauge' },
    max: 1.05,
    unit: '×',
  },
];

/**
 * @typedef {object} Results
 * @property {{ id: string, contenders: Record<string, { median?: number }> }[]} cases
 * @property {{ id: string, gzip: number }[]} sizes
 */

/**
 * @param {Results} results
 * @param {Measure} measure
 * @returns {number | undefined}
 */
function read(results, measure) {
  if ('size' in measure) {
    const bytes = results.sizes.find((size) => size.id === measure.size)?.gzip;
    return bytes === undefined ? undefined : bytes / 1024;
  }
  return results.cases.find((c) => c.id === measure.case)?.contenders[measure.contender]?.median;
}

/**
 * Which budgets hold. A budget whose measurements are missing (a skipped case, a quick run
 * at other sizes) is reported as not measured, neither held nor failed.
 * @param {Results} results
 */
export function evaluateBudgets(results) {
  return BUDGETS.map((budget) => {
    const value = read(results, budget.value);
    const base = budget.per ? read(results, budget.per) : 1;
    const measured = value === undefined || base === undefined || !base ? undefined : value / base;
    return {
      id: budget.id,
      text: budget.text,
      measured,
      value,
      base: budget.per ? base : undefined,
      max: budget.max,
      unit: budget.unit,
      status: measured === undefined ? 'not measured' : measured <= budget.max ? 'holds' : 'fails',
    };
  });
}
