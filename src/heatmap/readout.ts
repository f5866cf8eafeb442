import {
  dayStart,
  monthNames,
  shanghaiParts,
  weekday,
  weekdayNames,
} from '../core/beijing-time.js';
import { formatCount } from '../core/format.js';
import { localize, type Locale, type MessageTable } from '../core/i18n.js';
import type { TextContext } from './cell-text.js';
import type { MatrixRow } from './matrix-view.js';
import { ZERO_ROW } from './matrix-view.js';

/**
 * The sentences a screen reader says: the focused cell (the live readout) and the summary
 * that names the chart. Written to be heard, not read: dates in words ("8月14日星期一" /
 * "Monday 14 August"), the campaign's own unit (参与 62 人次 / 62 person-times), no
 * separators a voice reads out ("·", "-"), and the legend's level of the cell in words.
 */
type ReadoutMessage =
  | 'cell'
  | 'place'
  | 'withLevel'
  | 'amount'
  | 'amountApprox'
  | 'amountTotal'
  | 'amountTotalApprox'
  | 'amountMetric'
  | 'amountMetricTotal'
  | 'nobody'
  | 'nobodyWindow'
  | 'pointIn'
  | 'districtPoints'
  | 'noDistrictPoints'
  | 'bandPoints'
  | 'everyPoint'
  | 'pointCount'
  | 'pointCountOne'
  | 'summary'
  | 'summaryPoint'
  | 'range'
  | 'level0'
  | 'level1'
  | 'level2'
  | 'level3';

const messages: MessageTable<ReadoutMessage> = {
  'zh-CN': {
    cell: '{day},{row},{amount}',
    place: '{row},{amount}',
    withLevel: '{sentence},{level}',
    amount: '参与 {n} 人次',
    amountApprox: '参与 {n}余人次',
    amountTotal: '共参与 {n} 人次',
    amountTotalApprox: '共参与 {n}余人次',
    amountMetric: '{metric} {n}',
    amountMetricTotal: '{metric}合计 {n}',
    nobody: '无人参与',
    nobodyWindow: '这段时间无人参与',
    pointIn: '{district}{name}',
    districtPoints: '{name} {count} 个点位',
    noDistrictPoints: '未分组的 {count} 个点位',
    bandPoints: '{name}等 {all} 个点位',
    everyPoint: '全部点位',
    pointCount: '{count} 个点位',
    pointCountOne: '1 个点位',
    summary: '{range},{points}{amount}',
    summaryPoint: '{point},{range}{amount}',
    range: '{from}至{to}',
    level0: '较低',
    level1: '中等',
    level2: '较高',
    level3: '很高',
  },
  en: {
    cell: '{day}, {row}: {amount}',
    place: '{row}: {amount}',
    withLevel: '{sentence}, {level}',
    amount: '{n} person-times',
    amountApprox: 'at least {n} person-times',
    amountTotal: '{n} person-times in all',
    amountTotalApprox: 'at least {n} person-times in all',
    amountMetric: '{metric} {n}',
    amountMetricTotal: '{metric} {n} in all',
    nobody: 'nobody took part',
    nobodyWindow: 'nobody took part in this period',
    pointIn: '{name}, {district}',
    districtPoints: '{name}, {count} labor points',
    noDistrictPoints: '{count} labor points without a district',
    bandPoints: '{name} and {more} more labor points',
    everyPoint: 'all labor points',
    pointCount: '{count} labor points',
    pointCountOne: '1 labor point',
    summary: '{range}: {points}, {amount}',
    summaryPoint: '{point}, {range}: {amount}',
    range: '{from} to {to}',
    level0: 'low',
    level1: 'medium',
    level2: 'high',
    level3: 'very high',
  },
};

const say = (locale: Locale, key: ReadoutMessage, params?: Record<string, string | number>) =>
  localize(messages, locale, key, params);

/** A day in words: "8月14日星期一" / "Monday 14 August", the year only when asked. */
export function spokenDay(day: number, locale: Locale, withYear = false): string {
  const { year, month, day: date } = shanghaiParts(dayStart(day));
  const name = weekdayNames(locale, 'long')[weekday(day)];
  if (locale === 'en') {
    return `${name} ${date} ${monthNames(locale, 'long')[month - 1]}${withYear ? ` ${year}` : ''}`;
  }
  return `${withYear ? `${year}年` : ''}${month}月${date}日${name}`;
}

/** The day of a cell, with its year when it is not the window's last year. */
const cellDay = (day: number, text: TextContext) =>
  spokenDay(
    day,
    text.locale,
    shanghaiParts(dayStart(day)).year !== shanghaiParts(dayStart(text.last)).year,
  );

