// @ts-check
// Medians, ratios and the readable table (Markdown) of a bench run.

/**
 * @typedef {object} Contender
 * @property {number[]} samples
 * @property {number} [median]
 * @property {number} [min]
 * @property {number} [max]
 *
 * @typedef {object} Case
 * @property {string} id
 * @property {string} group
 * @property {string} label
 * @property {string} unit
 * @property {number} digits decimals shown
 * @property {Record<string, Contender>} contenders
 * @property {string} [error]
 */

/** Display names of the contenders. */
export const CONTENDERS = /** @type {Record<string, string>} */ ({
  ours: 'civic-widgets',
  echarts: 'raw ECharts',
  'echarts-p0': 'raw ECharts, `progressive: 0`',
  plain: 'plain DOM, keyed',
  datav: 'DataV ScrollRankingBoard',
  loader: 'loader (civic-widgets.iife.js)',
  single: 'single bundle (civic-widgets.all.iife.js)',
  floor: 'floor: raw ECharts + plain DOM',
});

/** Short names of the contenders in a ratio column's heading. */
const RATIO_NAMES = /** @type {Record<string, string>} */ ({
  echarts: 'ECharts',
  plain: 'plain',
  datav: 'DataV',
  single: 'single bundle',
  floor: 'floor',
});

/** The tables: which cases, which columns and which ratios. */
const GROUPS = [
  {
    id: 'charts',
    title: 'Charts — first render and update until drawn (ECharts `finished`), ms',
    columns: ['ours', 'echarts', 'echarts-p0'],
    ratios: [['ours', 'echarts']],
  },
  {
    id: 'leaderboard',
    title: 'Leaderboard — mount / reordered update until shown (→ 2 frames), ms',
    columns: ['ours', 'plain', 'datav'],
    ratios: [
      ['ours', 'plain'],
      ['ours', 'datav'],
    ],
  },
  {
    id: 'heap',
    title: 'Heap kept per update after forced GC, KB',
    columns: ['ours', 'plain', 'datav'],
    ratios: [],
  },
  {
    id: 'timeline',
    title: 'Timeline (virtualised)',
    columns: ['ours'],
    ratios: [],
  },
  {
    id: 'autoscroll',
    title: 'Auto-scroll, one step a second — main thread busy (CDP TaskDuration), s per minute',
    columns: ['ours', 'plain', 'datav'],
    ratios: [
      ['ours', 'plain'],
      ['ours', 'datav'],
    ],
  },
  {
    id: 'loader',
    title:
      'Loader on a GBK portal page (strict CSP, Trusted Types, gzip level 9) — script fetched, first widget shown',
    columns: ['loader', 'single'],
    ratios: [['loader', 'single']],
  },
  {
    id: 'page',
    title:
      'Whole pages, cold, CPU throttled 4× (an old office PC) — from navigation, ms; blocking time: long tasks over 50 ms until 1 s after',
    columns: ['ours', 'floor'],
    ratios: [['ours', 'floor']],
  },
];

