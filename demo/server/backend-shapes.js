// @ts-check
// Answers in the exact shapes of real backends, one fixed endpoint each under /api/shapes/:
// the envelopes of the popular Chinese admin templates (RuoYi, RuoYi-Vue-Plus, JeecgBoot,
// Pig, yudao/芋道, Ant Design Pro), the pagination of Django REST, Spring Data and Laravel,
// GraphQL errors, error statuses with a JSON message, a BOM behind a GBK header, and a
// 100,000-cell heatmap. The rows are the demo's own units, points and events.

const JSON_UTF8 = 'application/json; charset=utf-8';

/**
 * @typedef {object} ShapeAnswer
 * @property {number} status
 * @property {string} type Content-Type
 * @property {string} body
 * @property {null} etag never conditional: each fixture is exactly what it says
 */

const UNITS = [
  { deptName: '市文明办', joinCount: 120 },
  { deptName: '市公安局', joinCount: 98 },
  { deptName: '市市场监管局', joinCount: 87 },
];

/** @param {unknown} value @param {number} [status] @returns {ShapeAnswer} */
const json = (value, status = 200) => ({
  status,
  type: JSON_UTF8,
  body: JSON.stringify(value),
  etag: null,
});

/** 1,000 points × 100 days: the heatmap's advertised 100k cells, flat rows, 5.7 MB (over a 5 MB cap). */
function heatmap100k() {
  const rows = [];
  const first = Date.UTC(2026, 7, 1);
  for (let p = 0; p < 1000; p += 1) {
    const point = `实践站${String(p + 1).padStart(4, '0')}`;
    for (let d = 0; d < 100; d += 1) {
      const date = new Date(first + d * 86_400_000).toISOString().slice(0, 10);
      rows.push({ point, date, value: (p * 7 + d * 13) % 50 });
    }
  }
  return { code: 200, msg: '操作成功', data: rows };
}

/** @type {ShapeAnswer | undefined} */
let heatmapAnswer;

/**
 * Path → answer. Each is built on request (the 100k heatmap once, then kept).
 * @type {Readonly<Record<string, () => ShapeAnswer>>}
 */
export const BACKEND_SHAPES = Object.freeze({
  // Successes that carry nothing: the empty state.
  '/api/shapes/ruoyi-no-data': () => json({ code: 200, msg: '操作成功' }),
  '/api/shapes/jeecg-null-result': () =>
    json({ success: true, message: '', code: 200, result: null, timestamp: 1733212800000 }),
  '/api/shapes/no-content': () => ({ status: 204, type: JSON_UTF8, body: '', etag: null }),
  // Success codes beyond 0/200.
  '/api/shapes/alibaba-00000': () => json({ code: '00000', msg: '一切ok', data: UNITS }),
  '/api/shapes/yudao-page': () =>
    json({ code: 0, data: { list: UNITS, total: UNITS.length }, msg: '' }),
  '/api/shapes/pig-page': () =>
    json({
      code: 0,
      msg: null,
      data: { records: UNITS, total: 3, size: 10, current: 1, orders: [], pages: 1 },
    }),
  '/api/shapes/ruoyi-plus-page': () => json({ total: 3, rows: UNITS, code: 200, msg: '查询成功' }),
  '/api/shapes/django-page': () => json({ count: 3, next: null, previous: null, results: UNITS }),
  '/api/shapes/spring-page': () =>
    json({
      content: UNITS,
      pageable: { pageNumber: 0, pageSize: 20, sort: { sorted: false } },
      totalElements: 3,
      totalPages: 1,
      last: true,
      number: 0,
      size: 20,
      first: true,
      empty: false,
    }),
  '/api/shapes/laravel-page': () =>
    json({
      data: UNITS,
      links: { first: '/api/rank?page=1', last: '/api/rank?page=1', prev: null, next: null },
      meta: { current_page: 1, from: 1, last_page: 1, links: [], per_page: 15, to: 3, total: 3 },
    }),
  // Failures that say why.
  '/api/shapes/antd-pro-login': () =>
    json({ data: null, errorCode: '401', errorMessage: '请先登录！', success: false, showType: 2 }),
  '/api/shapes/antd-pro-no-message': () => json({ success: false, errorCode: 'A0230' }),
  '/api/shapes/token-401': () => json({ code: 401, msg: 'Token失效,请重新登录' }, 401),
  '/api/shapes/spring-403': () =>
    json(
      {
        timestamp: '2026-12-03T08:00:00.000+00:00',
        status: 403,
        error: 'Forbidden',
        message: '无权访问该资源',
        path: '/api/rank',
      },
      403,
    ),
  '/api/shapes/graphql-error': () =>
    json({ errors: [{ message: '字段 ranking 不存在', locations: [] }], data: null }),
  '/api/shapes/long-message': () =>
    // 499 ideographs, then an emoji across the 500-unit cut.
    json({ code: 500, msg: `${'错'.repeat(499)}😀尾` }),
  // Encodings: a UTF-8 file with its BOM, served by a gateway that labels everything GBK.
  '/api/shapes/bom-gbk': () => ({
    status: 200,
    type: 'application/json; charset=GBK',
    // Written as UTF-8, U+FEFF is the bytes EF BB BF.
    body: `\uFEFF${JSON.stringify({ code: 0, msg: 'ok', data: UNITS })}`,
    etag: null,
  }),
  // Field forms.
  '/api/shapes/gauge-nested': () =>
    json({
      code: 200,
      msg: '操作成功',
      data: {
        finished: 262,
        all: 330,
        targetRate: '85%',
        categories: [
          { catName: '公共文明引导', ok: 9, all: 12 },
          { catName: '农贸市场管理', ok: 9, all: 16 },
        ],
      },
    }),
  '/api/shapes/events-compact-dates': () =>
    json({
      code: 0,
      data: [
        { title: '全市志愿服务日', date: '20161105', level: 'city' },
        { title: '文明交通劝导', date: '201611061430', level: 'district' },
      ],
    }),
  '/api/shapes/heatmap-100k': () =>
    (heatmapAnswer ??= {
      status: 200,
      type: JSON_UTF8,
      body: JSON.stringify(heatmap100k()),
      etag: null,
    }),
});
