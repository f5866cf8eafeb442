/** The words of the builder's settings step: each widget option's label, hint and values. */
import type { Locale } from '../core/i18n.js';

/** An option's label, what it does in a few words, and words for its documented values. */
export interface OptionWords {
  label: string;
  hint: string;
  values?: Readonly<Record<string, string>>;
}

/**
 * The words of the widget options, by attribute, or by `tag attribute` where widgets mean
 * different things by one name (`limit`, `label`).
 */
export const optionMessages: Readonly<Record<Locale, Readonly<Record<string, OptionWords>>>> = {
  'zh-CN': {
    refresh: { label: '自动刷新间隔（秒）', hint: '每隔多少秒重新读取接口；不填则只读取一次。' },
    'auto-scroll': {
      label: '自动滚动',
      hint: '一条一条自动滚动，适合大屏；鼠标移上或获得焦点时暂停。',
    },
    interval: { label: '滚动间隔（秒）', hint: '自动滚动时每一步停留的秒数。' },
    'civic-unit-leaderboard metric': {
      label: '分数名称',
      hint: '标题和分数列的名称，如“参与人次”“服务时长(小时)”。',
    },
    'civic-unit-leaderboard limit': { label: '最多显示几个单位', hint: '不填或 0 显示全部。' },
    group: { label: '只显示某一系统或区县', hint: '填写系统或区县的名称，名次在其中重新排。' },
    bars: {
      label: '分数条',
      hint: '每个单位下面按分数画一条横条。',
      values: { value: '显示分数条', none: '不显示' },
    },
    order: {
      label: '排列顺序',
      hint: '按活动时间排列。',
      values: { desc: '最新的在前', asc: '最早的在前' },
    },
    unit: { label: '只显示某单位的活动', hint: '单位全称，如“省委办公厅”。' },
    category: { label: '只显示某类活动', hint: '类别名称，如“环境卫生清理”。' },
    'civic-event-timeline limit': { label: '最多显示几条活动', hint: '不填或 0 显示全部。' },
    'max-items': {
      label: '最多保留几条活动',
      hint: '只保留最新的这些条，大屏长时间运行时内存不会增长。',
    },
    'civic-event-timeline label': {
      label: '列表名称',
      hint: '读屏软件朗读的名称，默认“活动动态”。',
    },
    'heading-level': {
      label: '日期标题的级别',
      hint: '1 到 6，与页面的标题层级一致，默认 3。',
    },
    'civic-progress-gauge mode': {
      label: '显示方式',
      hint: '仪表的样式。',
      values: {
        ring: '环形',
        half: '半圆',
        bars: '分类条形（完成最少的在前）',
        compact: '一行（侧栏用）',
      },
    },
    target: { label: '目标（百分比）', hint: '0 到 100，代替接口给出的目标。' },
    deadline: { label: '实地考察日期', hint: '如 2027-05-01，代替接口给出的日期。' },
    'civic-progress-gauge label': { label: '标题', hint: '默认“创城测评进度”。' },
    'civic-progress-gauge limit': {
      label: '列出几个分类',
      hint: '完成最少的在前；0 列出全部。不填时环形和半圆列 5 个，分类条形列全部。',
    },
    'civic-labor-heatmap mode': {
      label: '显示方式',
      hint: '热力图的样式。',
      values: { matrix: '点位 × 日期', calendar: '日历', map: '地图' },
    },
    'civic-labor-heatmap metric': {
      label: '数值名称',
      hint: '数值代表什么，默认“参与人次”，也可填“小时”“活动次数”等。',
    },
    days: { label: '显示天数', hint: '到“最后一天”为止的天数，默认 30。' },
    end: { label: '最后一天', hint: '如 2026-11-30；默认为数据里最近的一天。' },
    sort: {
      label: '点位排序',
      hint: '点位 × 日期方式下点位的顺序。',
      values: { total: '按总数，多的在前', name: '按名称' },
    },
    point: { label: '日历只显示一个点位', hint: '日历方式下只看这个点位；默认所有点位相加。' },
    'mark-days': {
      label: '标出的日子',
      hint: '在图上标出这些日子。',
      values: { 'first-saturday': '每月第一个星期六（志愿服务日）' },
    },
    'map-src': {
      label: '地图轮廓文件',
      hint: '地图方式用：本网站上各街道轮廓的 GeoJSON 文件地址。',
    },
    'name-field': {
      label: '街道名称的属性',
      hint: '地图方式用：GeoJSON 里街道名称的属性，如 NAME、XZQMC；不填则自动查找。',
    },
    'civic-labor-heatmap limit': { label: '数据表行数', hint: '数据表列出的点位数，默认 10。' },
    'civic-labor-heatmap label': { label: '标题', hint: '默认“劳动点位热力图”。' },
    'civic-key-figures label': { label: '标题', hint: '数字上方的标题，如“今日概况”；默认没有。' },
    duration: {
      label: '数字变化时长（秒）',
      hint: '数字变到新值所用的秒数；0 表示直接变，默认 1.2。',
    },
  },
  en: {
    refresh: {
      label: 'Refresh every (seconds)',
      hint: 'How often the API is read again; empty reads it once.',
    },
    'auto-scroll': {
      label: 'Scroll by itself',
      hint: 'Steps through the rows on its own, for screens; pauses on hover and focus.',
    },
    interval: { label: 'Scroll step (seconds)', hint: 'Seconds each auto-scroll step stays.' },
    'civic-unit-leaderboard metric': {
      label: 'Score name',
      hint: 'Caption and column label of the score, e.g. participations, service hours.',
    },
    'civic-unit-leaderboard limit': { label: 'Units shown at most', hint: 'Empty or 0 shows all.' },
    group: { label: 'Only one system or district', hint: 'Its name; ranks are counted within it.' },
    bars: {
      label: 'Score bars',
      hint: 'A bar under each unit, as long as its score.',
      values: { value: 'Show the bars', none: 'No bars' },
    },
    order: {
      label: 'Order',
      hint: 'By the time of the events.',
      values: { desc: 'Newest first', asc: 'Oldest first' },
    },
    unit: { label: 'Only events of one unit', hint: 'Its full name, e.g. 省委办公厅.' },
    category: { label: 'Only one category', hint: 'Its name, e.g. 环境卫生清理.' },
    'civic-event-timeline limit': { label: 'Events shown at most', hint: 'Empty or 0 shows all.' },
    'max-items': {
      label: 'Events kept at most',
      hint: 'Only the newest are kept, so a screen running for weeks stays flat in memory.',
    },
    'civic-event-timeline label': {
      label: 'Name of the list',
      hint: 'What screen readers call it; “Campaign events” by default.',
    },
    'heading-level': {
      label: 'Level of the day headings',
      hint: '1 to 6, to fit the page’s outline; 3 by default.',
    },
    'civic-progress-gauge mode': {
      label: 'Look',
      hint: 'How the gauge is drawn.',
      values: {
        ring: 'Ring',
        half: 'Half ring',
        bars: 'Bars per category (worst first)',
        compact: 'One line (sidebar)',
      },
    },
    target: { label: 'Target (percent)', hint: '0 to 100; replaces the target of the API.' },
    deadline: { label: 'Inspection date', hint: 'E.g. 2027-05-01; replaces the date of the API.' },
    'civic-progress-gauge label': { label: 'Title', hint: '“Campaign progress” by default.' },
    'civic-progress-gauge limit': {
      label: 'Categories listed',
      hint: 'Worst first; 0 lists all. Empty: 5 under a ring or half ring, all as bars.',
    },
    'civic-labor-heatmap mode': {
      label: 'Look',
      hint: 'How the heatmap is drawn.',
      values: { matrix: 'Points × days', calendar: 'Calendar', map: 'Map' },
    },
    'civic-labor-heatmap metric': {
      label: 'What the values count',
      hint: 'Person-times by default; hours, events…',
    },
    days: { label: 'Days shown', hint: 'Days up to the last day; 30 by default.' },
    end: { label: 'Last day', hint: 'E.g. 2026-11-30; the latest day of the data by default.' },
    sort: {
      label: 'Order of the points',
      hint: 'In the points × days look.',
      values: { total: 'By total, most first', name: 'By name' },
    },
    point: {
      label: 'One point in the calendar',
      hint: 'The calendar shows only it; all points summed by default.',
    },
    'mark-days': {
      label: 'Days marked',
      hint: 'These days are marked on the chart.',
      values: { 'first-saturday': 'The first Saturday of each month (volunteer day)' },
    },
    'map-src': {
      label: 'Map outline file',
      hint: 'Map look: the address of the streets’ GeoJSON on this site.',
    },
    'name-field': {
      label: 'Street name property',
      hint: 'Map look: the GeoJSON property naming each street (NAME, XZQMC…); found by itself when empty.',
    },
    'civic-labor-heatmap limit': {
      label: 'Rows of the data table',
      hint: 'Points listed in the table; 10 by default.',
    },
    'civic-labor-heatmap label': { label: 'Title', hint: '“Labor points” by default.' },
    'civic-key-figures label': {
      label: 'Caption',
      hint: 'Above the figures, e.g. 今日概况; none by default.',
    },
    duration: {
      label: 'Count-up time (seconds)',
      hint: 'Seconds a changed figure takes to reach its new value; 0 changes it at once, 1.2 by default.',
    },
  },
};

/** The words of option `name` of `tag`; undefined when it has none (a test keeps them complete). */
export function optionWords(locale: Locale, tag: string, name: string): OptionWords | undefined {
  const table = optionMessages[locale];
  return table[`${tag} ${name}`] ?? table[name];
}