/** @param {number[]} values */
export function median(values) {
  if (!values.length) return undefined;
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Fills each contender's median, min and max. @param {Case[]} cases */
export function summarize(cases) {
  for (const c of cases) {
    for (const contender of Object.values(c.contenders)) {
      contender.median = median(contender.samples);
      contender.min = contender.samples.length ? Math.min(...contender.samples) : undefined;
      contender.max = contender.samples.length ? Math.max(...contender.samples) : undefined;
    }
  }
}

/**
 * @param {number | undefined} value
 * @param {number} digits
 */
const fmt = (value, digits) =>
  value === undefined || Number.isNaN(value)
    ? '—'
    : value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** @param {Case} c @param {string} name */
function cell(c, name) {
  const contender = c.contenders[name];
  if (!contender?.samples.length) return '—';
  const main = fmt(contender.median, c.digits);
  if (contender.samples.length < 2 || contender.min === contender.max) return main;
  return `${main} (${fmt(contender.min, c.digits)}–${fmt(contender.max, c.digits)})`;
}

/** @param {Case} c @param {string} a @param {string} b */
function ratio(c, a, b) {
  const x = c.contenders[a]?.median;
  const y = c.contenders[b]?.median;
  return x === undefined || y === undefined || !y ? '—' : `${fmt(x / y, 2)}×`;
}

/** @param {string[]} cells */
const line = (cells) => `| ${cells.join(' | ')} |`;

/**
 * @typedef {object} Run
 * @property {string} date
 * @property {boolean} quick
 * @property {number} samples
 * @property {Record<string, any>} machine
 * @property {{ start: number[], end?: number[] }} load
 * @property {Case[]} cases
 * @property {import('./sizes.js').Size[]} sizes
 * @property {ReturnType<typeof import('../budgets.js').evaluateBudgets>} budgets
 * @property {string[]} notes
 * @property {number} seconds
 */

/** @param {number[] | undefined} load */
const loadText = (load) => (load ? load.map((v) => v.toFixed(2)).join(' / ') : '—');

/** @param {Run} run */
export function markdown(run) {
  const m = run.machine;
  const out = [
    `### Bench${run.quick ? ' (quick: tiny sizes, not for comparison)' : ''} — ${run.date.slice(0, 10)}`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; Node ${m.node}, Chromium ${m.chromium} (headless, ${m.platform}).`,
    `Load average (1 / 5 / 15 min): ${loadText(run.load.start)} at the start, ${loadText(run.load.end)} at the end — ` +
      'other work on the machine slows every contender alike, but widens the spread.',
    `Medians of ${run.samples} cold samples (a fresh browser context and page each), min–max in brackets; ` +
      `the run took ${Math.round(run.seconds)} s.`,
    '',
  ];
  for (const group of GROUPS) {
    const cases = run.cases.filter((c) => c.group === group.id);
    if (!cases.length) continue;
    const columns = group.columns.filter((name) => cases.some((c) => c.contenders[name]));
    out.push(`#### ${group.title}`, '');
    out.push(
      line([
        'case',
        ...columns.map((name) => CONTENDERS[name]),
        ...group.ratios.map(([a, b]) => `${a} ÷ ${RATIO_NAMES[b] ?? b}`),
      ]),
    );
    out.push(line(Array(1 + columns.length + group.ratios.length).fill('---')));
    for (const c of cases) {
      if (c.error) {
        out.push(
          line([
            c.label,
            `error: ${c.error}`,
            ...Array(columns.length + group.ratios.length - 1).fill(''),
          ]),
        );
        continue;
      }
      out.push(
        line([
          c.label,
          ...columns.map((name) => cell(c, name)),
          ...group.ratios.map(([a, b]) => ratio(c, a, b)),
        ]),
      );
    }
    out.push('');
  }
  if (run.sizes.length) {
    const kb = (/** @type {number} */ bytes) => fmt(bytes / 1024, 1);
    out.push('#### Bundle size, KB (1,024 bytes): minified, and gzip -9', '');
    out.push(line(['bundle', 'min', 'gzip']), line(['---', '---:', '---:']));
    for (const size of run.sizes) out.push(line([size.label, kb(size.min), kb(size.gzip)]));
    out.push('');
  }
  out.push('#### Budgets', '');
  out.push(line(['budget', 'measured', 'limit', '']), line(['---', '---:', '---:', ':---:']));
  for (const budget of run.budgets) {
    const unit = budget.unit === '×' ? '×' : ` ${budget.unit}`;
    const digits = budget.unit === '×' ? 2 : budget.unit === 'ms' ? 0 : 2;
    const mark =
      budget.status === 'holds' ? '✓' : budget.status === 'fails' ? '✗' : '— not measured';
    out.push(
      line([
        budget.text,
        budget.measured === undefined ? '—' : `${fmt(budget.measured, digits)}${unit}`,
        `${fmt(budget.max, digits)}${unit}`,
        mark,
      ]),
    );
  }
  out.push('');
  if (run.notes.length) {
    out.push('Notes:', '', ...run.notes.map((note) => `- ${note}`), '');
  }
  return out.join('\n');
}