/** "2017年6月17日至8月15日" / "17 June to 15 August 2017". */
export function spokenRange(first: number, last: number, locale: Locale): string {
  const [a, b] = [shanghaiParts(dayStart(first)), shanghaiParts(dayStart(last))];
  const sameYear = a.year === b.year;
  if (locale === 'en') {
    const month = monthNames(locale, 'long');
    const from = `${a.day} ${month[a.month - 1]}${sameYear ? '' : ` ${a.year}`}`;
    return say(locale, 'range', { from, to: `${b.day} ${month[b.month - 1]} ${b.year}` });
  }
  const from = `${a.year}年${a.month}月${a.day}日`;
  const to = `${sameYear ? '' : `${b.year}年`}${b.month}月${b.day}日`;
  return say(locale, 'range', { from, to });
}

/**
 * How much, in words: "参与 62 人次", "参与 50余人次", "无人参与"; with a `metric` of the
 * page's own, "服务时长 62". `total` speaks of a sum over days or points ("共参与").
 */
export function spokenAmount(
  value: number,
  approx: boolean,
  text: TextContext,
  total = false,
): string {
  const { locale } = text;
  if (value === ZERO_ROW) return say(locale, 'nobodyWindow');
  const n = formatCount(value, locale);
  if (text.custom) {
    const shown = formatCount(value, locale, approx);
    return say(locale, total ? 'amountMetricTotal' : 'amountMetric', {
      metric: text.metric,
      n: shown,
    });
  }
  if (value === 0 && !approx) return say(locale, 'nobody');
  const key = total
    ? approx
      ? 'amountTotalApprox'
      : 'amountTotal'
    : approx
      ? 'amountApprox'
      : 'amount';
  const sentence = say(locale, key, { n });
  // "1 person-times" is not English.
  return locale === 'en' && value === 1 && !approx
    ? sentence.replace('person-times', 'person-time')
    : sentence;
}

/** A point where it is: "外海街道金溪社区" / "金溪社区, 外海街道". */
export function spokenPoint(name: string, district: string | undefined, locale: Locale): string {
  return district ? say(locale, 'pointIn', { name, district }) : name;
}

/** A row of the matrix: a point, a street's points summed, or a band of points summed. */
export function spokenRow(row: MatrixRow, locale: Locale): string {
  const count = row.members.length;
  if (row.kind === 'point') return spokenPoint(row.name, row.district, locale);
  if (row.kind === 'district') {
    return row.name
      ? say(locale, 'districtPoints', { name: row.name, count })
      : say(locale, 'noDistrictPoints', { count });
  }
  return say(locale, 'bandPoints', { name: row.name, all: count, more: count - 1 });
}

/** "全部点位" / "all labor points": the calendar's row when no `point` is chosen. */
export const everyPoint = (locale: Locale) => say(locale, 'everyPoint');

/** The legend's level in words ("较高" / "high"), or nothing for a cell without anyone. */
export function spokenLevel(level: number | undefined, locale: Locale): string | undefined {
  return level === undefined ? undefined : say(locale, `level${level as 0 | 1 | 2 | 3}`);
}

const withLevel = (sentence: string, level: string | undefined, locale: Locale) =>
  level ? say(locale, 'withLevel', { sentence, level }) : sentence;

/** A day cell: "8月14日星期一,外海街道金溪社区,参与 62 人次,较高". */
export function dayCellReadout(
  day: number,
  row: string,
  amount: string,
  level: string | undefined,
  text: TextContext,
): string {
  const sentence = say(text.locale, 'cell', { day: cellDay(day, text), row, amount });
  return withLevel(sentence, level, text.locale);
}

/** A place over the whole window (the map): "外海街道金溪社区,共参与 300 人次,较高". */
export function placeReadout(
  row: string,
  amount: string,
  level: string | undefined,
  locale: Locale,
) {
  return withLevel(say(locale, 'place', { row, amount }), level, locale);
}

/** "35 个点位" / "35 labor points", "1 labor point". */
export const pointCount = (count: number, locale: Locale) =>
  count === 1 ? say(locale, 'pointCountOne') : say(locale, 'pointCount', { count });

/**
 * The summary: "2017年6月17日至8月15日,35 个点位共参与 1.1万 人次", or of one point
 * "金溪社区,2017年6月17日至8月15日共参与 1,234 人次".
 */
export function summarySentence(o: {
  first: number;
  last: number;
  points: number;
  total: number;
  approx: boolean;
  point?: string;
  text: TextContext;
}): string {
  const { locale } = o.text;
  const range = spokenRange(o.first, o.last, locale);
  const amount = spokenAmount(o.total, o.approx, o.text, true);
  return o.point
    ? say(locale, 'summaryPoint', { point: o.point, range, amount })
    : say(locale, 'summary', { range, points: pointCount(o.points, locale), amount });
}
